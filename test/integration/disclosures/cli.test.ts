// `node bin/dpo.cjs disclosure …` as scripts run it (needs `npm run build` first): the fixed
// shapes of add / list / stats, and bad input answered with exit 1 and the flag's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-disc-cli-'));
  data = join(dir, 'vault');
  const r = dpo(['init', '--data-dir', data, '--json']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Summary = { id: string; ref: string; date: string; recipient: { id: string; name: string; kind: string }; ground: string; categories: string[]; inquiry: boolean; secrecy: string; secretUntil: string | null; subjectsCount: number };
type Stats = { quarters: Array<{ quarter: string; disclosures: number; inquiries: number; subjectsAffected: number; byRecipientKind: Record<string, number>; byGround: Record<string, number> }>; total: { disclosures: number } };

describe('dpo disclosure (CLI)', () => {
  it('add → JSON with id, ref and the decision; list by subject; stats per quarter', () => {
    const police = dpoJson<Summary>(
      d('disclosure', 'add', '--recipient', 'Politie Amsterdam', '--recipient-kind', 'law-enforcement', '--ground', 'interception-order', '--date', '2026-02-10',
        '--categories', 'identity,logs-and-traffic', '--subject-email', 'Ada@Example.com', '--customer-id', 'C-1', '--reference', 'Sv art. 126na',
        '--secret-until', '2027-01-01', '--secrecy-ground', 'GDPR Art. 23(1)(d); Sv art. 126bb'),
    );
    expect(police.ref).toMatch(/^D-2026-\d{4}$/);
    expect(police).toMatchObject({ ground: 'interception-order', categories: ['identity', 'logs-and-traffic'], secrecy: 'secret-until', secretUntil: '2027-01-01', subjectsCount: 2, inquiry: false });
    const inquiry = dpoJson<Summary>(d('disclosure', 'add', '--recipient', 'FIOD', '--recipient-kind', 'law-enforcement', '--ground', 'other-legal-process', '--date', '2026-05-02', '--categories', 'payment', '--bulk-count', '40', '--inquiry'));
    expect(inquiry).toMatchObject({ inquiry: true, subjectsCount: 40 });
    dpoJson(d('disclosure', 'add', '--recipient', 'Partner BV', '--recipient-kind', 'partner', '--ground', 'contract', '--date', '2026-05-20', '--categories', 'contact', '--subject-email', 'bob@example.com', '--frequency', 'monthly'));

    const mine = dpoJson<Summary[]>(d('disclosure', 'list', '--subject-email', 'ada@example.com'));
    expect(mine.map((x) => x.id)).toEqual([police.id]);
    const q2 = dpoJson<Summary[]>(d('disclosure', 'list', '--from', '2026-04-01', '--to', '2026-06-30'));
    expect(q2.map((x) => x.recipient.name)).toEqual(['Partner BV', 'FIOD']);
    expect(dpo(d('disclosure', 'list')).stdout).toContain('Politie Amsterdam');

    // The per-subject view: the secret order is withheld until its date.
    const view = dpoJson<{ shown: Summary[]; withheld: Array<Summary & { withheld: { reason: string; until: string } }> }>(d('disclosure', 'subject', '--email', 'ada@example.com'));
    expect(view.shown).toEqual([]);
    expect(view.withheld.map((x) => [x.id, x.withheld.reason, x.withheld.until])).toEqual([[police.id, 'secret-until', '2027-01-01']]);
    expect(dpo(d('disclosure', 'subject', '--customer-id', 'C-1')).stdout).toContain('withheld until 2027-01-01');

    const stats = dpoJson<Stats>(d('disclosure', 'stats', '--from', '2026-01-01', '--to', '2026-12-31'));
    expect(stats.quarters.map((q) => [q.quarter, q.disclosures, q.inquiries, q.subjectsAffected])).toEqual([
      ['2026-Q1', 1, 0, 2],
      ['2026-Q2', 2, 1, 41],
    ]);
    expect(stats.quarters[1]!.byRecipientKind).toMatchObject({ 'law-enforcement': 1, partner: 1 });
    expect(stats.quarters[1]!.byGround).toMatchObject({ contract: 1, 'other-legal-process': 1 });
    const csv = dpo(d('disclosure', 'stats-export', '--from', '2026-01-01'));
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[2]).toMatch(/^2026-Q2,2,1,41,/);
  }, 120_000);

  it('recipients lists the directory with ids; recipient-correct changes what its flags say, as a new version', () => {
    type Entry = { id: string; name: string; kind: string; country: string | null; contact: string | null; version: number };
    const dir = dpoJson<Entry[]>(d('disclosure', 'recipients'));
    const fiod = dir.find((r) => r.name === 'FIOD')!;
    expect(fiod).toMatchObject({ kind: 'law-enforcement', version: 1 });
    expect(dpo(d('disclosure', 'recipients')).stdout).toContain(`${fiod.id}  law-enforcement`);
    const fixed = dpoJson<Entry & { versions: unknown[] }>(d('disclosure', 'recipient-correct', fiod.id, '--country', 'NL', '--contact', 'Team Fraude', '--reason', 'Contact desk added'));
    expect(fixed).toMatchObject({ name: 'FIOD', kind: 'law-enforcement', country: 'NL', contact: 'Team Fraude', version: 2 });
    expect(fixed.versions).toHaveLength(2);
    // FIOD's disclosure is an Art. 4(9) inquiry: a partner cannot have one; the flag is named.
    const bad = dpo(d('disclosure', 'recipient-correct', fiod.id, '--kind', 'partner', '--reason', 'wrong'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dpo: --kind: .*Art\. 4\(9\)/);
    expect(dpo(d('disclosure', 'recipient-correct', fiod.id, '--country', 'BE')).stderr).toMatch(/--reason/);
  });

  it('--help lists the kinds, grounds and categories', () => {
    const help = dpo(['disclosure', 'add', '--help']).stdout.replace(/\s+/g, ' ');
    for (const word of ['law-enforcement', 'other-public-authority', 'interception-order', 'crime-evidence-found', 'content-of-communications', 'website-usage-and-cookies']) expect(help).toContain(word);
  });

  it('bad input exits 1 with one line naming the flag, and nothing is recorded', () => {
    const base = ['disclosure', 'add', '--recipient', 'Politie', '--recipient-kind', 'law-enforcement', '--ground', 'warrant', '--date', '2026-03-01', '--categories', 'identity'];
    const cases: Array<[string[], RegExp]> = [
      [[...base, '--subject-email', 'not-an-address'], /^dpo: --subject-email: /],
      [[...base, '--subject-email', 'a@example.com', '--secret'], /^dpo: --secrecy-ground: .*Art\. 23/],
      [[...base], /^dpo: --subject-email: Name the subjects/],
      [[...base.slice(0, -2), '--categories', 'identity,dna', '--bulk-count', '3'], /^dpo: --categories: "dna"/],
      [[...base.slice(0, -4), '--date', '2026-02-30', '--categories', 'identity', '--bulk-count', '3'], /^dpo: --date: /],
      [[...base, '--bulk-count', '3', '--secret', '--secret-until', '2027-01-01', '--secrecy-ground', 'x'], /^dpo: --secret and --secret-until/],
      [['disclosure', 'add', '--recipient', 'Partner', '--recipient-kind', 'partner', '--ground', 'contract', '--date', '2026-03-01', '--categories', 'contact', '--bulk-count', '3', '--inquiry'], /^dpo: --inquiry: .*Art\. 4\(9\)/],
      [[...base.slice(0, 6), '--ground', 'vibes', '--date', '2026-03-01', '--categories', 'identity'], /argument 'vibes' is invalid/],
    ];
    for (const [args, message] of cases) {
      const r = dpo(d(...args));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')[0], args.join(' ')).toMatch(message);
      expect(r.stderr).not.toContain('not-an-address');
    }
    expect(dpo(d('disclosure', 'list', '--from', '2026-13-01')).stderr).toMatch(/^dpo: --from: /);
    expect(dpoJson<Summary[]>(d('disclosure', 'list', '--from', '2026-03-01', '--to', '2026-03-01'))).toEqual([]);
  }, 240_000);
});
