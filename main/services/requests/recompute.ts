// Stored deadlines are derived data written with the rules version that produced them. When the
// rules change, open requests are recomputed once, by the step the migration runner runs after the
// last migration (in its own transaction); closed ones keep the dates they were handled under, so
// history is not rewritten.
import type { TimelineEvent } from '../../../shared/model/timeline';
import type { Db } from '../../store/database';
import { appendAuditEvent } from '../../store/audit-chain';
import { registerMigrationStep } from '../../store/migration-steps';
import { RECOMPUTE_DEADLINES } from '../../store/migrations';
import { readSettings } from '../../store/settings-repo';
import { bumpVersion } from '../../store/versioned';
import { RULES_VERSION } from '../../../shared/deadlines';
import { WorkbenchError } from '../../../shared/errors';
import { OPEN_STATUSES } from '../../../shared/model/request';
import { deadlineFor, storeDeadline } from './deadline';
import { insertEvent, pausesOf, stmt } from './repo';
import { todayIn } from './today';

interface StaleRow {
  id: number;
  ref: string;
  regime: string;
  country: string | null;
  received_date: string;
  extension_notice_on: string | null;
  effective_due: string;
  rules_version: string;
}

/** Who the audit trail and timeline name for a change the app made itself. */
export const SYSTEM_ACTOR = 'system';

/**
 * Recomputes every open request whose deadline was stored by other rules. A request whose binding
 * date moves gets a timeline entry saying from what to what and why (the rules version), and the
 * whole step records one audit event. Returns how many binding dates moved.
 */
export function recomputeStaleDeadlines(db: Db, now: Date = new Date()): number {
  const settings = readSettings(db);
  const today = todayIn(now, settings.timeZone);
  const at = now.toISOString();
  const placeholders = OPEN_STATUSES.map(() => '?').join(', ');
  const rows = stmt(
    db,
    `SELECT id, ref, regime, country, received_date, extension_notice_on, effective_due, rules_version FROM requests
     WHERE rules_version <> ? AND status IN (${placeholders})`,
  ).all(RULES_VERSION, ...OPEN_STATUSES) as StaleRow[];
  if (rows.length === 0) return 0;
  const moved: string[] = [];
  const failed: string[] = [];
  /** The request's timeline says what the new rules did to it, as the app, today. */
  const note = (requestId: number, event: TimelineEvent) =>
    insertEvent(db, { requestId, at, on: today, kind: 'action', action: 'deadline-recomputed', actor: SYSTEM_ACTOR, event });
  for (const row of rows) {
    let d;
    try {
      d = deadlineFor(
        { regime: row.regime, country: row.country, received: row.received_date, pauses: pausesOf(db, row.id), extensionNoticeSentOn: row.extension_notice_on },
        settings,
        today,
        { noticeOnRecord: true },
      );
    } catch (err) {
      // Stored data the engine refuses (a notice late under the new rules only warns, see
      // noticeOnRecord). The workbench must still open: the stored dates stay, the request says
      // why, and the DPO decides.
      if (!(err instanceof WorkbenchError)) throw err;
      failed.push(row.ref);
      note(row.id, { code: 'deadline-recompute-failed', newRules: RULES_VERSION, problem: err.message });
      continue;
    }
    storeDeadline(db, row.id, d);
    if (d.effectiveDue === row.effective_due) continue;
    moved.push(row.ref);
    bumpVersion(db, 'requests', row.id, at);
    note(row.id, { code: 'deadline-recomputed', oldDue: row.effective_due, newDue: d.effectiveDue, oldRules: row.rules_version, newRules: d.rulesVersion });
  }
  appendAuditEvent(db, SYSTEM_ACTOR, 'deadline.recompute', at, {
    entityType: 'request',
    entityId: null,
    summary: {
      event: 'deadlines recomputed with new rules',
      rulesVersion: RULES_VERSION,
      recomputed: rows.length - failed.length,
      moved: moved.length,
      refs: moved,
      notRecomputed: failed,
    },
  });
  return moved.length;
}

registerMigrationStep(RECOMPUTE_DEADLINES.name, (db) => void recomputeStaleDeadlines(db));
