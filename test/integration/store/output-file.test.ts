// The one writer of user-chosen files (main/store/output-file.ts): all or nothing, owner-only,
// never over an existing file without force, never into the data folder.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OutputExistsError, OutputInsideDataFolderError, writeOutputFile } from '../../../main/store/output-file';
import { allFiles, tempDir } from '../../support/temp';

const CANARY = 'Zoë Fragment-Canary <fragment.canary@example.com>\n';

describe('writeOutputFile', () => {
  it('a failure part-way leaves no file and no plaintext fragment behind', async () => {
    const data = tempDir();
    const out = tempDir('dpo-out-');
    const target = join(out, 'export.json');
    const boom = new Error('disk full (simulated)');
    await expect(
      writeOutputFile(target, { dataDir: data }, (sink) => {
        // More than one flush (1 MiB), so part of it really reached the temp file.
        for (let i = 0; i < 60_000; i++) sink.write(CANARY);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(readdirSync(out)).toEqual([]);
    for (const f of [...allFiles(out), ...allFiles(data)]) expect(readFileSync(f).includes(Buffer.from('Fragment-Canary')), f).toBe(false);
  });

  it('writes to an owner-only temp file beside the target, then renames it into place', async () => {
    const out = tempDir('dpo-out-');
    const target = join(out, 'list.csv');
    let during: string[] = [];
    const written = await writeOutputFile(target, { dataDir: tempDir() }, (sink) => {
      sink.write(CANARY);
      during = readdirSync(out);
      if (process.platform !== 'win32') expect(statSync(join(out, during[0]!)).mode & 0o777).toBe(0o600);
    });
    expect(written).toBe(target);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.list\.csv\.tmp-[0-9a-f]{12}$/);
    expect(readdirSync(out)).toEqual([basename(target)]);
    expect(readFileSync(target, 'utf8')).toBe(CANARY);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('never replaces a file that appeared while it was writing, unless forced', async () => {
    const out = tempDir('dpo-out-');
    const target = join(out, 'x.json');
    await expect(writeOutputFile(target, { dataDir: tempDir() }, (sink) => {
      sink.write(CANARY);
      writeFileSync(target, 'theirs');
    })).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(target, 'utf8')).toBe('theirs');
    expect(readdirSync(out)).toEqual(['x.json']);
    await writeOutputFile(target, { dataDir: tempDir(), force: true }, (sink) => sink.write('mine'));
    expect(readFileSync(target, 'utf8')).toBe('mine');
  });

  it('refuses the data folder however the path is spelled', async () => {
    const data = tempDir();
    const spelled = [join(data, 'vault.json'), join(data, 'sub', '..', 'workbench.db'), join(data, '..', basename(data), 'x.json'), data];
    for (const p of spelled) await expect(writeOutputFile(p, { dataDir: data, force: true }, () => {}), p).rejects.toBeInstanceOf(OutputInsideDataFolderError);
    expect(readdirSync(data)).toEqual([]);
  });
});
