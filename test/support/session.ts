import { Session } from '../../main/services/session';
import { createCore, type Core } from '../../main/app/core';
import { PASSPHRASE, tempDir } from './temp';
import { localUser } from '../../shared/auth';

/** A real vault and encrypted database in a temp folder, unlocked. */
export async function newSession(dataDir = tempDir()): Promise<{ session: Session; dataDir: string; recoveryCode: string }> {
  const session = new Session({ dataDir, host: 'cli' });
  const recoveryCode = await session.create(PASSPHRASE, 'test');
  return { session, dataDir, recoveryCode };
}

export async function newCore(dataDir = tempDir(), host: 'cli' | 'browser' = 'cli'): Promise<{ core: Core; dataDir: string; recoveryCode: string }> {
  const core = createCore({ dataDir, host });
  const res = await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, { principal: localUser('test') });
  if (!res.ok) throw new Error(res.error.message);
  return { core, dataDir, recoveryCode: (res.result as { recoveryCode: string }).recoveryCode };
}
