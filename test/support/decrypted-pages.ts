// Every page of a SQLCipher v4 database file decrypted, free pages and unused space included, so a
// test can show that a value is gone from the bytes and not only from the tables. SQLCipher v4
// with a raw 256-bit key: each page is AES-256-CBC over all but its last 80 bytes (16 IV + 64
// HMAC); page 1 starts with the 16-byte salt. The HMAC is not checked: this reads, never trusts.
import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

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
