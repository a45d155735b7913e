// `node bin/dpo.cjs processing …` as scripts run it (needs `npm run build` first): the fixed
// shapes of list and show, add / edit / reviewed / delete, the CSV export with formula cells
// neutralised, and bad input answered with exit 1 and the flag's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { LEGAL_BASES, SUBJECT_KINDS, DATA_SOURCES } from '../../../shared/model/processing';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-proc-cli-'));
  data = join(dir, 'vault');
  const r = dpo(['init', '--data-dir', data, '--json']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Summary = { id: string; ref: string; kind: string; name: string; reviewDue: boolean; example: boolean; version: number };
type Detail = Summary & { content: Record<string, unknown>; versions: Array<{ version: number; by: string }> };

describe('dpo processing (CLI)', () => {
  it('add, list, show by reference, edit, reviewed, delete', () => {
    expect(dpo(d('processing', 'list')).stdout).toContain('dpo processing load-example');
    const added = dpoJson<Detail>(
      d('processing', 'add', '--name', 'Payroll', '--purpose', 'Paying staff', '--purpose', 'Tax returns', '--legal-basis', 'legal-obligation', '--subject-kinds', 'employee',
        '--categories', 'identity,payment', '--retention', 'Seven years', '--transfer', 'US:sccs:payroll bureau', '--owner', 'HR'),
    );
    expect(added).toMatchObject({ ref: 'PA-001', kind: 'controller', version: 1 });
    expect(added.content).toMatchObject({ purposes: ['Paying staff', 'Tax returns'], transfers: [{ country: 'US', safeguard: 'sccs', note: 'payroll bureau' }] });
    const hosted = dpoJson<Detail>(d('processing', 'add', '--kind', 'processor', '--controller', 'Webshop BV', '--name', 'Hosting', '--processing-category', 'Storage', '--sub-processor', 'Datacenter BV:NL'));
    expect(hosted.content).toMatchObject({ kind: 'processor', controllerName: 'Webshop BV', subProcessors: [{ name: 'Datacenter BV', country: 'NL' }] });

    const list = dpoJson<Summary[]>(d('processing', 'list'));
    expect(list.map((x) => [x.ref, x.kind, x.name])).toEqual([['PA-001', 'controller', 'Payroll'], ['PA-002', 'processor', 'Hosting']]);
    expect(dpoJson<Summary[]>(d('processing', 'list', '--kind', 'processor')).map((x) => x.ref)).toEqual(['PA-002']);

    const edited = dpoJson<Detail>(d('processing', 'edit', 'PA-001', '--retention', 'Seven years after the tax year'));
    expect(edited.version).toBe(2);
    expect(edited.content).toMatchObject({ retention: 'Seven years after the tax year', purposes: ['Paying staff', 'Tax returns'], owner: 'HR' });
    const reviewed = dpoJson<Detail>(d('processing', 'reviewed', edited.id, '--on', '2026-01-15'));
    expect(reviewed).toMatchObject({ version: 3, lastReviewedOn: '2026-01-15' });
    const shown = dpoJson<Detail>(d('processing', 'show', 'PA-001'));
    expect(shown.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(dpo(d('processing', 'show', 'pa-001')).stdout).toMatch(/PA-001 {2}Payroll[\s\S]*Retention: +Seven years after the tax year[\s\S]*v3 /);

    const removed = dpoJson<Detail>(d('processing', 'delete', 'PA-002', '--reason', 'Contract ended'));
    expect(removed).toMatchObject({ deleted: true });
    expect(dpoJson<Summary[]>(d('processing', 'list')).map((x) => x.ref)).toEqual(['PA-001']);
  });

  it('exports the record as CSV with formula cells neutralised', () => {
    dpoJson(d('processing', 'add', '--name', '=HYPERLINK("http://x")', '--purpose', '+1', '--legal-basis', 'consent', '--subject-kinds', 'website-visitor', '--categories', 'website-usage-and-cookies', '--retention', '@once'));
    const out = join(dir, 'record.csv');
    const r = dpo(d('processing', 'export', '--out', out));
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFref,kind,name,')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain(",'+1,");
    expect(csv).toContain(",'@once,");
  });

  it('refuses bad input with the flag it came from; --help lists every choice', () => {
    const bad = dpo(d('processing', 'add', '--name', 'X', '--purpose', 'p', '--legal-basis', 'legitimate-interest', '--subject-kinds', 'customer', '--categories', 'identity', '--retention', 'r'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--legitimate-interest-note: Legitimate interest needs its balancing note');
    const kind = dpo(d('processing', 'add', '--name', 'X', '--subject-kinds', 'martian'));
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('--subject-kinds: "martian" is not one of');
    expect(dpo(d('processing', 'show', 'PA-999')).stderr).toContain('no processing activity PA-999');
    const help = dpo(['processing', 'add', '--help']).stdout.replace(/\s+/g, ' ');
    for (const code of [...LEGAL_BASES, ...SUBJECT_KINDS, ...DATA_SOURCES]) expect(help).toContain(code);
    for (const flag of ['--kind', '--name', '--purpose', '--legal-basis', '--transfer', '--retention', '--security', '--owner', '--reviewed-on', '--controller', '--sub-processor', '--json', '--data-dir']) expect(help).toContain(flag);
    const list = dpo(['processing', 'list', '--help']).stdout;
    for (const flag of ['--kind', '--subject-kind', '--review-due', '--json']) expect(list).toContain(flag);
    expect(dpo(['processing', 'show', '--help']).stdout).toContain('--json');
  });
});
