// The breach register's entry point: one object per call over the unlocked store. Every write is
// one transaction with its audit event (store.tx); instants typed without a zone are read in the
// organisation's time zone (Settings), and the clock is read once per call.
import type { Store } from '../../store/store';
import { readSettings } from '../../store/settings-repo';
import { readFile } from '../../store/file-store';
import type { FileContent } from '../../../shared/model/files';
import type {
  BreachAdd,
  BreachAlert,
  BreachAsOf,
  BreachCorrect,
  BreachCsv,
  BreachDetail,
  BreachFilters,
  BreachFollowUp,
  BreachListQuery,
  BreachListResult,
  BreachNotify,
  BreachFileKind,
} from '../../../shared/model/breach';
import { breachClock } from '../../../shared/breaches/clock';
import { todayIn } from '../requests/today';
import { addBreach, addFollowUp, attachFile, correctBreach, notifyBreach, type Frame } from './record';
import { breachOwner, buildDetail, requireBreach } from './repo';
import { breachCsv, listBreaches, openClockRows } from './list';
import { registerAsOf, registerAsOfDate } from './as-of';

export class BreachService {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    options: { clock?: () => Date } = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  private frame(): Frame {
    return { zone: readSettings(this.store.db).timeZone, now: this.clock() };
  }

  get(id: string): BreachDetail {
    return buildDetail(this.store.db, requireBreach(this.store.db, id), this.clock());
  }

  add(input: BreachAdd, actor: string): BreachDetail {
    const frame = this.frame();
    const { publicId } = this.store.tx(actor, 'breach.add', (t) => addBreach(t, input, frame, actor));
    return this.get(publicId);
  }

  correct(input: BreachCorrect, actor: string): BreachDetail {
    const frame = this.frame();
    return this.get(this.store.tx(actor, 'breach.correct', (t) => correctBreach(t, input, frame, actor)));
  }

  notify(input: BreachNotify, actor: string): BreachDetail {
    const frame = this.frame();
    return this.get(this.store.tx(actor, 'breach.notify', (t) => notifyBreach(t, input, frame, actor)));
  }

  followUp(input: BreachFollowUp, actor: string): BreachDetail {
    const frame = this.frame();
    return this.get(this.store.tx(actor, 'breach.followUp', (t) => addFollowUp(t, input, frame, actor)));
  }

  attach(input: { id: string; filename: string; mimeType?: string; base64: string; purpose: BreachFileKind }, actor: string): BreachDetail {
    return this.get(this.store.tx(actor, 'breach.attach', (t) => attachFile(t, input, actor)));
  }

  list(q: BreachListQuery): BreachListResult {
    return listBreaches(this.store.db, q, this.clock());
  }

  /**
   * As it stood at the end of local day `date` in the organisation's zone (versions recorded
   * before the next midnight), or at instant `at` (inclusive).
   */
  asOf(q: { date?: string | undefined; at?: string | undefined }): BreachAsOf {
    if (q.at) {
      const ms = Date.parse(q.at);
      return registerAsOf(this.store.db, new Date(ms + 1).toISOString(), new Date(ms).toISOString(), null);
    }
    return registerAsOfDate(this.store.db, q.date!, readSettings(this.store.db).timeZone);
  }

  exportCsv(f: BreachFilters): BreachCsv {
    const now = this.clock();
    return breachCsv(this.store.db, f, now, todayIn(now, readSettings(this.store.db).timeZone));
  }

  fileGet(input: { id: string; fileId: number }): FileContent {
    return readFile(this.store.db, breachOwner(requireBreach(this.store.db, input.id)), input.fileId);
  }

  /** Clocks with a day or less left, or past: the dashboard shows them (GDPR Art. 33(1)). */
  alerts(): BreachAlert[] {
    const now = this.clock();
    const out: BreachAlert[] = [];
    for (const r of openClockRows(this.store.db)) {
      const c = breachClock({ awareAt: r.aware_at, role: r.role, risk: r.risk, notifiedAt: r.notified_at }, now);
      if (c.alert && c.hoursLeft !== null) out.push({ id: r.public_id, ref: r.ref, title: r.title, alert: c.alert, deadline: c.deadline, hoursLeft: c.hoursLeft });
    }
    return out;
  }
}
