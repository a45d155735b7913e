// `dpo check`, and the CLI's way out of a damaged database (`dpo restore FILE`), as a user runs them.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { tempDir } from '../../support/temp';
import type { StoreCheck } from '../../../shared/model/check';

describe('dpo check and restore', () => {
  it('dpo check: exit 0 on a sound database; exit 1 naming the file and the restore when a page is damaged', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const sound = dpoJson<StoreCheck>(['check', '--data-dir', dir]);
    expect(sound).toMatchObject({ ok: true, problems: [], advice: null, file: join(dir, 'workbench.db') });
    expect(sound.pages).toBeGreaterThan(10);

    // The last page of the file; whether unlock or only the check reads it, the answer names the way out.
    const file = join(dir, 'workbench.db');
    const bytes = readFileSync(file);
    const pages = bytes.length / 4096;
    bytes[(pages - 1) * 4096 + 2000]! ^= 0x10;
    writeFileSync(file, bytes);
    const r = dpo(['check', '--data-dir', dir]);
    expect(r.code).toBe(1);
    const text = r.stdout + r.stderr;
    expect(text).toMatch(/damaged/i);
    expect(text).toContain(file);
    expect(text).toMatch(/dpo restore FILE/);
  });

  it('a 0-byte database: every command exits 1 with the restore path; dpo restore brings the backup back', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const backup = join(tempDir(), 'b.db');
    dpoJson(['backup', backup, '--data-dir', dir]);
    truncateSync(join(dir, 'workbench.db'), 0);

    for (const args of [['check'], ['audit', 'verify'], ['request', 'list']]) {
      const r = dpo([...args, '--data-dir', dir]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(join(dir, 'workbench.db'));
      expect(r.stderr).toMatch(/is empty \(0 bytes\).*dpo restore FILE/);
    }
    const st = dpo(['status', '--data-dir', dir, '--json']);
    expect(st.code).toBe(1);
    expect(JSON.parse(st.stdout)).toMatchObject({ damaged: { kind: 'empty' } });
    expect(statSync(join(dir, 'workbench.db')).size).toBe(0);

    const restored = dpoJson<{ previous: string }>(['restore', backup, '--data-dir', dir]);
    expect(restored.previous).toMatch(/before-restore-/);
    expect(dpoJson<StoreCheck>(['check', '--data-dir', dir])).toMatchObject({ ok: true });
    expect(dpoJson<{ ok: boolean }>(['audit', 'verify', '--data-dir', dir])).toMatchObject({ ok: true });
  });
});
