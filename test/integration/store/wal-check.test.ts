// The WAL reader must tell damage (committed frames would be dropped) from what a crash during an
// uncommitted write legitimately leaves (a torn last frame), or a crash would lock the DPO out.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/database';
import { checkWal } from '../../../main/store/wal-check';
import { tempDir } from '../../support/temp';

/** An encrypted database with committed transactions still in its WAL (copied while open, as after a crash). */
function walAfterCrash(): string {
  const dir = tempDir();
  const file = join(dir, 'w.db');
  const db = openDatabase(file, randomBytes(32), { create: true, migrate: false });
  db.exec('CREATE TABLE t (x BLOB)');
  for (let i = 0; i < 6; i++) db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(3000, i));
  const copy = join(dir, 'copy.db-wal');
  copyFileSync(`${file}-wal`, copy);
  db.close();
  return copy;
}

describe('write-ahead log check', () => {
  it('a sound WAL, and one with a torn frame at its end, are not reported', () => {
    const wal = walAfterCrash();
    const sound = checkWal(wal);
    expect(sound.problem).toBeNull();
    expect(sound.validFrames).toBeGreaterThan(5);
    appendFileSync(wal, randomBytes(1000)); // half a frame: an append cut by the crash
    expect(checkWal(wal)).toEqual(sound);
  });

  it('a flipped byte in a middle frame, a damaged header, or a WAL cut inside its header are reported', () => {
    const wal = walAfterCrash();
    const bytes = readFileSync(wal);
    const pageSize = bytes.readUInt32BE(8);
    const middle = Buffer.from(bytes);
    middle[32 + (24 + pageSize) * 3 + 24 + 7]! ^= 0x02;
    writeFileSync(wal, middle);
    expect(checkWal(wal).problem).toMatch(/frame 4 .* damaged/);
    const header = Buffer.from(bytes);
    header[12]! ^= 0x01;
    writeFileSync(wal, header);
    expect(checkWal(wal).problem).toMatch(/header fails its checksum/);
    writeFileSync(wal, bytes.subarray(0, 20));
    expect(checkWal(wal).problem).toMatch(/cut short/);
  });
});
