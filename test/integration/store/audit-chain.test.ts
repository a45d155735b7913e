import { describe, expect, it } from 'vitest';
import type { Session } from '../../../main/services/session';
import { chainHash, GENESIS_HASH } from '../../../main/store/audit-chain';
import { checkpointHead, listAudit, verifyAudit } from '../../../main/services/audit-service';
import { newSession } from '../../support/session';

async function sessionWithEvents(n: number): Promise<Session> {
  const { session } = await newSession();
  const store = session.requireStore();
  for (let i = 0; i < n; i++) {
    store.tx('test', 'test.write', (t) => t.audit({ entityType: 'thing', entityId: `T-${i}`, summary: { i, label: { old: null, new: `value ${i}` } } }));
  }
  return session;
}

/** Tampering needs the key and dropping the append-only triggers: exactly what an insider could do. */
function dropTriggers(session: Session): void {
  const db = session.requireStore().db;
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

describe('audit trail', () => {
  it('writes a chained event in the same transaction as the change, and verifies', async () => {
    const session = await sessionWithEvents(5);
    const db = session.requireStore().db;
    const rows = db.prepare('SELECT seq, body, hash FROM audit_events ORDER BY seq').all() as Array<{ seq: number; body: Buffer; hash: Buffer }>;
    // Each hash is stored as its 32 bytes and covers the previous one (in hex, as hashed).
    for (let i = 0; i < rows.length; i++) {
      expect(rows[i]!.hash).toHaveLength(32);
      expect(rows[i]!.hash.toString('hex')).toBe(chainHash(i ? rows[i - 1]!.hash.toString('hex') : GENESIS_HASH, rows[i]!.body));
    }
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: true, events: 6, firstBadSeq: null, head: rows[rows.length - 1]!.hash.toString('hex') });
  });

  it('the list shows each event with the hash it follows (the previous event\'s, not stored twice)', async () => {
    const session = await sessionWithEvents(4);
    const page = listAudit(session.requireStore(), { limit: 3 } as Parameters<typeof listAudit>[1]);
    const rows = [...page.rows].reverse();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    const first = listAudit(session.requireStore(), { limit: 1, cursor: 2 } as Parameters<typeof listAudit>[1]).rows[0]!;
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(rows[0]!.prevHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a change whose transaction fails leaves neither the change nor its event', async () => {
    const session = await sessionWithEvents(1);
    const store = session.requireStore();
    const head = store.head();
    expect(() =>
      store.tx('test', 'test.fail', (t) => {
        t.db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
        t.audit({ entityType: 'settings', entityId: null, summary: {} });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(store.head()).toEqual(head);
    expect(store.db.prepare("SELECT * FROM settings WHERE key = 'x'").get()).toBeUndefined();
  });

  it('refuses a transaction that records no audit event', async () => {
    const session = await sessionWithEvents(0);
    const store = session.requireStore();
    expect(() => store.tx('test', 'test.silent', (t) => t.db.prepare("INSERT INTO settings (key, value) VALUES ('y', '1')").run())).toThrow(/without recording an audit event/);
    expect(store.db.prepare("SELECT * FROM settings WHERE key = 'y'").get()).toBeUndefined();
  });

  it('the filter columns are read out of the hashed body: they cannot be edited apart from it', async () => {
    const session = await sessionWithEvents(2);
    dropTriggers(session);
    const db = session.requireStore().db;
    expect(() => db.prepare("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2").run()).toThrow(/generated column/);
    expect(db.prepare('SELECT actor, operation, entity_type, entity_id FROM audit_events WHERE seq = 2').get()).toEqual({ actor: 'test', operation: 'test.write', entity_type: 'thing', entity_id: 'T-0' });
  });

  it('the database itself refuses updates and deletes of audit rows', async () => {
    const session = await sessionWithEvents(2);
    const db = session.requireStore().db;
    expect(() => db.prepare('UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('detects an edited row at its seq', async () => {
    const session = await sessionWithEvents(6);
    dropTriggers(session);
    const db = session.requireStore().db;
    const body = (db.prepare('SELECT body FROM audit_events WHERE seq = 4').get() as { body: Buffer }).body;
    db.prepare('UPDATE audit_events SET body = ? WHERE seq = 4').run(Buffer.from(body.toString('utf8').replace('value ', 'VALUE ')));
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'event 4 was changed after it was written' });
  });

  it('detects an edited hash at its seq (the next event no longer follows it either)', async () => {
    const session = await sessionWithEvents(6);
    dropTriggers(session);
    const db = session.requireStore().db;
    db.prepare('UPDATE audit_events SET hash = randomblob(32) WHERE seq = 5').run();
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: false, firstBadSeq: 5, events: 4 });
  });

  it('detects a deleted row at the missing seq', async () => {
    const session = await sessionWithEvents(6);
    dropTriggers(session);
    session.requireStore().db.prepare('DELETE FROM audit_events WHERE seq = 3').run();
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects two reordered rows at the first of them', async () => {
    const session = await sessionWithEvents(6);
    dropTriggers(session);
    const db = session.requireStore().db;
    // Swap the content of events 3 and 4, keeping seq numbers: exactly a reordering.
    const cols = 'body, hash';
    const r3 = db.prepare(`SELECT ${cols} FROM audit_events WHERE seq = 3`).get() as Record<string, unknown>;
    const r4 = db.prepare(`SELECT ${cols} FROM audit_events WHERE seq = 4`).get() as Record<string, unknown>;
    const set = db.prepare('UPDATE audit_events SET body=@body, hash=@hash WHERE seq=@seq');
    db.transaction(() => {
      set.run({ ...r4, seq: 3 });
      set.run({ ...r3, seq: 4 });
    })();
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'event 3 does not follow event 2 (moved, inserted or replaced)' });
  });

  it('a rebuilt chain is caught by the checkpoints printed earlier', async () => {
    const session = await sessionWithEvents(4);
    const store = session.requireStore();
    const printed = checkpointHead(store, 'audit-pack');
    expect(verifyAudit(store)).toMatchObject({ ok: true, checkpoints: { total: 1, missing: [] } });
    // An insider with the key rewrites event 2 and recomputes every hash after it.
    dropTriggers(session);
    const { chainHash, decodeBody, encodeBody } = await import('../../../main/store/audit-chain');
    const rows = store.db.prepare('SELECT seq, body, hash FROM audit_events ORDER BY seq').all() as Array<{ seq: number; body: Buffer; hash: Buffer }>;
    let prev = rows[0]!.hash.toString('hex');
    const upd = store.db.prepare('UPDATE audit_events SET body = @body, hash = @hash WHERE seq = @seq');
    for (const r of rows.slice(1)) {
      const body = r.seq === 2 ? encodeBody({ ...decodeBody(r.body), summary: { forged: true } }) : r.body;
      const hash = chainHash(prev, body);
      upd.run({ seq: r.seq, body, hash: Buffer.from(hash, 'hex') });
      prev = hash;
    }
    const v = verifyAudit(store);
    expect(v.firstBadSeq).toBeNull();
    expect(v.ok).toBe(false);
    expect(v.checkpoints.missing).toEqual([expect.objectContaining({ seq: printed.seq, hash: printed.hash })]);
  });

  it('verifies across batch boundaries and finds a gap or an edit in a later batch at its seq', async () => {
    const { verifyAuditChain } = await import('../../../main/store/audit-chain');
    const session = await sessionWithEvents(10);
    const db = session.requireStore().db;
    expect(verifyAuditChain(db, null, 3)).toMatchObject({ ok: true, events: 11 });
    expect(verifyAuditChain(db, null, 11)).toMatchObject({ ok: true, events: 11 });
    dropTriggers(session);
    const body = (db.prepare('SELECT body FROM audit_events WHERE seq = 8').get() as { body: Buffer }).body;
    db.prepare('UPDATE audit_events SET body = ? WHERE seq = 8').run(Buffer.from(body.toString('utf8').replace('value ', 'VALUE ')));
    expect(verifyAuditChain(db, null, 3)).toMatchObject({ ok: false, firstBadSeq: 8, events: 7 });
    db.prepare('DELETE FROM audit_events WHERE seq = 5').run();
    expect(verifyAuditChain(db, null, 3)).toMatchObject({ ok: false, firstBadSeq: 5, events: 4, problem: 'event 5 is missing (the next event found is 6)' });
    db.prepare('DELETE FROM audit_events WHERE seq = 4').run();
    // The gap is the first row of a batch (4 = 3 + 1).
    expect(verifyAuditChain(db, null, 3)).toMatchObject({ ok: false, firstBadSeq: 4, events: 3 });
  });
});
