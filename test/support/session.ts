import { Session } from '../../main/services/session';
import { createCore, type Core } from '../../main/app/core';
import { PASSPHRASE, tempDir } from './temp';
import { localUser } from '../../shared/auth';
import { expect } from 'vitest';
import { integrityCheck } from '../../main/store/database';
import { verifyAuditChain } from '../../main/store/audit-chain';

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

/** Opens the data folder as the app would; checks integrity and chain; returns the request refs. */
export async function openAndCheck(dataDir: string): Promise<string[]> {
  const session = new Session({ dataDir, host: 'cli' });
  await session.unlock({ passphrase: PASSPHRASE }, 'test');
  try {
    const db = session.requireStore().db;
    expect(integrityCheck(db)).toEqual(['ok']);
    expect(verifyAuditChain(db, dataDir)).toMatchObject({ ok: true, firstBadSeq: null });
    return (db.prepare('SELECT ref FROM requests').all() as Array<{ ref: string }>).map((r) => r.ref);
  } finally {
    session.lock();
  }
}
