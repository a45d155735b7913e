// A benchmark workbench: a real data folder (vault + encrypted database) driven through the same
// core.dispatch the UI and the CLI use.
import { createCore, type Core } from '../../main/app/core';
import type { OpInput, OpName, OpResult } from '../../shared/api';
import { localUser } from '../../shared/auth';

export const PASSPHRASE = 'benchmark passphrase, long enough to pass';
export const ACTOR = 'bench';

export interface Workbench {
  core: Core;
  dataDir: string;
  call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpResult<N>>;
  close(): void;
}

export function openWorkbench(dataDir: string): Workbench {
  const core = createCore({ dataDir, host: 'cli' });
  return {
    core,
    dataDir,
    async call(op, input) {
      const r = await core.dispatch(op, input, { principal: localUser(ACTOR) });
      if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.message}`);
      return r.result as never;
    },
    close() {
      core.stop();
      core.session.lock();
    },
  };
}

/** First run through the contract: vault + empty encrypted database, left unlocked. */
export async function createWorkbench(dataDir: string): Promise<Workbench> {
  const wb = openWorkbench(dataDir);
  await wb.call('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE });
  return wb;
}
