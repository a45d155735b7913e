import { safeStorage } from 'electron';
import type { DeviceKeyring } from '../services/device-keyring';

/**
 * "Remember on this device" through the OS keychain. On Linux, Electron falls back to a hard-coded
 * password (`basic_text`) when no secret service is running; that is no protection, so we refuse.
 */
export const safeStorageKeyring: DeviceKeyring = {
  status() {
    if (!safeStorage.isEncryptionAvailable()) return { available: false, backend: 'none', reason: 'This computer offers no protected keychain.' };
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform;
    if (backend === 'basic_text' || backend === 'unknown') {
      return { available: false, backend, reason: 'No desktop keychain is running (only the unprotected basic_text store); keep using your passphrase.' };
    }
    return { available: true, backend };
  },
  encrypt: (plain) => safeStorage.encryptString(plain.toString('hex')).toString('base64'),
  decrypt: (blob) => Buffer.from(safeStorage.decryptString(Buffer.from(blob, 'base64')), 'hex'),
};
