// `node bin/dpo.cjs request …` as scripts run it (needs `npm run build` first): JSON shapes and
// exit codes of add / list / show / import / import-eml and the workflow commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { daysAgo } from './helpers';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-req-cli-'));
  data = join(dir, 'vault');
  const r = dpo(['init', '--data-dir', data, '--json']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Req = { ref: string; status: string; due: string; type: string; name: string; received: string; availableActions: Array<{ action: string }> };

describe('dpo request (CLI)', () => {
  it('add → JSON with ref, status, due; list and show find it', () => {
    const r = dpoJson<Req>(d('request', 'add', '--type', 'access+erasure', '--name', 'Ada Lovelace', '--email', 'ada@example.com', '--received', daysAgo(3), '--time', '09:30', '--customer-id', 'C-9'));
    expect(r.ref).toMatch(/^DSR-\d{4}-\d{5}$/);
    expect(r.status).toBe('received');
    expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = dpoJson<Req[]>(d('request', 'list'));
    const row = list.find((x) => x.ref === r.ref)!;
    expect(row).toMatchObject({ ref: r.ref, type: 'access+erasure', name: 'Ada Lovelace', status: 'received', received: daysAgo(3), due: r.due });
    const show = dpoJson<Req>(d('request', 'show', r.ref));
    expect(show.availableActions.map((a) => a.action)).toContain('verify');
    const human = dpo(d('request', 'show', r.ref));
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Timeline (newest first):');
  });

  it('add with bad input exits 1 with one line and no personal data', () => {
    const r = dpo(d('request', 'add', '--type', 'access', '--name', 'Secret Name', '--email', 'secret-at-example', '--received', daysAgo(1)));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('e-mail');
    expect(r.stderr).not.toContain('secret-at-example');
    expect(dpo(d('request', 'add', '--type', 'teleport', '--name', 'X', '--email', 'x@example.com', '--received', daysAgo(1))).code).toBe(1);
    expect(dpo(d('request', 'show', 'DSR-2026-99999')).code).toBe(1);
  });

  it('workflow commands follow the state machine; illegal ones exit 1', () => {
    const { ref } = dpoJson<Req>(d('request', 'add', '--type', 'erasure', '--name', 'Bob', '--email', 'bob@example.com', '--received', daysAgo(6)));
    const bad = dpo(d('request', 'close', ref));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not possible while the request is received/);
    expect(dpoJson<Req>(d('request', 'pause', ref, '--reason', 'identity', '--on', daysAgo(5))).status).toBe('awaiting-identity');
    expect(dpoJson<Req>(d('request', 'resume', ref, '--on', daysAgo(2))).status).toBe('in-progress');
    expect(dpoJson<Req>(d('request', 'verify', ref, '--method', 'account-email')).status).toBe('in-progress');
    expect(dpo(d('request', 'verify', ref, '--method', 'account-email')).code).toBe(1);
    expect(dpoJson<Req>(d('request', 'extend', ref, '--reasons', 'Backups on tape'))).toMatchObject({ status: 'extended' });
    expect(dpoJson<Req>(d('request', 'respond', ref, '--summary', 'Erased everywhere'))).toMatchObject({ status: 'responded' });
    expect(dpo(d('request', 'refuse', ref, '--ground', 'excessive', '--reason', 'x')).code).toBe(1);
    expect(dpoJson<Req>(d('request', 'close', ref))).toMatchObject({ status: 'closed' });

    const { ref: r2 } = dpoJson<Req>(d('request', 'add', '--type', 'access', '--name', 'Carol', '--email', 'carol@example.com', '--received', daysAgo(2)));
    expect(dpoJson<Req>(d('request', 'refuse', r2, '--ground', 'manifestly-unfounded', '--reason', 'Harassment'))).toMatchObject({ status: 'refused' });
    const { ref: r3 } = dpoJson<Req>(d('request', 'add', '--type', 'access', '--name', 'Dan', '--email', 'dan@example.com', '--received', daysAgo(2)));
    expect(dpoJson<Req>(d('request', 'withdraw', r3))).toMatchObject({ status: 'withdrawn' });
    const { ref: r4 } = dpoJson<Req>(d('request', 'add', '--type', 'access', '--name', 'Dan', '--email', 'dan@example.com', '--received', daysAgo(1)));
    expect(dpoJson<Req>(d('request', 'duplicate', r4, '--of', r3))).toMatchObject({ status: 'duplicate' });
    expect(dpo(d('request', 'extend', r4, '--reasons', 'x')).code).toBe(1);
  }, 240_000); // About twenty CLI runs, each a process start and a deliberately slow scrypt unlock.

  it('list filters: --status, --overdue, --due-within; bad values exit 1', () => {
    const { ref: late } = dpoJson<Req>(d('request', 'add', '--type', 'access', '--name', 'Late', '--email', 'late@example.com', '--received', daysAgo(50)));
    const overdue = dpoJson<Req[]>(d('request', 'list', '--overdue'));
    expect(overdue.map((r) => r.ref)).toContain(late);
    expect(overdue.every((r) => r.due < daysAgo(0))).toBe(true);
    // --due-within is the coming work; the long-overdue request joins it only with --overdue.
    expect(dpoJson<Req[]>(d('request', 'list', '--due-within', '7')).map((r) => r.ref)).not.toContain(late);
    expect(dpoJson<Req[]>(d('request', 'list', '--due-within', '7', '--overdue')).map((r) => r.ref)).toContain(late);
    expect(dpoJson<Req[]>(d('request', 'list', '--status', 'closed')).every((r) => r.status === 'closed')).toBe(true);
    expect(dpo(d('request', 'list', '--status', 'bogus')).code).toBe(1);
    expect(dpo(d('request', 'list', '--due-within', 'soon')).code).toBe(1);
  });

  it('import prints { imported, rejected: [{ line, errors }] }; --dry-run writes nothing', () => {
    const file = join(dir, 'in.csv');
    writeFileSync(file, ['type,name,email,received,channel,customer_id,regime,country,notes', `access,Eve,eve@example.com,${daysAgo(4)},web-form,,,,`, 'nope,,x,bad,email,,,,'].join('\n'));
    const before = dpoJson<Req[]>(d('request', 'list')).length;
    const dry = dpoJson<{ imported: number; rejected: Array<{ line: number; errors: string[] }> }>(d('request', 'import', file, '--dry-run'));
    expect(dry.imported).toBe(1);
    expect(dpoJson<Req[]>(d('request', 'list')).length).toBe(before);
    const r = dpoJson<{ imported: number; rejected: Array<{ line: number; errors: string[] }> }>(d('request', 'import', file));
    expect(r.imported).toBe(1);
    expect(r.rejected).toEqual([{ line: 3, errors: expect.arrayContaining([expect.stringMatching(/^type:/)]) }]);
    expect(dpoJson<Req[]>(d('request', 'list')).length).toBe(before + 1);
    expect(dpo(d('request', 'import', join(dir, 'missing.csv'))).code).toBe(1);
  });

  it('import-eml creates the request and keeps the original; attachment saves to a named file', () => {
    const eml = ['From: Frank <frank@example.com>', 'To: legal@netrouting.example', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, 'Subject: access', '', 'Send me my data.', ''].join('\r\n');
    const file = join(dir, 'm.eml');
    writeFileSync(file, eml);
    const r = dpoJson<Req & { attachments: Array<{ id: number; kind: string }>; mailbox: string }>(d('request', 'import-eml', file, '--type', 'access'));
    expect(r).toMatchObject({ type: 'access', name: 'Frank', mailbox: 'legal@netrouting.example' });
    expect(r.attachments[0]!.kind).toBe('original-email');
    const out = join(dir, 'back.eml');
    expect(dpo(d('request', 'attachment', r.ref, String(r.attachments[0]!.id), '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(eml);
    expect(dpo(d('request', 'attachment', r.ref, String(r.attachments[0]!.id), '--out', out)).code).toBe(1); // no overwrite
  });

  it('commands are declarations over the contract: errors name the flag typed, repeated flags add up, --help lists the choices', () => {
    const bad = dpo(d('request', 'add', '--type', 'access', '--name', 'Eve', '--email', 'not-an-address', '--received', daysAgo(1)));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dpo: --email: /);
    expect(bad.stderr).not.toContain('requester.email');
    const late = dpo(d('request', 'add', '--type', 'access', '--name', 'Eve', '--email', 'eve@example.com', '--received', '2300-01-01'));
    expect(late.stderr).toMatch(/^dpo: --received: .*too far in the future/);
    const both = dpoJson<Req & { types: string[] }>(d('request', 'add', '--type', 'access', '--type', 'erasure', '--name', 'Eve', '--email', 'eve@example.com', '--received', daysAgo(1)));
    expect(both.types).toEqual(['access', 'erasure']);
    const help = dpo(['request', 'add', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/choices: "email", "web-form", "live-chat", "phone", "letter", "in-person"/);
    expect(dpo(d('request', 'add', '--type', 'access', '--name', 'Eve', '--email', 'eve@example.com', '--received', daysAgo(1), '--channel', 'fax')).code).toBe(1);
    const wrongMethod = dpo(d('request', 'verify', both.ref, '--method', 'telepathy'));
    expect(wrongMethod.code).toBe(1);
    expect(wrongMethod.stderr).toMatch(/account-email, id-document, other/);
  });

  it('requests as they arrive: a letter without e-mail, repeated list flags add up, .eml types recognised, errors name --type', () => {
    const letter = dpoJson<Req & { channel: string }>(d('request', 'add', '--type', 'erasure', '--name', 'Per Brief', '--channel', 'letter', '--address', 'Dorpsstraat 1, Ergens', '--received', daysAgo(60)));
    expect(letter.channel).toBe('letter');
    const nothing = dpo(d('request', 'add', '--type', 'access', '--name', 'Nobody', '--channel', 'letter', '--received', daysAgo(1)));
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/^dpo: --address: Give at least one way to reach the requester/);
    // Repeated filter flags accumulate instead of keeping the last one.
    const call = dpoJson<Req>(d('request', 'add', '--type', 'access', '--name', 'Per Telefoon', '--channel', 'phone', '--phone', '+31 20 123 4567', '--received', daysAgo(2)));
    const both = dpoJson<Req[]>(d('request', 'list', '--type', 'access', '--type', 'erasure')).map((r) => r.ref);
    expect(both).toEqual(expect.arrayContaining([letter.ref, call.ref]));
    expect(dpoJson<Req[]>(d('request', 'list', '--type', 'erasure')).map((r) => r.ref)).not.toContain(call.ref);
    const show = dpo(d('request', 'show', letter.ref));
    expect(show.stdout).toMatch(/overdue by \d+ days/);

    const file = join(dir, 'nl.eml');
    writeFileSync(file, ['From: Jan <jan@example.nl>', 'To: privacy@netrouting.example', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, 'Subject: Inzageverzoek', '', 'Graag een kopie van mijn gegevens (AVG art. 15).', ''].join('\r\n'));
    expect(dpoJson<Req & { types: string[] }>(d('request', 'import-eml', file)).types).toEqual(['access']);
    const vague = join(dir, 'vague.eml');
    writeFileSync(vague, ['From: Jan <jan@example.nl>', 'Subject: Vraag', '', 'Kunt u mij terugbellen?', ''].join('\r\n'));
    const r = dpo(d('request', 'import-eml', vague));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dpo: --type: Nothing in the message says which right is asked for/);
  });
});
