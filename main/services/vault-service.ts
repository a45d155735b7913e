// Vault operations as the UI and CLI see them. Each one that changes the vault also writes an
// audit event (the database must be open for that, so passphrase changes require unlock).
import type { AppStatus, CreatedVault } from '../../shared/model/vault';
import { ValidationError, WorkbenchError } from '../../shared/errors';
import * as vault from '../store/vault';
import { WrongPassphraseError } from '../store/errors';
import type { Session, UnlockSecret } from './session';
import { actorOf, type FeatureHandlers } from '../../shared/handlers';
import type { vaultOps } from '../../shared/ops/vault';

export async function createVault(session: Session, passphrase: string, actor: string): Promise<CreatedVault> {
  return { recoveryCode: await session.create(passphrase, actor) };
}

export async function unlock(session: Session, secret: UnlockSecret, actor: string): Promise<AppStatus> {
  await session.unlock(secret, actor);
  return session.status();
}

export function acknowledgeRecovery(session: Session, actor: string): AppStatus {
  vault.acknowledgeRecovery(session.dataDir);
  session.requireStore().tx(actor, 'vault.acknowledgeRecovery', (t) =>
    t.audit({ entityType: 'vault', entityId: null, summary: { recoveryCodeStored: true } }),
  );
  return session.status();
}

export async function changePassphrase(session: Session, current: string, next: string, actor: string): Promise<{ changed: true }> {
  const store = session.requireStore();
  try {
    await session.checkPassphrase(current);
  } catch (err) {
    if (err instanceof WrongPassphraseError) throw new ValidationError({ current: ['That is not your current passphrase.'] });
    throw err;
  }
  // Re-wrap first, then record: if recording failed the new passphrase still works, which is the
  // safe direction; the reverse could leave an event for a change that did not happen.
  await vault.rewrapPassphrase(session.dataDir, session.requireKey(), next);
  store.tx(actor, 'vault.changePassphrase', (t) => t.audit({ entityType: 'vault', entityId: null, summary: { passphrase: 'changed' } }));
  return { changed: true };
}

/** Forgotten passphrase: the recovery code unlocks, sets a new passphrase and issues a new code. */
export async function resetWithRecovery(session: Session, recoveryCode: string, next: string, actor: string): Promise<CreatedVault> {
  if (!session.unlocked) await session.unlock({ recoveryCode }, actor);
  else await session.checkSecret({ recoveryCode });
  const key = session.requireKey();
  await vault.rewrapPassphrase(session.dataDir, key, next);
  // The used code has been typed somewhere; replace it.
  const fresh = await vault.rewrapRecovery(session.dataDir, key);
  session.requireStore().tx(actor, 'vault.resetWithRecovery', (t) =>
    t.audit({ entityType: 'vault', entityId: null, summary: { passphrase: 'reset with recovery code', recoveryCode: 'replaced' } }),
  );
  return { recoveryCode: fresh };
}

export async function newRecoveryCode(session: Session, passphrase: string, actor: string): Promise<CreatedVault> {
  const store = session.requireStore();
  try {
    await session.checkPassphrase(passphrase);
  } catch (err) {
    if (err instanceof WrongPassphraseError) throw new ValidationError({ passphrase: ['That passphrase is not correct.'] });
    throw err;
  }
  const code = await vault.rewrapRecovery(session.dataDir, session.requireKey());
  store.tx(actor, 'vault.newRecoveryCode', (t) => t.audit({ entityType: 'vault', entityId: null, summary: { recoveryCode: 'replaced' } }));
  return { recoveryCode: code };
}

/** "Remember on this device": wraps the data key with the OS keychain, never on basic_text. */
export function setDeviceUnlock(session: Session, enabled: boolean, actor: string): AppStatus {
  const store = session.requireStore();
  const keyring = session.deviceKeyring;
  if (enabled) {
    const s = keyring?.status();
    if (!keyring || !s?.available) {
      throw new WorkbenchError('VALIDATION', s?.reason ?? 'This computer offers no protected keychain; keep using your passphrase.');
    }
    vault.setDeviceWrap(session.dataDir, { backend: s.backend, blob: keyring.encrypt(session.requireKey()) });
  } else {
    vault.setDeviceWrap(session.dataDir, null);
  }
  store.tx(actor, 'vault.setDeviceUnlock', (t) => t.audit({ entityType: 'vault', entityId: null, summary: { deviceUnlock: enabled } }));
  return session.status();
}

export function vaultHandlers(session: Session): FeatureHandlers<typeof vaultOps> {
  return {
    'app.status': () => session.status(),
    'vault.create': (i, ctx) => createVault(session, i.passphrase, actorOf(ctx)),
    'vault.unlock': (i, ctx) => unlock(session, i, actorOf(ctx)),
    'vault.lock': () => {
      session.lock('manual');
      return session.status();
    },
    'vault.acknowledgeRecovery': (_i, ctx) => acknowledgeRecovery(session, actorOf(ctx)),
    'vault.changePassphrase': (i, ctx) => changePassphrase(session, i.current, i.next, actorOf(ctx)),
    'vault.resetWithRecovery': (i, ctx) => resetWithRecovery(session, i.recoveryCode, i.next, actorOf(ctx)),
    'vault.newRecoveryCode': (i, ctx) => newRecoveryCode(session, i.passphrase, actorOf(ctx)),
    'vault.setDeviceUnlock': (i, ctx) => setDeviceUnlock(session, i.enabled, actorOf(ctx)),
    'session.activity': () => ({ lockInSeconds: session.touch() }),
  };
}
