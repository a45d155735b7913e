// `dpo retention preview|purge|hold` as scripts run them (needs `npm run build` first): the purge
// changes nothing without --yes, purges with it, and a second purge finds nothing; holds refuse
// bad input naming the flag typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { daysAgo, today } from '../requests/helpers';
import { createCore } from '../../../main/app/core';
import { localUser } from '../../../shared/auth';
import { PASSPHRASE } from '../../support/temp';
import { DEFAULT_RETENTION, type RetentionPreview, type RetentionPurgeResult } from '../../../shared/model/retention';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

/** A finished request, through the CLI. */
function finished(name: string): string {
  const { ref } = dpoJson<{ ref: string }>(d('request', 'add', '--type', 'access', '--name', name, '--email', 'x@example.com', '--received', daysAgo(3)));
  for (const step of [['start'], ['verify', '--method', 'account-email'], ['respond', '--summary', 'sent'], ['close']]) {
    const r = dpo(d('request', step[0]!, ref, ...step.slice(1)));
    expect(r.code, r.stderr).toBe(0);
  }
  return ref;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-ret-cli-'));
  data = join(dir, 'vault');
  expect(dpo(['init', '--data-dir', data, '--json']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dpo retention (CLI)', () => {
  it('preview, purge without --yes (nothing changes), purge --yes, purge again (nothing due)', async () => {
    const held = finished('Hans Held');
    const gone = finished('Greta Gone');
    // No settings command yet: the rule is set through the contract, as the Settings screen does.
    const core = createCore({ dataDir: data, host: 'cli' });
    await core.session.unlock({ passphrase: PASSPHRASE }, 'test');
    const res = await core.dispatch('settings.update', { retention: { ...DEFAULT_RETENTION, finishedRequests: { months: 0, reason: 'test' } } }, { principal: localUser('test') });
    expect(res.ok).toBe(true);
    core.stop();
    core.session.lock();

    const hold = dpo(d('retention', 'hold', held, '--until', today(), '--reason', 'complaint pending'));
    expect(hold.code, hold.stderr).toBe(0);
    expect(hold.stdout).toContain(`${held} is on hold until ${today()}`);
    const bad = dpo(d('retention', 'hold', held, '--until', '2026-02-30', '--reason', 'x'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--until: "2026-02-30" is not a real date/);
    expect(dpo(d('retention', 'hold', 'DSR-1999-00001', '--until', today(), '--reason', 'x')).code).toBe(1);

    const preview = dpoJson<RetentionPreview>(d('retention', 'preview'));
    expect(preview).toMatchObject({ requests: 1, held: 1 });
    const dry = dpo(d('retention', 'purge'));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^1 requests, 0 files, 0 KB will be purged/);
    expect(dry.stdout).toContain('Nothing was changed. Run again with --yes to purge.');
    expect(dpoJson<{ name: string }>(d('request', 'show', gone)).name).toBe('Greta Gone');

    const purged = dpoJson<RetentionPurgeResult>(d('retention', 'purge', '--yes'));
    expect(purged).toMatchObject({ done: true, requests: 1, batches: 1 });
    expect(dpoJson<{ name: string }>(d('request', 'show', gone)).name).toBe('[purged]');
    expect(dpoJson<{ name: string }>(d('request', 'show', held)).name).toBe('Hans Held');
    expect(dpoJson<RetentionPurgeResult>(d('retention', 'purge', '--yes'))).toMatchObject({ requests: 0, batches: 0 });
    const verify = dpo(d('audit', 'verify'));
    expect(verify.code, verify.stdout).toBe(0);
  }, 120_000);
});
