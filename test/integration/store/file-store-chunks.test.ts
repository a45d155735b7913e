// Files stored in pieces while they are written (generated PDFs): read back whole, streamed out
// piece by piece, hashed as written, checked by the database check, deleted with their record
// kept, and rolled back whole when the writer throws.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { CHUNK_BYTES, deleteFileBody, insertStreamedFile, readFile, streamFile, verifyFileHashes, type FileOwner } from '../../../main/store/file-store';
import { newRequest, openTestCore, type TestCore } from '../requests/helpers';

let t: TestCore;
afterEach(() => t?.close());

async function setup(): Promise<{ owner: FileOwner }> {
  t = await openTestCore();
  const r = await t.call('request.create', newRequest());
  return { owner: { kind: 'request', id: r.id, ref: r.ref } };
}

const meta = { filename: 'big.pdf', mimeType: 'application/pdf', kind: 'case-file' as const, deleteAfter: null };

describe('streamed files', () => {
  it('stores pieces of at most CHUNK_BYTES as they come, with the hash of the whole', async () => {
    const { owner } = await setup();
    const store = t.core.session.requireStore();
    const parts = Array.from({ length: 40 }, (_, i) => randomBytes(50_000 + i));
    const whole = Buffer.concat(parts);
    const { file } = store.tx('test', 'test.stream', (tx) => insertStreamedFile(tx, owner, meta, 'test', (sink) => parts.forEach((p) => sink(p))));
    expect(file).toMatchObject({ sizeBytes: whole.length, sha256: createHash('sha256').update(whole).digest('hex'), kind: 'case-file' });
    const pieces = store.db.prepare('SELECT length(body) AS n FROM file_body_chunks WHERE file_id = ? ORDER BY seq').all(file.id) as Array<{ n: number }>;
    expect(pieces.length).toBeGreaterThan(2);
    // Pieces fill up to the chunk size before the next starts (the last may be shorter).
    for (const p of pieces.slice(0, -1)) expect(p.n).toBeLessThan(CHUNK_BYTES + 51_000);
    expect(Buffer.from(readFile(store.db, owner, file.id).base64, 'base64').equals(whole)).toBe(true);
    const streamed: Buffer[] = [];
    streamFile(store.db, owner, file.publicId, (c) => streamed.push(c));
    expect(streamed.length).toBe(pieces.length);
    expect(Buffer.concat(streamed).equals(whole)).toBe(true);
    expect(verifyFileHashes(store.db).mismatched).toEqual([]);
    // A changed piece is found by the check.
    store.db.prepare('UPDATE file_body_chunks SET body = ? WHERE file_id = ? AND seq = 1').run(randomBytes(10), file.id);
    expect(verifyFileHashes(store.db).mismatched).toEqual([file.id]);
    store.tx('test', 'test.delete', (tx) => deleteFileBody(tx, owner, file.id, 'test'));
    expect((store.db.prepare('SELECT count(*) AS n FROM file_body_chunks WHERE file_id = ?').get(file.id) as { n: number }).n).toBe(0);
  });

  it('a writer that throws leaves no record and no piece', async () => {
    const { owner } = await setup();
    const store = t.core.session.requireStore();
    const count = () => (store.db.prepare('SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM file_body_chunks) AS n').get() as { n: number }).n;
    const before = count();
    expect(() =>
      store.tx('test', 'test.stream', (tx) =>
        insertStreamedFile(tx, owner, meta, 'test', (sink) => {
          for (let i = 0; i < 30; i++) sink(randomBytes(100_000));
          throw new Error('cancelled half way');
        }),
      ),
    ).toThrow('cancelled half way');
    expect(count()).toBe(before);
  });
});
