// `node bin/dpo.cjs breach …` as scripts run it (needs `npm run build` first): add with the
// essential fields, list and show with hoursLeft while the clock runs, notify stops it, --help
// lists every option and choice, and bad input exits 1 naming the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { localHoursAgo } from './helpers';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-breach-cli-'));
  data = join(dir, 'vault');
  const r = dpo(['init', '--data-dir', data, '--json']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Breach = { id: string; ref: string; hoursLeft: number | null; clock: { state: string; deadline: string }; awareAt: { at: string; zone: string; local: string }; content: { notification: { late: boolean } | null }; files: Array<{ filename: string; purpose: string }> };

describe('dpo breach (CLI)', () => {
  it('add → list → show with hoursLeft; notify stops the clock', () => {
    const evidence = join(dir, 'evidence.txt');
    writeFileSync(evidence, 'log excerpt');
    const aware = localHoursAgo(10, 'America/New_York').replace('T', ' ');
    const added = dpoJson<Breach>(
      d('breach', 'add', '--title', 'Misdirected invoice batch', '--discovered', aware, '--aware', aware, '--zone', 'America/New_York', '--nature', 'confidentiality',
        '--risk', 'risk', '--risk-reasoning', 'Names and invoice amounts only.', '--subjects', '40', '--data-categories', 'contact,payment', '--file', evidence),
    );
    expect(added.ref).toMatch(/^B-\d{4}-0001$/);
    expect(added.awareAt.zone).toBe('America/New_York');
    expect(added.hoursLeft).toBeGreaterThan(61);
    expect(added.hoursLeft).toBeLessThanOrEqual(62);
    expect(added.files).toEqual([expect.objectContaining({ filename: 'evidence.txt', purpose: 'evidence' })]);

    const list = dpoJson<Breach[]>(d('breach', 'list'));
    expect(list.map((b) => [b.ref, b.clock.state])).toEqual([[added.ref, 'running']]);
    expect(list[0]!.hoursLeft).toBeGreaterThan(61);
    const shown = dpoJson<Breach>(d('breach', 'show', added.ref));
    expect(shown.id).toBe(added.id);
    expect(typeof shown.hoursLeft).toBe('number');
    expect(dpo(d('breach', 'show', added.ref.toLowerCase())).stdout).toMatch(/72-hour clock \(GDPR Art\. 33\(1\)\): 6\d h \d+ min left/);

    const notified = dpoJson<Breach>(d('breach', 'notify', added.ref, '--at', localHoursAgo(1).replace('T', ' '), '--reference', 'AP-77'));
    expect(notified.clock.state).toBe('notified-in-time');
    expect(notified.hoursLeft).toBeNull();
    expect(dpoJson<Breach>(d('breach', 'show', added.id)).hoursLeft).toBeNull();
    expect(dpo(d('breach', 'list')).stdout).toContain('notified in time');
  }, 120_000);

  it('--help lists every option and choice', () => {
    const help = dpo(['breach', 'add', '--help']).stdout.replace(/\s+/g, ' ');
    for (const word of ['--title', '--discovered', '--aware', '--zone', '--nature', '--risk', '--risk-reasoning', '--subjects', '--records', '--subjects-told', '--not-told-ground', '--file',
      'confidentiality', 'availability', 'high-risk', 'processor', 'public-communication', 'risk-no-longer-likely', 'customers-end-users', 'website-usage-and-cookies'])
      expect(help).toContain(word);
    expect(dpo(['breach', 'list', '--help']).stdout).toContain('notified-late');
    expect(dpo(['breach', 'show', '--help']).stdout).toContain('--json');
  });

  it('bad input exits 1 with one line naming the flag', () => {
    const base = ['breach', 'add', '--title', 'X', '--discovered', '2026-02-02 09:00', '--risk', 'risk', '--risk-reasoning', 'r', '--nature', 'integrity'];
    const cases: Array<[string[], RegExp]> = [
      [[...base, '--aware', '2026-03-29 02:30', '--zone', 'Europe/Amsterdam'], /^dpo: --aware: .*does not exist in Europe\/Amsterdam/],
      [[...base, '--aware', '2026-02-02 08:00'], /^dpo: --aware: .*before it was discovered/],
      [[...base, '--aware', 'soon'], /^dpo: --aware: /],
      [[...base, '--aware', '2026-02-02 10:00', '--zone', 'Mars/Olympus'], /^dpo: --zone: "Mars\/Olympus" is not a known time zone/],
      [[...base.slice(0, -2), '--nature', 'integrity,vibes', '--aware', '2026-02-02 10:00'], /^dpo: --nature: "vibes"/],
      [[...base, '--aware', '2026-02-02 10:00', '--subjects', 'many'], /^dpo: --subjects must be a whole number/],
    ];
    for (const [args, message] of cases) {
      const r = dpo(d(...args));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')[0], args.join(' ')).toMatch(message);
    }
    const late = dpo(d('breach', 'add', '--title', 'Old', '--discovered', '2026-02-02 09:00', '--aware', '2026-02-02 10:00', '--risk', 'high-risk', '--risk-reasoning', 'r', '--nature', 'availability', '--json'));
    const ref = (JSON.parse(late.stdout) as Breach).ref;
    expect(dpo(d('breach', 'notify', ref, '--at', '2026-02-06 10:00')).stderr).toMatch(/^dpo: --delay-reasons: .*Art\. 33\(1\)/);
    expect(dpo(d('breach', 'show', 'B-1999-0001')).code).toBe(1);
  }, 240_000);
});
