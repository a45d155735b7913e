// Processing-activity inputs for the tests, and a vault whose clock the test moves (so versions
// are written on chosen days and the record "as of" a date can be asked).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpInput } from '../../../shared/api';
import { createCore } from '../../../main/app/core';
import { localUser } from '../../../shared/auth';
import { PASSPHRASE } from '../../support/temp';
import type { TestCore } from '../requests/helpers';

export interface ClockedCore extends TestCore {
  /** Sets the instant the next transactions are stamped with. */
  at(iso: string): void;
}

export async function openClockedCore(): Promise<ClockedCore> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-proc-'));
  let now: Date | null = null;
  const core = createCore({ dataDir: dir, host: 'cli', clock: () => now ?? new Date() });
  await core.session.create(PASSPHRASE, 'test');
  const ctx = { principal: localUser('test') };
  return {
    core,
    dataDir: dir,
    at(iso) {
      now = new Date(iso);
    },
    async call(op, input) {
      const r = await core.dispatch(op, input, ctx);
      if (!r.ok) throw new Error(`${op} failed: ${r.error.code} ${r.error.message}`);
      return r.result as never;
    },
    async fail(op, input) {
      const r = await core.dispatch(op, input, ctx);
      if (r.ok) throw new Error(`${op} unexpectedly succeeded`);
      return r.error;
    },
    close() {
      core.stop();
      core.session.lock();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function billing(over: Partial<Extract<OpInput<'processing.add'>, { kind: 'controller' }>> = {}): OpInput<'processing.add'> {
  return {
    kind: 'controller',
    name: 'Billing and payment',
    purposes: ['Billing the services ordered'],
    legalBasis: 'contract',
    subjectKinds: ['customer'],
    dataCategories: ['identity', 'payment'],
    retention: 'Seven years after the invoice (AWR art. 52(4)).',
    sources: ['subject'],
    owner: 'Finance, J. de Vries',
    ...over,
  };
}

export function hosting(over: Partial<Extract<OpInput<'processing.add'>, { kind: 'processor' }>> = {}): OpInput<'processing.add'> {
  return {
    kind: 'processor',
    controllerName: 'Webshop BV',
    controllerContact: 'privacy@webshop.example',
    name: 'Managed hosting',
    processingCategories: ['Storage of the web shop database', 'Backups'],
    subProcessors: [{ name: 'Datacenter BV', country: 'NL', service: 'Colocation' }],
    security: 'Encrypted backups; access logged.',
    ...over,
  };
}
