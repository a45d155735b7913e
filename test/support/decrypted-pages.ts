// Every page of a SQLCipher v4 database file decrypted, free pages and unused space included, so a
// test can show that a value is gone from the bytes and not only from the tables. SQLCipher v4
// with a raw 256-bit key: each page is AES-256-CBC over all but its last 80 bytes (16 IV + 64
// HMAC); page 1 starts with the 16-byte salt. The HMAC is not checked: this reads, never trusts.
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allFiles } from './temp';

const PAGE = 4096;
const RESERVE = 80;

export function decryptedPages(file: string, key: Buffer): Buffer {
  const buf = readFileSync(file);
  if (buf.length % PAGE !== 0) throw new Error(`${file} is not a whole number of ${PAGE}-byte pages`);
  const out: Buffer[] = [];
  for (let off = 0; off < buf.length; off += PAGE) {
    const page = buf.subarray(off, off + PAGE);
    const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
    const d = createDecipheriv('aes-256-cbc', key, iv);
    d.setAutoPadding(false);
    out.push(d.update(page.subarray(off === 0 ? 16 : 0, PAGE - RESERVE)), d.final());
  }
  const plain = Buffer.concat(out);
  if (!plain.includes('CREATE TABLE')) throw new Error(`${file} did not decrypt with this key`);
  return plain;
}

/**
 * The files of a closed data folder in which `holds` finds something: databases decrypted page by
 * page, everything else as is. A WAL left with content counts too (its pages are not read here).
 */
export function filesHolding(dataDir: string, key: Buffer, holds: (bytes: Buffer) => boolean): string[] {
  const wal = join(dataDir, 'workbench.db-wal');
  const found = existsSync(wal) && statSync(wal).size > 0 ? [wal] : [];
  for (const f of allFiles(dataDir)) if (holds(f.endsWith('.db') ? decryptedPages(f, key) : readFileSync(f))) found.push(f);
  return found;
}
