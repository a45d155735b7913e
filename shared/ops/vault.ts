// App and vault lifecycle (main/services/vault-service.ts).
import { z } from 'zod';
import { changePassphraseInput, createVaultInput, resetWithRecoveryInput, unlockInput, type AppStatus, type CreatedVault } from '../model/vault';
import { empty, op } from './op';

export const vaultOps = {
  'app.status': op<AppStatus>()(empty, 'public', 'app.use'),
  'vault.create': op<CreatedVault>()(createVaultInput, 'public', 'app.use'),
  'vault.unlock': op<AppStatus>()(unlockInput, 'public', 'app.use'),
  'vault.lock': op<AppStatus>()(empty, 'public', 'app.use'),
  'vault.acknowledgeRecovery': op<AppStatus>()(empty, 'unlocked', 'vault.manage'),
  'vault.changePassphrase': op<{ changed: true }>()(changePassphraseInput, 'unlocked', 'vault.manage'),
  'vault.resetWithRecovery': op<CreatedVault>()(resetWithRecoveryInput, 'public', 'app.use'),
  'vault.newRecoveryCode': op<CreatedVault>()(z.object({ passphrase: z.string().min(1, 'Enter your passphrase.') }), 'unlocked', 'vault.manage'),
  'vault.setDeviceUnlock': op<AppStatus>()(z.object({ enabled: z.boolean() }), 'unlocked', 'vault.manage'),
  /** The renderer reports user activity so auto-lock measures real idleness, not API silence. */
  'session.activity': op<{ lockInSeconds: number | null }>()(empty, 'public', 'app.use'),
} as const;
