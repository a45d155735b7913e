/**
 * The OS keychain seam for "remember on this device". Electron implements it with safeStorage
 * (main/electron/safe-storage-keyring.ts); the CLI and browser mode have none.
 */
export interface DeviceKeyring {
  /** Whether the platform offers real protection; Linux's `basic_text` backend does not. */
  status(): { available: boolean; backend: string; reason?: string };
  encrypt(plain: Buffer): string;
  decrypt(blob: string): Buffer;
}
