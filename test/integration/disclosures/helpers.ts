// Disclosure inputs for the tests: a police order and a partner flow, each adjustable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpInput } from '../../../shared/api';
import { daysAgo, openTestCore, type TestCore } from '../requests/helpers';

/** One vault for a whole file (beforeAll), removed when it is closed. */
export async function openSuiteCore(): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-disc-'));
  const t = await openTestCore(dir);
  return {
    ...t,
    close() {
      t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function policeOrder(over: Partial<OpInput<'disclosure.add'>> = {}): OpInput<'disclosure.add'> {
  return {
    recipient: { name: 'Politie Amsterdam', kind: 'law-enforcement', country: 'NL' },
    date: daysAgo(10),
    ground: 'warrant',
    reference: 'Sv art. 126na',
    categories: ['identity', 'account-and-services'],
    subjects: { emails: ['ada@example.com'] },
    ...over,
  };
}

export function partnerFlow(over: Partial<OpInput<'disclosure.add'>> = {}): OpInput<'disclosure.add'> {
  return {
    recipient: { name: 'Partner BV', kind: 'partner', country: 'NL' },
    date: daysAgo(20),
    ground: 'contract',
    categories: ['contact'],
    subjects: { emails: ['ada@example.com'] },
    flow: { frequency: 'monthly', from: daysAgo(40) },
    ...over,
  };
}
