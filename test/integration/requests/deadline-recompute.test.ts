// Stored deadlines are recomputed with the current rules after the last migration (migration 0009
// brought the rules and the index the look-up uses): open requests whose binding date moves get a
// timeline entry saying why and the step records one audit event; closed ones keep the dates they
// were handled under. Real encrypted vault; the step as the migration runner applies it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../shared/deadlines';
import { addDays } from '../../../shared/dates/iso';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../../../main/store/database';
import { migrate, runAfterMigrations } from '../../../main/store/migrate';
import { MIGRATIONS, OPEN_STATUS_SQL, RECOMPUTE_DEADLINES } from '../../../main/store/migrations';
import { OPEN_STATUSES } from '../../../shared/model/request-vocabulary';
import { tempDir } from '../../support/temp';
import { decodeBody } from '../../../main/store/audit-chain';
import type { Db } from '../../../main/store/database';
import { daysAgo, newRequest, openTestCore, type TestCore } from './helpers';

/** What the migration runner does after the last migration, on every open. */
function migration9(db: Db): void {
  runAfterMigrations(db);
}

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const OLD_RULES = '2026.11.1';

describe('recompute with new deadline rules (migration 0009)', () => {
  it('moves the binding date of open requests stored with older rules, with a timeline entry and an audit event', async () => {
    const open = await t.call('request.create', newRequest({ receivedDate: daysAgo(5), email: 'open@example.com' }));
    const closed = await t.call('request.create', newRequest({ receivedDate: daysAgo(5), email: 'closed@example.com' }));
    await t.call('request.transition', { ref: closed.ref, action: 'withdraw' } as never);
    const store = t.core.session.requireStore();
    const right = (store.db.prepare('SELECT effective_due FROM requests WHERE ref = ?').get(open.ref) as { effective_due: string }).effective_due;
    // As an older engine stored them: a later date, an older rules version; schema back at 7.
    const late = addDays(right, 3);
    store.db.prepare('UPDATE requests SET due = ?, effective_due = ?, rules_version = ? WHERE ref IN (?, ?)').run(late, late, OLD_RULES, open.ref, closed.ref);
    const auditBefore = (store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;

    migration9(store.db);

    const db = store.db;
    const row = (ref: string) => db.prepare('SELECT effective_due, rules_version FROM requests WHERE ref = ?').get(ref) as { effective_due: string; rules_version: string };
    expect(row(open.ref)).toEqual({ effective_due: right, rules_version: RULES_VERSION });
    expect(row(closed.ref)).toEqual({ effective_due: late, rules_version: OLD_RULES }); // history is not rewritten

    const detail = await t.call('request.get', { ref: open.ref });
    const entry = detail.timeline.find((e) => e.event?.code === 'deadline-recomputed');
    expect(entry?.event).toEqual({ code: 'deadline-recomputed', oldDue: late, newDue: right, oldRules: OLD_RULES, newRules: RULES_VERSION });
    expect(entry?.text).toMatch(/binding date moved from .* the deadline rules changed/);

    const audit = (db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck().all() as Buffer[]).map(decodeBody).filter((e) => e.operation === 'deadline.recompute');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatchObject({ recomputed: 1, moved: 1, refs: [open.ref], rulesVersion: RULES_VERSION });
    expect((db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n).toBe(auditBefore + 1);
    expect(detail.due).toBe(right);
  });

  it('a request whose date does not move is restamped without a timeline entry', async () => {
    const r = await t.call('request.create', newRequest({ receivedDate: daysAgo(3), email: 'same@example.com' }));
    const store = t.core.session.requireStore();
    store.db.prepare('UPDATE requests SET rules_version = ? WHERE ref = ?').run(OLD_RULES, r.ref);
    migration9(store.db);
    const detail = await t.call('request.get', { ref: r.ref });
    expect(detail.timeline.some((e) => e.event?.code === 'deadline-recomputed')).toBe(false);
    expect((store.db.prepare('SELECT rules_version FROM requests WHERE ref = ?').get(r.ref) as { rules_version: string }).rules_version).toBe(RULES_VERSION);
  });

  it('an extension notice late under the new rules extends nothing: the request is recomputed, says so, and stays usable', async () => {
    const r = await t.call('request.create', newRequest({ regime: 'gdpr', country: 'NL', receivedDate: '2026-03-02', email: 'late@example.com' }));
    const store = t.core.session.requireStore();
    // Stored by older rules that gave 13 Apr, with a notice sent on 10 Apr; the current rules give
    // 2 Apr, so that notice came after the date an extension notice was due (GDPR Art. 12(3)).
    store.db.prepare('UPDATE requests SET due = ?, effective_due = ?, extension_notice_on = ?, rules_version = ? WHERE ref = ?').run('2026-04-13', '2026-04-13', '2026-04-10', OLD_RULES, r.ref);
    migration9(store.db);
    const db = store.db;
    expect(db.prepare('SELECT effective_due, rules_version FROM requests WHERE ref = ?').get(r.ref)).toEqual({ effective_due: '2026-04-02', rules_version: RULES_VERSION });
    const detail = await t.call('request.get', { ref: r.ref });
    expect(detail.deadline.warnings.map((w) => w.code)).toContain('EXTENSION_NOTICE_LATE');
    expect(detail.timeline.find((e) => e.event?.code === 'deadline-recomputed')?.event).toMatchObject({ oldDue: '2026-04-13', newDue: '2026-04-02' });
    // Still usable: the workflow goes on (only recording a new notice is refused).
    await t.call('request.transition', { ref: r.ref, action: 'withdraw' } as never);
  });
});

describe('upgrading a workbench of the previous release', () => {
  it('a database at version 7 with open requests under older rules migrates to the end and is recomputed in the newest formats', () => {
    // The recompute writes a timeline entry and an audit event with today's code: run inside an
    // early migration it would meet the audit table before its newest format. It runs after the last.
    const file = join(tempDir(), 'v7.db');
    const db = new Database(file);
    applyKey(db, randomBytes(32));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    db.prepare(`INSERT INTO requests (ref, ref_year, ref_seq, types, status, name, email, email_norm, relation, channel,
      received_date, regime, country, due, effective_due, internal_target, rules_version, created_at, updated_at)
      VALUES ('DSR-2026-00001', 2026, 1, 'access', 'received', 'Jan Jansen', 'jan@example.com', 'jan@example.com', 'self', 'email', '2026-03-02', 'gdpr', 'NL',
      '2026-04-13', '2026-04-13', '2026-03-30', ?, 'now', 'now')`).run(OLD_RULES);
    db.prepare("INSERT INTO request_types (type, request_id) VALUES ('access', 1)").run();
    expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT effective_due, rules_version FROM requests').get()).toEqual({ effective_due: '2026-04-02', rules_version: RULES_VERSION });
    const events = (db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck().all() as Buffer[]).map(decodeBody);
    expect(events.map((e) => e.operation)).toContain('deadline.recompute');
    db.close();
  });
});

describe('the look-up every open makes', () => {
  it('is answered from the partial index of open requests alone (no row read), and the index holds exactly the open statuses', async () => {
    const db = t.core.session.requireStore().db;
    // The index's WHERE must list the same statuses as the code's OPEN_STATUSES, or the look-up
    // would miss a stale open request (or SQLite would stop using the index).
    const indexSql = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'requests_open_rules_version'`).pluck().get() as string;
    expect(indexSql.replace(/\s+/g, ' ')).toContain(`WHERE ${OPEN_STATUS_SQL}`);
    for (const s of OPEN_STATUSES) expect(indexSql).toContain(`'${s}'`);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM requests INDEXED BY requests_open_rules_version WHERE ${OPEN_STATUS_SQL} AND rules_version <> ? LIMIT 1`).all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX requests_open_rules_version/);
  });

  it('finds a stale open request and ignores stale closed ones', async () => {
    const open = await t.call('request.create', newRequest({ receivedDate: daysAgo(2), email: 'o@example.com' }));
    const closed = await t.call('request.create', newRequest({ receivedDate: daysAgo(2), email: 'c@example.com' }));
    await t.call('request.transition', { ref: closed.ref, action: 'withdraw' } as never);
    const db = t.core.session.requireStore().db;
    expect(RECOMPUTE_DEADLINES.needed(db)).toBe(false);
    db.prepare('UPDATE requests SET rules_version = ? WHERE ref = ?').run(OLD_RULES, closed.ref);
    expect(RECOMPUTE_DEADLINES.needed(db)).toBe(false); // closed requests keep the rules they were handled under
    db.prepare('UPDATE requests SET rules_version = ? WHERE ref = ?').run(OLD_RULES, open.ref);
    expect(RECOMPUTE_DEADLINES.needed(db)).toBe(true);
  });
});
