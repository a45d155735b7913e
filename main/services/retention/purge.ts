// The retention purge: pseudonymises what its rule says is due (GDPR Art. 5(1)(e)). Personal
// fields become a marker, file bytes are deleted (their records stay), search index entries and
// audit details go; counts, dates, statuses and the audit chain stay, so statistics and audit
// packs for past periods keep their numbers. One transaction per batch, each with its audit
// event; a purge interrupted between batches is simply continued by the next one (idempotent:
// purged records are no longer due).
import type { Db } from '../../store/database';
import type { Store, TxContext } from '../../store/store';
import { purgeFiles } from '../../store/file-store';
import { listBackups, removeBackup } from '../../store/backup';
import { addMonthsClamped } from '../../../shared/dates/iso';
import { PURGED_MARKER, type RetentionDueKind, type RetentionPreview, type RetentionPurgeResult, type RetentionRules } from '../../../shared/model/retention';
import { dueSet, type DueRequest } from './due';
import { activeHolds } from './hold';
import { detailSeqs, eraseDetails } from './audit-details';
import { packsToPurge, pseudonymiseRecipient, pseudonymiseRecord, recipientsToPurge, registerDue, type DuePack, type DueRecord } from './registers';

/** Requests per transaction: short write locks, so the app stays responsive during a long purge. */
export const PURGE_BATCH = 100;

/** Timeline parameters that hold free text (notes, reasons, summaries, file names). */
const FREE_TEXT_PARAMS = ['note', 'summary', 'reasons', 'filename', 'by'];
const FREE_TEXT_REASON_CODES = new Set(['refused', 'attachment-deleted']);

/** Automatic backups older than the finished-requests period: made before data now due was purged. */
export function oldBackups(dataDir: string, rules: RetentionRules, today: string): string[] {
  const months = rules.finishedRequests.months;
  if (months === null) return [];
  return listBackups(dataDir)
    .filter((b) => addMonthsClamped(b.createdAt.slice(0, 10), months) <= today)
    .map((b) => b.file);
}

/** Everything due today, read once: the preview counts exactly what the purge then does. */
interface DuePlan {
  requests: ReturnType<typeof dueSet>;
  records: DueRecord[];
  packs: DuePack[];
  held: number;
}

function plan(db: Db, rules: RetentionRules, today: string): DuePlan {
  const requests = dueSet(db, rules, today);
  const disclosures = registerDue(db, 'disclosures', rules, today);
  const breaches = registerDue(db, 'breaches', rules, today);
  requests.upcoming.push(...disclosures.upcoming, ...breaches.upcoming);
  requests.upcoming.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ref.localeCompare(b.ref));
  return {
    requests,
    records: [...disclosures.due, ...breaches.due],
    packs: packsToPurge(db, breaches.due),
    held: requests.held + disclosures.held + breaches.held,
  };
}

export function previewPurge(store: Store, rules: RetentionRules, today: string): RetentionPreview {
  return previewOf(store, plan(store.db, rules, today), rules, today);
}

function previewOf(store: Store, p: DuePlan, rules: RetentionRules, today: string): RetentionPreview {
  const set = p.requests;
  const requests = set.due.filter((d) => d.requestDue);
  const of = (kind: DueRecord['kind']) => p.records.filter((r) => r.kind === kind);
  const entity = { disclosures: 'disclosure', breaches: 'breach' } as const;
  return {
    today,
    requests: requests.length,
    disclosures: of('disclosures').length,
    breaches: of('breaches').length,
    reports: p.packs.length,
    files: set.due.reduce((n, d) => n + d.fileIds.length, 0) + p.records.reduce((n, r) => n + r.fileIds.length, 0) + p.packs.length,
    bytes: set.due.reduce((n, d) => n + d.bytes, 0) + p.records.reduce((n, r) => n + r.bytes, 0) + p.packs.reduce((n, r) => n + r.bytes, 0),
    auditDetails:
      requests.reduce((n, d) => n + detailSeqs(store.db, 'request', d.ref).length, 0) +
      p.records.reduce((n, r) => n + detailSeqs(store.db, entity[r.kind], r.ref).length, 0),
    held: p.held,
    upcoming: set.upcoming.slice(0, 50),
    upcomingTotal: set.upcoming.length,
    oldBackups: oldBackups(store.dataDir, rules, today).map((f) => f.split(/[\\/]/).pop()!),
    dueByKind: dueByKind(set.due, p.records, p.packs),
    holds: activeHolds(store.db, today),
  };
}

function dueByKind(due: DueRequest[], records: DueRecord[], packs: DuePack[]): RetentionDueKind[] {
  const oldest = (days: string[]) => days.reduce<string | null>((o, d) => (o === null || d < o ? d : o), null);
  const withId = due.filter((d) => d.idDocuments > 0);
  const withOther = due.filter((d) => d.fileIds.length > d.idDocuments);
  const requests = due.filter((d) => d.requestDue);
  const register = (kind: DueRecord['kind']): RetentionDueKind => {
    const rs = records.filter((r) => r.kind === kind);
    return { kind, count: rs.length, bytes: rs.reduce((n, r) => n + r.bytes, 0), oldest: oldest(rs.map((r) => r.finishedOn)) };
  };
  return [
    { kind: 'finishedRequests', count: requests.length, bytes: 0, oldest: oldest(requests.map((d) => d.finishedOn)) },
    { kind: 'idDocuments', count: withId.reduce((n, d) => n + d.idDocuments, 0), bytes: withId.reduce((n, d) => n + d.idBytes, 0), oldest: oldest(withId.map((d) => d.finishedOn)) },
    {
      kind: 'lettersAndCaseFiles',
      count: withOther.reduce((n, d) => n + d.fileIds.length - d.idDocuments, 0),
      bytes: withOther.reduce((n, d) => n + d.bytes - d.idBytes, 0),
      oldest: oldest(withOther.map((d) => d.finishedOn)),
    },
    register('disclosures'),
    register('breaches'),
    { kind: 'auditPacks', count: packs.length, bytes: packs.reduce((n, r) => n + r.bytes, 0), oldest: oldest(packs.map((r) => r.createdOn)) },
  ];
}

function scrubParams(code: string | null, params: string | null): string | null {
  if (params === null) return null;
  const p = JSON.parse(params) as Record<string, unknown>;
  for (const k of FREE_TEXT_PARAMS) if (typeof p[k] === 'string') p[k] = PURGED_MARKER;
  if (code && FREE_TEXT_REASON_CODES.has(code) && typeof p.reason === 'string') p.reason = PURGED_MARKER;
  return JSON.stringify(p);
}

/** Every personal field of one request and its timeline → marker; search entry and audit details gone. */
function pseudonymise(t: TxContext, d: DueRequest): number {
  const db = t.db;
  const row = db.prepare('SELECT ref FROM requests WHERE id = ?').get(d.id) as { ref: string };
  db.prepare(
    `UPDATE requests SET name = @m, email = @m, email_norm = @m, postal_address = NULL, phone = NULL, customer_id = NULL,
       on_behalf_of = NULL, description = NULL, refusal_reason = CASE WHEN refusal_reason IS NULL THEN NULL ELSE @m END,
       extension_reasons = CASE WHEN extension_reasons IS NULL THEN NULL ELSE @m END, purged_at = @now,
       name_folded = '', name_sort = @m
     WHERE id = @id`,
  ).run({ m: PURGED_MARKER, now: t.now, id: d.id });
  // The update trigger re-indexed the row with the markers; that entry goes too, so the purged
  // request is found by nothing it once held.
  // The name's folded spellings and family-name sort key go with it (the key sorts purged requests
  // together under the marker).
  db.prepare(`INSERT INTO requests_fts (requests_fts, rowid, ref, name, email, customer_id, name_folded) VALUES ('delete', ?, ?, ?, ?, NULL, '')`).run(d.id, row.ref, PURGED_MARKER, PURGED_MARKER);
  const events = db.prepare('SELECT id, code, params FROM request_events WHERE request_id = ?').all(d.id) as Array<{ id: number; code: string | null; params: string | null }>;
  const setEvent = db.prepare('UPDATE request_events SET text = ?, params = ? WHERE id = ?');
  for (const e of events) setEvent.run(PURGED_MARKER, scrubParams(e.code, e.params), e.id);
  db.prepare(`UPDATE files SET filename = ? WHERE owner_kind = 'request' AND owner_id = ?`).run(PURGED_MARKER, d.id);
  // What a letter recorded for the workflow (an extension notice's reasons) is free text too.
  db.prepare(`UPDATE letters SET params = '{}' WHERE request_id = ?`).run(d.id);
  // A hold that has ended: its reason is free text too.
  db.prepare('DELETE FROM request_holds WHERE request_id = ?').run(d.id);
  return eraseDetails(db, detailSeqs(db, 'request', d.ref));
}

export interface PurgeOptions {
  deleteOldBackups: boolean;
  /**
   * Called before the first batch and after each (progress). As a job it may throw to cancel:
   * with `whole`, everything the purge did is then rolled back.
   */
  onBatch?: (done: number, total: number) => void;
  /**
   * All batches in one transaction (each batch a savepoint with its audit event): a cancel leaves
   * everything as it was. The purge job runs so, on its own connection in a worker, where a long
   * write lock blocks no window; the CLI commits batch by batch and is continued by its next run.
   */
  whole?: boolean;
}

/** One thing the purge erases, in the order the batches take them. */
type Unit = { request: DueRequest } | { record: DueRecord } | { pack: DuePack };

export function runPurge(store: Store, actor: string, rules: RetentionRules, today: string, options: PurgeOptions): RetentionPurgeResult {
  const p = plan(store.db, rules, today);
  const preview = previewOf(store, p, rules, today);
  // Packs last: they go because of the breaches before them.
  const units: Unit[] = [...p.requests.due.map((request) => ({ request })), ...p.records.map((record) => ({ record })), ...p.packs.map((pack) => ({ pack }))];
  const result: RetentionPurgeResult = { done: true, preview, requests: 0, disclosures: 0, breaches: 0, reports: 0, files: 0, bytes: 0, auditDetails: 0, batches: 0, backupsDeleted: 0 };
  const batch = (slice: Unit[], last: boolean) =>
    store.tx(actor, 'retention.purge', (t) => {
      // References and counts only: the purge's own record names nothing it erased.
      const names = { requests: [] as string[], filesOf: [] as string[], disclosures: [] as string[], breaches: [] as string[], reports: [] as string[], recipients: [] as string[] };
      let files = 0;
      let bytes = 0;
      let details = 0;
      for (const u of slice) {
        if ('request' in u) {
          const d = u.request;
          purgeFiles(t, d.fileIds, PURGED_MARKER, 'retention period ended');
          files += d.fileIds.length;
          bytes += d.bytes;
          if (d.requestDue) {
            details += pseudonymise(t, d);
            names.requests.push(d.ref);
          } else names.filesOf.push(d.ref);
        } else if ('record' in u) {
          details += pseudonymiseRecord(t, u.record);
          files += u.record.fileIds.length;
          bytes += u.record.bytes;
          names[u.record.kind].push(u.record.ref);
        } else {
          purgeFiles(t, [u.pack.fileId], PURGED_MARKER, 'retention period ended: it copied a purged breach');
          files++;
          bytes += u.pack.bytes;
          names.reports.push(u.pack.id);
        }
      }
      // Directory entries whose every disclosure is now purged lose their contact too.
      if (last)
        for (const r of recipientsToPurge(t.db)) {
          details += pseudonymiseRecipient(t, r);
          names.recipients.push(r.publicId);
        }
      t.audit({ entityType: 'retention', entityId: null, summary: { purged: { ...names, files, bytes, auditDetailsErased: details, today } } });
      result.requests += names.requests.length;
      result.disclosures += names.disclosures.length;
      result.breaches += names.breaches.length;
      result.reports += names.reports.length;
      result.files += files;
      result.bytes += bytes;
      result.auditDetails += details;
      result.batches++;
    });
  const batches = () => {
    options.onBatch?.(0, units.length);
    for (let i = 0; i < units.length; i += PURGE_BATCH) {
      batch(units.slice(i, i + PURGE_BATCH), i + PURGE_BATCH >= units.length);
      options.onBatch?.(Math.min(i + PURGE_BATCH, units.length), units.length);
    }
    // A purge interrupted after its last disclosure batch leaves directory entries to settle.
    if (!units.length && recipientsToPurge(store.db).length) batch([], true);
  };
  // Nested in the outer transaction, each store.tx becomes a savepoint (better-sqlite3).
  if (options.whole) store.db.transaction(batches).immediate();
  else batches();
  if (result.batches) settleErasure(store.db);
  if (options.deleteOldBackups) {
    const old = oldBackups(store.dataDir, rules, today);
    if (old.length) {
      for (const f of old) removeBackup(f);
      store.tx(actor, 'retention.deleteOldBackups', (t) =>
        t.audit({ entityType: 'backup', entityId: null, summary: { deleted: old.map((f) => f.split(/[\\/]/).pop()) } }),
      );
      result.backupsDeleted = old.length;
    }
  }
  return result;
}

/**
 * secure_delete (store/database.ts) zeroes what the purge deleted or overwrote in the database
 * file, and the search index deletes its entries in place (FTS5 secure-delete, migration 0011);
 * older page images still in the WAL go with a truncating checkpoint. No VACUUM is needed: the
 * proof tests read every decrypted page of the file, free pages included.
 *
 * One more copy is easy to miss: SQLite's query planner statistics (sqlite_stat4, written by the
 * `PRAGMA optimize` every open runs) keep sample keys of each index, a subject's e-mail address or
 * customer number among them. Each analysed table is analysed again, which replaces its samples
 * with keys from the rows as they are now (purged rows hold the marker).
 */
function settleErasure(db: Db): void {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").get()) {
    const tables = db.prepare('SELECT DISTINCT tbl FROM sqlite_stat4').pluck().all() as string[];
    for (const table of tables) db.exec(`ANALYZE "${table.replace(/"/g, '""')}"`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}
