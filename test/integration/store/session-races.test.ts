import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../main/app/core';
import { Session } from '../../../main/services/session';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { newSession } from '../../support/session';
import { localUser } from '../../../shared/auth';

const ctx = { principal: localUser('test') };

describe('vault operations under concurrency', () => {
  it('parallel wrong attempts cannot slip past the throttle', async () => {
    const { session } = await newSession();
    session.lock();
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => session.unlock({ passphrase: `wrong guess number ${i}` }, 'test')));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'));
    // Three real tries, then the throttle answers without trying.
    expect(codes.filter((c) => c === 'WRONG_PASSPHRASE')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(3);
  });

  it('two simultaneous first runs create one vault that opens the one database', async () => {
    const dir = tempDir();
    const a = createCore({ dataDir: dir, host: 'browser' });
    const b = new Session({ dataDir: dir, host: 'cli' });
    const [ra, rb] = await Promise.allSettled([
      a.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx),
      b.create('another passphrase entirely', 'test'),
    ]);
    const okA = ra.status === 'fulfilled' && (ra.value as { ok: boolean }).ok;
    const okB = rb.status === 'fulfilled';
    expect(Number(okA) + Number(okB)).toBe(1);
    // Whoever won, its passphrase opens the database after a lock.
    const winner = okA ? PASSPHRASE : 'another passphrase entirely';
    a.session.lock();
    b.lock();
    const fresh = new Session({ dataDir: dir, host: 'cli' });
    await fresh.unlock({ passphrase: winner }, 'test');
    expect(fresh.unlocked).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')).format).toBe(1);
  });
});
