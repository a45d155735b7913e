import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { tempDir } from '../../support/temp';

function expectUserError(r: { code: number; stdout: string; stderr: string }, text: string | RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('dpo CLI', () => {
  it('has --help on every command', () => {
    for (const args of [[], ['init'], ['serve'], ['deadline'], ['audit'], ['audit', 'verify'], ['backup'], ['restore'], ['export'], ['status']]) {
      const r = dpo([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: dpo/);
    }
  });

  it('init creates the vault and prints the recovery code once; a second init is a user error', () => {
    const dir = tempDir();
    const out = dpoJson<{ recoveryCode: string; dataDir: string }>(['init', '--data-dir', dir]);
    expect(out.recoveryCode).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    expect(existsSync(join(dir, 'vault.json'))).toBe(true);
    expect(readFileSync(join(dir, 'vault.json'), 'utf8')).not.toContain(out.recoveryCode);
    expectUserError(dpo(['init', '--data-dir', dir]), /already exists/);
  });

  it('uses DPO_DATA_DIR when --data-dir is absent', () => {
    const dir = tempDir();
    dpoJson(['init'], { DPO_DATA_DIR: dir });
    expect(dpoJson<{ dataDir: string; initialised: boolean }>(['status'], { DPO_DATA_DIR: dir })).toMatchObject({ dataDir: dir, initialised: true });
  });

  it('rejects a short passphrase with one line, exit 1', () => {
    expectUserError(dpo(['init', '--data-dir', tempDir()], { DPO_PASSPHRASE: 'short' }), /12 characters/);
  });

  it('audit verify prints { ok, events, head, firstBadSeq }', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const v = dpoJson<Record<string, unknown>>(['audit', 'verify', '--data-dir', dir]);
    expect(v).toMatchObject({ ok: true, firstBadSeq: null });
    expect(v.events).toBeGreaterThanOrEqual(2);
    expect(v.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a wrong passphrase is a one-line user error', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    expectUserError(dpo(['audit', 'verify', '--data-dir', dir], { DPO_PASSPHRASE: 'wrong passphrase here' }), /passphrase is not correct/);
  });

  it('backup, restore and export work end to end; the export prints and records the audit head', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const file = join(tempDir(), 'b.db');
    const info = dpoJson<{ sha256: string; file: string }>(['backup', file, '--data-dir', dir]);
    expect(info.file).toBe(file);
    expect(dpoJson<{ auditSeq: number }>(['restore', file, '--data-dir', dir]).auditSeq).toBeGreaterThan(0);
    const out = join(tempDir(), 'export.json');
    const summary = dpoJson<{ auditHead: string; auditSeq: number }>(['export', '--format', 'json', '--out', out, '--data-dir', dir]);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported).toMatchObject({ format: 'dpo-workbench-export', audit: { seq: summary.auditSeq, head: summary.auditHead } });
    expect(exported.tables.audit_events.length).toBe(summary.auditSeq);
    expect(readFileSync(join(dir, 'audit-checkpoints.jsonl'), 'utf8')).toContain(summary.auditHead);
    expectUserError(dpo(['export', '--format', 'xml', '--out', out, '--data-dir', dir]), /--format "xml"/);
  });

  it('an unknown command or option is a user error', () => {
    expect(dpo(['frobnicate']).code).toBe(1);
    expect(dpo(['status', '--bogus']).code).toBe(1);
  });

  describe('dpo deadline (fixed interface)', () => {
    it('prints the documented JSON keys', () => {
      const r = dpoJson<Record<string, unknown>>(['deadline', '--regime', 'gdpr', '--received', '2026-01-31']);
      for (const key of ['regime', 'country', 'received', 'due', 'extendedDue', 'extensionNoticeBy', 'acknowledgeBy', 'internalTarget', 'explanation', 'rulesVersion']) {
        expect(r, key).toHaveProperty(key);
      }
      expect(r).toMatchObject({ regime: 'gdpr', country: 'NL', received: '2026-01-31', due: '2026-03-02', acknowledgeBy: null });
      expect(r.explanation).toContain('received Sat 31 Jan 2026 · one month → Sat 28 Feb 2026 · weekend → Mon 2 Mar 2026');
    });

    it('defaults uk-gdpr to GB and reproduces the ICO example', () => {
      expect(dpoJson(['deadline', '--regime', 'uk-gdpr', '--received', '2024-11-25'])).toMatchObject({ country: 'GB', due: '2024-12-27' });
    });

    it('takes repeatable --pause ranges', () => {
      const plain = dpoJson<{ due: string }>(['deadline', '--regime', 'gdpr', '--received', '2026-03-02']);
      const paused = dpoJson<{ due: string; pausedDays: number }>(['deadline', '--regime', 'gdpr', '--received', '2026-03-02', '--pause', '2026-03-03..2026-03-10', '--pause', '2026-03-20..2026-03-23']);
      expect(paused.pausedDays).toBeGreaterThan(0);
      expect(paused.due > plain.due).toBe(true);
    });

    it('bad input exits 1 with one line naming the bad value', () => {
      expectUserError(dpo(['deadline', '--regime', 'foo', '--received', '2026-02-03']), /"foo"/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--received', '2026-02-30']), /"2026-02-30"/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--received', '2026-02-03', '--pause', '2026-03-05..2026-03-01']), /2026-03-01/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--received', '2026-02-03', '--pause', 'soon']), /"soon"/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--country', 'US', '--received', '2026-02-03']), /US/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--country', '', '--received', '2026-02-03']), /--country is empty/);
      expectUserError(dpo(['deadline', '--regime', 'gdpr', '--received', '9999-12-31']), /9999-12-31/);
      expectUserError(dpo(['deadline', '--regime', 'uk-gdpr', '--received', '2026-03-02', '--pause', '2026-03-03..2026-03-05:holiday']), /"holiday" is not a pause reason/);
      expectUserError(dpo(['deadline', '--regime', 'uk-gdpr', '--received', '2026-03-02', '--pause', '2026-03-03..']), /asOf/);
    });

    it('plain output shows warnings and later readings beneath the binding date', () => {
      // EDPB Guidelines 01/2022: a pause asked 18 days in does not move the due date.
      const r = dpo(['deadline', '--regime', 'gdpr', '--received', '2026-03-02', '--pause', '2026-03-20..2026-03-30:identity']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Due 2026-04-02 \(GDPR, NL\)\n {4}a later reading gives 2026-04-13 \(late-pause;/);
      expect(r.stdout).toMatch(/Warning: identity proof was asked 18 days after receipt .* does not move the due date/);
    });

    it('takes pause reasons, --as-of for an open pause and --region', () => {
      // UK GDPR Art. 12A: a fee restarts the month from the day it is paid (here, assumed on --as-of).
      expect(dpoJson(['deadline', '--regime', 'uk-gdpr', '--received', '2026-03-02', '--as-of', '2026-03-09', '--pause', '2026-03-03..:fee'])).toMatchObject({
        due: '2026-04-09',
        clockStopped: true,
      });
      const bare = dpoJson<{ due: string; warnings: Array<{ code: string }>; alternatives: unknown[] }>(['deadline', '--regime', 'uk-gdpr', '--received', '2026-03-02', '--pause', '2026-03-20..2026-03-25']);
      expect(bare.due).toBe('2026-04-08'); // clarification, the earliest reading
      expect(bare.warnings.map((w) => w.code)).toContain('PAUSE_REASON_ASSUMED');
      expect(bare.alternatives.length).toBeGreaterThan(0);
      expect(dpoJson(['deadline', '--regime', 'uk-gdpr', '--region', 'ENG', '--received', '2026-03-03'])).toMatchObject({ due: '2026-04-07', region: 'ENG' });
      expect(dpoJson(['deadline', '--regime', 'uk-gdpr', '--received', '2026-03-03'])).toMatchObject({ due: '2026-04-06', region: null });
    });
  });
});
