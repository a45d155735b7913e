// The processing-records capability's entry point: one object per call over the unlocked store.
// Every write is one transaction with its audit event (store.tx).
import type { Store } from '../../store/store';
import { readSettings } from '../../store/settings-repo';
import { addMonthsClamped } from '../../../shared/dates/iso';
import type {
  ActivityContent,
  CoveringActivities,
  ExampleLoaded,
  ProcessingAsOf,
  ProcessingCsv,
  ProcessingDetail,
  ProcessingEdit,
  ProcessingListQuery,
  ProcessingListResult,
  RecordKind,
  ReviewReminder,
  SubjectKind,
} from '../../../shared/model/processing';
import { todayIn } from '../requests/today';
import { addActivity, deleteActivity, editActivity, markReviewed } from './record';
import { buildDetail, requireActivity, toSummary, type ActivityRow } from './repo';
import { listActivities } from './list';
import { activitiesAsOf, coveringActivities } from './as-of';
import { processingCsv } from './csv';
import { EXAMPLE_ACTIVITIES } from './example-record';
import { ProcessingInputError } from './errors';
import { stmt } from '../../store/statements';

export class ProcessingService {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    options: { clock?: () => Date } = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  private settings() {
    return readSettings(this.store.db);
  }

  /** Today in the organisation's time zone: review dates and "as of" dates are local dates. */
  private today(): string {
    return todayIn(this.clock(), this.settings().timeZone);
  }

  /** A last review on or before this date is due again (setting processingReviewMonths, 12 by default). */
  private reviewCutoff(): string {
    return addMonthsClamped(this.today(), -this.settings().processingReviewMonths);
  }

  /** A review is of something done: a date still to come is a typing error. */
  private notAhead(date: string | null | undefined, field: string): void {
    if (date && date > this.today()) throw new ProcessingInputError({ [field]: [`${date} is still to come; record a review once it has happened.`] });
  }

  get(id: string): ProcessingDetail {
    return buildDetail(this.store.db, requireActivity(this.store.db, id), this.reviewCutoff());
  }

  add(content: ActivityContent, actor: string): ProcessingDetail {
    this.notAhead(content.lastReviewedOn, 'lastReviewedOn');
    const { publicId } = this.store.tx(actor, 'processing.add', (t) => addActivity(t, content, actor));
    return this.get(publicId);
  }

  edit(input: ProcessingEdit, actor: string): ProcessingDetail {
    this.notAhead(input.content.lastReviewedOn, 'content.lastReviewedOn');
    this.store.tx(actor, 'processing.edit', (t) => editActivity(t, input, actor));
    return this.get(input.id);
  }

  reviewed(input: { id: string; expectedVersion?: number; on: string }, actor: string): ProcessingDetail {
    this.notAhead(input.on, 'on');
    this.store.tx(actor, 'processing.reviewed', (t) => markReviewed(t, input, actor));
    return this.get(input.id);
  }

  delete(input: { id: string; expectedVersion?: number; reason: string }, actor: string): ProcessingDetail {
    this.store.tx(actor, 'processing.delete', (t) => deleteActivity(t, input, actor));
    return this.get(input.id);
  }

  list(q: ProcessingListQuery): ProcessingListResult {
    return listActivities(this.store.db, q, this.reviewCutoff());
  }

  /** The whole record (controller and processor) as it stood at the end of `date` (default today). */
  asOf(date: string | undefined): ProcessingAsOf {
    return activitiesAsOf(this.store.db, date ?? this.today(), this.settings().timeZone);
  }

  /** The controller activities that cover a data subject of this kind (for an access response). */
  covering(subjectKind: SubjectKind, asOf: string | undefined): CoveringActivities {
    return coveringActivities(this.store.db, subjectKind, asOf ?? this.today(), this.settings().timeZone);
  }

  /** Activities not reviewed within the review interval, the longest overdue first. */
  reviewDue(): ReviewReminder[] {
    const months = this.settings().processingReviewMonths;
    const cutoff = this.reviewCutoff();
    const rows = stmt(
      this.store.db,
      `SELECT * FROM processing_activities WHERE deleted_at IS NULL AND (last_reviewed_on IS NULL OR last_reviewed_on <= ?) ORDER BY coalesce(last_reviewed_on, ''), ref`,
    ).all(cutoff) as ActivityRow[];
    return rows.map((r) => {
      const s = toSummary(r, cutoff);
      return { id: s.id, ref: s.ref, name: s.name, kind: s.kind, lastReviewedOn: s.lastReviewedOn, dueSince: s.lastReviewedOn ? addMonthsClamped(s.lastReviewedOn, months) : null };
    });
  }

  csv(q: { kind?: RecordKind; date?: string }): ProcessingCsv {
    const record = this.asOf(q.date);
    return processingCsv(record, q.kind);
  }

  /**
   * Loads the example record (from the organisation's privacy policy) on the DPO's request. Each
   * activity is loaded once: one the DPO edited or deleted is left as it is.
   */
  loadExample(actor: string): ExampleLoaded {
    return this.store.tx(actor, 'processing.loadExample', (t) => {
      let added = 0;
      let skipped = 0;
      for (const a of EXAMPLE_ACTIVITIES) {
        if (stmt(t.db, 'SELECT 1 FROM processing_activities WHERE example_key = ?').get(a.key)) {
          skipped++;
          continue;
        }
        addActivity(t, { ...a.content, toComplete: a.silent }, actor, a.key);
        added++;
      }
      if (!added) t.audit({ entityType: 'processing-activity', entityId: 'example', summary: { exampleAlreadyLoaded: { skipped } } });
      return { added, skipped };
    });
  }
}
