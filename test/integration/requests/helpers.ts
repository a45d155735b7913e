// A real encrypted vault in a temp folder, driven through the contract (core.dispatch), as the UI
// and the CLI drive it. The database is never mocked.
import { tempDir, PASSPHRASE } from '../../support/temp';
import { createCore, type Core } from '../../../main/app/core';
import type { OpInput, OpName, OpResult } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import { addDays } from '../../../shared/dates/iso';
import { todayInZone } from '../../../shared/dates/zone';
import { localUser } from '../../../shared/auth';

export { PASSPHRASE };

export interface TestCore {
  core: Core;
  dataDir: string;
  call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpResult<N>>;
  fail<N extends OpName>(op: N, input: OpInput<N>): Promise<ApiError>;
  close(): void;
}

/** A fresh vault; pass `dataDir` to keep it past one test (tempDir folders go after each test). */
export async function openTestCore(dataDir = tempDir('dpo-req-')): Promise<TestCore> {
  const core = createCore({ dataDir, host: 'cli' });
  await core.session.create(PASSPHRASE, 'test');
  return {
    core,
    dataDir,
    async call(op, input) {
      const r = await core.dispatch(op, input, { principal: localUser('test') });
      if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.message}`);
      return r.result as never;
    },
    async fail(op, input) {
      const r = await core.dispatch(op, input, { principal: localUser('test') });
      if (r.ok) throw new Error(`${op} unexpectedly succeeded`);
      return r.error;
    },
    close() {
      core.stop();
      core.session.lock();
    },
  };
}

export const today = (): string => todayInZone('Europe/Amsterdam');
export const daysAgo = (n: number): string => addDays(today(), -n);

export function newRequest(over: Partial<OpInput<'request.create'>> & { email?: string; name?: string; customerId?: string } = {}): OpInput<'request.create'> {
  const { email, name, customerId, ...rest } = over;
  return {
    types: ['access'],
    requester: { name: name ?? 'Ada Lovelace', email: email ?? 'ada@example.com', ...(customerId ? { customerId } : {}) },
    channel: 'email',
    mailbox: 'optout@netrouting.example',
    receivedDate: daysAgo(3),
    receivedTime: '10:15',
    ...rest,
  };
}
