// The disclosures capability's entry point: one object per call over the unlocked store. Every
// write is one transaction with its audit event (store.tx); reads use the current versions.
import type { z } from 'zod';
import type { Store } from '../../store/store';
import { readSettings } from '../../store/settings-repo';
import { readFile } from '../../store/file-store';
import type { FileContent } from '../../../shared/model/files';
import type {
  DisclosureAdd,
  DisclosureCorrect,
  DisclosureDetail,
  DisclosureListQuery,
  DisclosureListResult,
  DisclosureStats,
  Recipient,
  RecipientCorrect,
  RecipientDetail,
  SecrecyReminder,
  StatsCsv,
  SubjectDisclosures,
  art19NoticeInput,
  disclosureFileInput,
  periodInput,
  subjectQueryInput,
} from '../../../shared/model/disclosure';
import { todayIn } from '../requests/today';
import { requireRow } from '../requests/repo';
import { addDisclosure, correctDisclosure } from './record';
import { buildDetail, disclosureOwner, requireDisclosure } from './repo';
import { listDisclosures } from './list';
import { listRecipients, recipientVersions, requireRecipientEntry, toRecipient } from './recipients-repo';
import { correctRecipient } from './recipient-correct';
import { stmt } from '../../store/statements';
import { subjectView } from './subject-view';
import { disclosureStats, statsCsv } from './stats';
import { recordArt19Notice } from './art19';
import { DisclosureInputError } from './errors';
import { secrecyNotices, secrecyReminders } from './reminders';

export class DisclosureService {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    options: { clock?: () => Date } = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** Today in the organisation's time zone: disclosure dates and secrecy dates are local dates. */
  private today(): string {
    return todayIn(this.clock(), readSettings(this.store.db).timeZone);
  }

  get(id: string): DisclosureDetail {
    return buildDetail(this.store.db, requireDisclosure(this.store.db, id));
  }

  /** Records are of what happened: a date still to come is a typing error, refused by field. */
  private notAhead(c: { date: string; subjectToldOn?: string | null }): void {
    const today = this.today();
    const errors: Record<string, string[]> = {};
    if (c.date > today) errors.date = [`${c.date} is still to come; record a disclosure once it has happened.`];
    if (c.subjectToldOn && c.subjectToldOn > today) errors.subjectToldOn = [`${c.subjectToldOn} is still to come.`];
    if (Object.keys(errors).length) throw new DisclosureInputError(errors);
  }

  add(input: DisclosureAdd, actor: string): DisclosureDetail {
    this.notAhead(input);
    const { publicId } = this.store.tx(actor, 'disclosure.add', (t) => addDisclosure(t, input, actor));
    return this.get(publicId);
  }

  correct(input: DisclosureCorrect, actor: string): DisclosureDetail {
    this.notAhead(input);
    this.store.tx(actor, 'disclosure.correct', (t) => correctDisclosure(t, input, actor));
    return this.get(input.id);
  }

  list(q: DisclosureListQuery): DisclosureListResult {
    return listDisclosures(this.store.db, q, this.today());
  }

  recipients(): Recipient[] {
    return listRecipients(this.store.db);
  }

  recipient(id: string): RecipientDetail {
    const db = this.store.db;
    const row = requireRecipientEntry(db, id);
    const disclosures = (stmt(db, 'SELECT count(*) AS n FROM disclosures WHERE recipient_id = ?').get(row.id) as { n: number }).n;
    return { ...toRecipient(row), versions: recipientVersions(db, row.id), disclosures };
  }

  correctRecipient(input: RecipientCorrect, actor: string): RecipientDetail {
    this.store.tx(actor, 'disclosure.correctRecipient', (t) => correctRecipient(t, input, actor));
    return this.recipient(input.id);
  }

  forSubject(q: z.output<typeof subjectQueryInput>): SubjectDisclosures {
    const db = this.store.db;
    const keys = q.ref
      ? (() => {
          const row = requireRow(db, q.ref);
          return { email: row.email_norm, customerId: row.customer_id, requestId: row.id };
        })()
      : { email: q.email?.toLowerCase() ?? null, customerId: q.customerId ?? null };
    return subjectView(db, keys, this.today());
  }

  stats(q: z.output<typeof periodInput>): DisclosureStats {
    return disclosureStats(this.store.db, q.from ?? null, q.to ?? null);
  }

  statsCsv(q: z.output<typeof periodInput>): StatsCsv {
    return statsCsv(this.stats(q), this.today());
  }

  art19Notice(input: z.output<typeof art19NoticeInput>, actor: string): void {
    this.store.tx(actor, 'disclosure.art19Notice', (t) => recordArt19Notice(t, input));
  }

  fileGet(input: z.output<typeof disclosureFileInput>): FileContent {
    return readFile(this.store.db, disclosureOwner(requireDisclosure(this.store.db, input.id)), input.fileId);
  }

  dueReminders(peek: boolean, actor: string): SecrecyReminder[] {
    return secrecyReminders(this.store, actor, this.today(), peek);
  }

  notices(actor: string): SecrecyReminder[] {
    return secrecyNotices(this.store, actor, this.today());
  }
}
