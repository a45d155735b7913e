// `dpo check` and Settings → "Check the database": reads every page of the open database and
// checks everything that can silently go wrong below the app. Run on demand and before every
// backup, so a damaged database is never copied over a good backup. Reading is not enough by
// itself: SQLite decrypts and authenticates (HMAC) a page only when something reads it, so a
// flipped byte in a page the screens never touch stays hidden until this walk reaches it.
import type { StoreCheck, StoreCheckName, StoreCheckProblem } from '../../shared/model/check';
import { WorkbenchError } from '../../shared/errors';
import { headProblem, verifyAuditChain } from '../store/audit-chain';
import { integrityCheck } from '../store/database';
import { dbPath } from '../store/files';
import type { Store } from '../store/store';
import { checkWal } from '../store/wal-check';
import type { FeatureHandlers } from '../../shared/handlers';
import type { storeOps } from '../../shared/ops/store';
import type { Session } from './session';
import { verifyFileHashes } from '../store/file-store';

const MAX_LISTED = 10;

export const CHECK_ADVICE =
  'Restore the newest backup that passes its check (dpo restore FILE, or the restore screen of the app); the damaged file is kept aside by the restore.';

export function checkStore(store: Store, now: Date = new Date()): StoreCheck {
  const file = dbPath(store.dataDir);
  const problems: StoreCheckProblem[] = [];
  /** Runs one check; a read that fails (SQLITE_CORRUPT, a page that does not authenticate) is a finding, not a crash. */
  const step = <T>(check: StoreCheckName, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      problems.push({ check, message: `could not be completed: ${err instanceof Error ? err.message : String(err)}` });
      return fallback;
    }
  };
  const db = store.db;

  // dbstat walks every b-tree (tables, indexes, overflow chains) and reads each page through
  // the cipher, which authenticates it. Pages on neither a b-tree nor the freelist are
  // reported by integrity_check ("never used").
  const pages = step('pages', () => (db.prepare('SELECT count(*) AS n FROM dbstat').get() as { n: number }).n, 0);

  step('integrity', () => {
    const rows = integrityCheck(db);
    if (rows.join() !== 'ok') for (const r of rows.slice(0, MAX_LISTED)) problems.push({ check: 'integrity', message: r });
  }, undefined);

  step('foreignKeys', () => {
    const rows = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
    const byTable = new Map<string, number>();
    for (const r of rows) byTable.set(`${r.table} → ${r.parent}`, (byTable.get(`${r.table} → ${r.parent}`) ?? 0) + 1);
    for (const [pair, n] of byTable) problems.push({ check: 'foreignKeys', message: `${n} row(s) of ${pair.replace(' → ', ' refer to missing rows of ')}` });
  }, undefined);

  const audit = step('audit', () => verifyAuditChain(db, store.dataDir), null);
  if (audit && !audit.ok) problems.push({ check: 'audit', message: `audit trail broken: ${audit.problem}` });

  step('head', () => {
    const head = headProblem(db, store.dataDir);
    if (head) problems.push({ check: 'head', message: `the database ${head.detail}` });
  }, undefined);

  const files = step('files', () => verifyFileHashes(db), { checked: 0, mismatched: [] });
  if (files.mismatched.length) {
    problems.push({ check: 'files', message: `${files.mismatched.length} stored file(s) no longer match their SHA-256 (attachment id ${files.mismatched.slice(0, MAX_LISTED).join(', ')})` });
  }

  const wal = checkWal(`${file}-wal`);
  if (wal.problem) problems.push({ check: 'wal', message: wal.problem });

  const ok = problems.length === 0;
  return {
    ok,
    file,
    checkedAt: now.toISOString(),
    pages,
    auditEvents: audit?.events ?? 0,
    files: files.checked,
    auditHead: step('audit', () => store.head(), { seq: 0, hash: '' }),
    problems,
    advice: ok ? null : `${file}: ${CHECK_ADVICE}`,
  };
}

/** A backup is refused, and nothing rotated out, when the database it would copy fails its check. */
export class CheckFailedError extends WorkbenchError {
  constructor(check: StoreCheck, what: string) {
    const first = check.problems[0];
    super(
      'DATABASE_DAMAGED',
      `The database ${check.file} fails its check (${check.problems.length} problem(s); first: ${first?.check}: ${first?.message}), so ${what}. ${CHECK_ADVICE}`,
    );
  }
}

export function storeHandlers(session: Session): FeatureHandlers<typeof storeOps> {
  return {
    'store.check': () => checkStore(session.requireStore()),
  };
}
