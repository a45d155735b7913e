// `dpo settings set|get` and `dpo report letter|templates` as scripts run them (needs `npm run
// build` first): keys and field errors by the key typed, the logo checked by its bytes, the
// published JSON shape, a refusal naming the profile field, drafts, and a CLI killed mid-way
// leaving no --out file and no half-stored letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson, runAndKill } from '../../support/cli';
import { openAndCheck } from '../../support/session';
import { daysAgo } from '../requests/helpers';
import { pdfText, qpdfCheck } from './pdf-text';
import { Session } from '../../../main/services/session';
import { PASSPHRASE } from '../../support/temp';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];
// A 1x1 RGBA PNG (transparency: refused, pdfkit would finish such a PDF only asynchronously) and a
// 120x40 RGB logo.
const PNG_RGBA = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PNG_RGB = 'iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAAAvUlEQVR4nO3Q1VUDABTA0G6UidDiUNzdvjI1W/DxmglychdsyKZsybbsyK4sZU/25UAO5UiO5URO5UxWci4XcilXci03cit3ci8P8ihP8iwv8ipv8i4f8ilf8i0/8uu6dRfrNhz08G7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7QQc/qBh30rG7Q/9T9A9dQy1zKntl6AAAAAElFTkSuQmCC';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-letters-cli-'));
  data = join(dir, 'vault');
  expect(dpo(['init', '--data-dir', data, '--json']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dpo settings (CLI)', () => {
  it('--help lists the keys; set and get round-trip; a bad value names the key typed', () => {
    const help = dpo(['settings', 'set', '--help']);
    for (const key of ['org.name', 'org.address', 'org.registration', 'dpo.name', 'dpo.email', 'authority.name', 'letters.language']) expect(help.stdout).toContain(key);
    const bad = dpo(d('settings', 'set', 'dpo.email=not-an-address'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^dpo: dpo\.email: That is not a valid e-mail address/);
    const unknown = dpo(d('settings', 'set', 'org.nmae=x'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('org.nmae: not a settings key');
    const lang = dpo(d('settings', 'set', 'letters.language=de'));
    expect(lang.stderr).toMatch(/letters\.language: Choose one of: en, nl/);
    const set = dpoJson<Record<string, unknown>>(d('settings', 'set', 'org.name=Netrouting B.V.', 'org.address=Fascinatio Boulevard 522\\n2909 VA Capelle aan den IJssel', 'dpo.name=Jan de Vries', 'dpo.email=fg@netrouting.example', 'dpo.registration=FG001234'));
    expect(set).toMatchObject({ 'org.name': 'Netrouting B.V.', 'org.address': 'Fascinatio Boulevard 522\n2909 VA Capelle aan den IJssel', 'authority.name': 'Autoriteit Persoonsgegevens', 'letters.language': 'en' });
    expect(dpoJson<Record<string, unknown>>(d('settings', 'get'))).toEqual(set);
  });

  it('a logo is checked by its bytes, not its name', () => {
    const fake = join(dir, 'logo.png');
    writeFileSync(fake, 'GIF89a not a png');
    const r = dpo(d('settings', 'set', `org.logo=${fake}`));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('org.logo: The logo must be a PNG or JPEG image');
    const big = join(dir, 'big.png');
    writeFileSync(big, Buffer.concat([Buffer.from(PNG_RGB, 'base64'), Buffer.alloc(600 * 1024)]));
    expect(dpo(d('settings', 'set', `org.logo=${big}`)).stderr).toMatch(/org\.logo: The logo is \d+ KB; at most 512 KB/);
    const alpha = join(dir, 'alpha.png');
    writeFileSync(alpha, Buffer.from(PNG_RGBA, 'base64'));
    expect(dpo(d('settings', 'set', `org.logo=${alpha}`)).stderr).toContain('org.logo: The PNG has an alpha channel (transparency); save it without transparency, or as JPEG.');
    const real = join(dir, 'real.png');
    writeFileSync(real, Buffer.from(PNG_RGB, 'base64'));
    expect(dpoJson<Record<string, unknown>>(d('settings', 'set', `org.logo=${real}`))['org.logo']).toEqual({ mimeType: 'image/png', bytes: Buffer.from(PNG_RGB, 'base64').length });
  });
});

describe('dpo report letter (CLI)', () => {
  it('writes the letter, stores it, answers the published JSON shape; refuses an existing --out', () => {
    const { ref } = dpoJson<{ ref: string }>(d('request', 'add', '--type', 'access', '--name', 'Ðorđe Petrović', '--email', 'djordje@example.com', '--received', daysAgo(2)));
    const out = join(dir, 'ack.pdf');
    const r = dpoJson<Record<string, unknown>>(d('report', 'letter', ref, '--template', 'acknowledgement', '--lang', 'nl', '--out', out));
    expect(Object.keys(r).slice(0, 6)).toEqual(['file', 'pages', 'sha256', 'template', 'templateVersion', 'missing']);
    expect(r).toMatchObject({ file: out, pages: 1, template: 'acknowledgement', templateVersion: 1, missing: [] });
    expect(execFileSync('sha256sum', [out], { encoding: 'utf8' }).split(' ')[0]).toBe(r.sha256);
    expect(qpdfCheck(out).ok).toBe(true);
    const text = pdfText(out);
    expect(text).toContain('Geachte Ðorđe Petrović,');
    // The logo is on the letterhead.
    expect(execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' }).split('\n').length).toBeGreaterThan(3);
    const shown = dpoJson<{ attachments: Array<{ kind: string; sha256: string }> }>(d('request', 'show', ref));
    expect(shown.attachments.filter((a) => a.kind === 'letter').map((a) => a.sha256)).toEqual([r.sha256]);
    const again = dpo(d('report', 'letter', ref, '--template', 'acknowledgement', '--out', out));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists');
    const templates = dpoJson<Array<{ name: string; language: string; version: number }>>(d('report', 'templates'));
    expect(templates).toHaveLength(22);
    expect(templates[0]).toMatchObject({ name: 'acknowledgement', language: 'en', version: 1 });
  });

  it('refuses naming the missing profile field; a draft lists and prints every gap', () => {
    const { ref } = dpoJson<{ ref: string }>(d('request', 'add', '--type', 'access', '--name', 'Ἀθηνᾶ Παπαδοπούλου', '--email', 'athena@example.com', '--received', daysAgo(2)));
    const refused = dpo(d('report', 'letter', ref, '--template', 'access-response', '--out', join(dir, 'ar.pdf')));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('missing: access.purposes');
    expect(existsSync(join(dir, 'ar.pdf'))).toBe(false);
    const draft = dpoJson<{ missing: string[]; file: string }>(d('report', 'letter', ref, '--template', 'access-response', '--draft', '--out', join(dir, 'ar-draft.pdf')));
    expect(draft.missing).toEqual(['access.purposes', 'access.categories', 'access.retention', 'access.source', 'access.automated', 'access.transfers']);
    expect(pdfText(draft.file)).toContain('MISSING: the purposes of the processing (Art. 15(1)(a))');

    dpo(d('settings', 'set', 'dpo.email='));
    const noDpo = dpo(d('report', 'letter', ref, '--template', 'acknowledgement', '--out', join(dir, 'x.pdf')));
    expect(noDpo.code).toBe(1);
    expect(noDpo.stderr).toMatch(/^dpo: The organisation profile is missing dpo\.email;/);
    dpo(d('settings', 'set', 'dpo.email=fg@netrouting.example'));
  });

  it('killed part-way: no --out file, no temp file, and every stored letter whole', async () => {
    const { ref } = dpoJson<{ ref: string }>(d('request', 'add', '--type', 'access', '--name', 'Алексей Иванов', '--email', 'alexei@example.com', '--received', daysAgo(2)));
    const outDir = join(dir, 'killed');
    rmSync(outDir, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', outDir]);
    let killedRuns = 0;
    for (const [i, ms] of [250, 400, 550, 700, 850, 1000, 1300].entries()) {
      const out = join(outDir, `k${i}.pdf`);
      const { killed, result } = await runAndKill(d('report', 'letter', ref, '--template', 'acknowledgement', '--out', out), ms);
      if (killed) {
        killedRuns++;
        expect(existsSync(out)).toBe(false);
      } else {
        expect(result.code, result.stderr).toBe(0);
        expect(qpdfCheck(out).ok).toBe(true);
      }
      // Never a half-written file beside it.
      expect(readdirSync(outDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    }
    expect(killedRuns).toBeGreaterThan(0);
    await openAndCheck(data);
    // Every letter row has its whole file (hash as stored), and every letter file its row.
    const session = new Session({ dataDir: data, host: 'cli' });
    await session.unlock({ passphrase: PASSPHRASE }, 'test');
    try {
      const db = session.requireStore().db;
      const orphans = db.prepare(`SELECT count(*) AS n FROM files f WHERE f.kind = 'letter' AND f.owner_kind = 'request' AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.file_id = f.id)`).get() as { n: number };
      expect(orphans.n).toBe(0);
      const letters = db.prepare('SELECT l.sha256, f.sha256 AS file_sha, f.size_bytes FROM letters l JOIN files f ON f.id = l.file_id').all() as Array<{ sha256: string; file_sha: string; size_bytes: number }>;
      for (const l of letters) expect(l.sha256).toBe(l.file_sha);
    } finally {
      session.lock();
    }
  }, 120_000);
});
