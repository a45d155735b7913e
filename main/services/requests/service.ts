// The request capability's entry point: one object per call, over the unlocked store. Handlers
// (main/services/handlers.ts) call these methods; the CLI goes through the same dispatch.
import { bumpVersion } from '../../store/versioned';
import type { z } from 'zod';
import type { Store } from '../../store/store';
import { readSettings } from '../../store/settings-repo';
import { requestCreateInput } from '../../../shared/model/request';
import type { Settings } from '../../../shared/model/settings';
import type {
  Art19Listing,
  AttachmentContent,
  AttachmentInfo,
  CreatedRequest,
  CsvExport,
  DashboardData,
  DueReminder,
  EmlDraft,
  ImportPreview,
  ImportResult,
  RequestCreate,
  RequestDetail,
  RequestListQuery,
  RequestListResult,
  RequestTransition,
  attachmentDeleteInput,
  attachmentRefInput,
  requestAddNoteInput,
  requestAttachInput,
  requestFilterSchema,
  requestImportEmlInput,
  requestImportInput,
  requestImportPreviewInput,
  requestParseEmlInput,
} from '../../../shared/model/request';
import { deleteAttachment, fromUpload, insertAttachment, requestOwner, toAttachmentInfo } from './attachments';
import { decodeBase64, readFile } from '../../store/file-store';
import { insertRequest, resolveCreate } from './create';
import { art19Listing, buildDetail } from './detail';
import { dashboard } from './dashboard';
import { parseEml } from './eml';
import { RequestInputError } from './errors';
import { previewImport, runImport } from './import-csv';
import { exportCsv, listRequests } from './list';
import type { RecipientSource } from './recipients';
import { disclosureRecipients } from '../disclosures/art19';
import { dueReminders } from './reminders';
import { requireRow } from './repo';
import { applyTransition } from './transitions';
import { addNote } from './notes';
import { todayIn } from './today';

export interface RequestServiceOptions {
  clock?: () => Date;
  recipients?: RecipientSource;
}

export class RequestService {
  private readonly clock: () => Date;
  private readonly recipients: RecipientSource;

  constructor(
    private readonly store: Store,
    options: RequestServiceOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.recipients = options.recipients ?? disclosureRecipients;
  }

  private settings(): Settings {
    return readSettings(this.store.db);
  }

  /** Today in the organisation's time zone: receipt dates and deadlines are local dates. */
  private now(settings: Settings): string {
    return todayIn(this.clock(), settings.timeZone);
  }

  detail(ref: string): RequestDetail {
    const s = this.settings();
    return buildDetail(this.store.db, requireRow(this.store.db, ref), s, this.now(s), this.recipients);
  }

  create(input: RequestCreate, actor: string): CreatedRequest {
    const s = this.settings();
    const today = this.now(s);
    const resolved = resolveCreate(input, s, today);
    const files = (input.attachments ?? []).map(fromUpload);
    const { ref } = this.store.tx(actor, 'request.create', (t) => insertRequest(t, resolved, s, today, actor, { attachments: files }));
    const d = this.detail(ref);
    return {
      ...d,
      duplicateWarning: d.possibleDuplicates.length
        ? `Possible duplicate: ${d.possibleDuplicates.map((p) => p.ref).join(', ')} came from the same e-mail address or customer number within 30 days.`
        : null,
    };
  }

  list(q: RequestListQuery): RequestListResult {
    return listRequests(this.store.db, q, this.now(this.settings()));
  }

  transition(input: RequestTransition, actor: string): RequestDetail {
    const s = this.settings();
    applyTransition({ store: this.store, settings: s, today: this.now(s), actor, recipients: this.recipients }, input);
    return this.detail(input.ref);
  }

  addNote(input: z.output<typeof requestAddNoteInput>, actor: string): RequestDetail {
    const s = this.settings();
    addNote(this.store, input, actor, this.now(s));
    return this.detail(input.ref);
  }

  attach(input: z.output<typeof requestAttachInput>, actor: string): RequestDetail {
    const file = fromUpload(input);
    this.store.tx(actor, 'request.attach', (t) => {
      const row = requireRow(t.db, input.ref);
      insertAttachment(t, requestOwner(row), file, actor, input.note);
      bumpVersion(t.db, 'requests', row.id, t.now);
    });
    return this.detail(input.ref);
  }

  attachmentGet(input: z.output<typeof attachmentRefInput>): AttachmentContent {
    const row = requireRow(this.store.db, input.ref);
    return readFile(this.store.db, requestOwner(row), input.attachmentId);
  }

  attachmentDelete(input: z.output<typeof attachmentDeleteInput>, actor: string): AttachmentInfo {
    return this.store.tx(actor, 'request.attachmentDelete', (t) => {
      const row = requireRow(t.db, input.ref);
      const a = deleteAttachment(t, requestOwner(row), input.attachmentId, input.reason, actor);
      bumpVersion(t.db, 'requests', row.id, t.now);
      return toAttachmentInfo(a, row.verified_on !== null);
    });
  }

  art19Recipients(ref: string): Art19Listing {
    return art19Listing(this.store.db, requireRow(this.store.db, ref), this.recipients);
  }

  importPreview(input: z.output<typeof requestImportPreviewInput>): ImportPreview {
    const s = this.settings();
    return previewImport(input, s, this.now(s));
  }

  import(input: z.output<typeof requestImportInput>, actor: string, afterRow?: (i: number, total: number) => void): ImportResult {
    const s = this.settings();
    return runImport(this.store, actor, input, s, this.now(s), afterRow);
  }

  async parseEml(input: z.output<typeof requestParseEmlInput>): Promise<EmlDraft> {
    return parseEml(decodeBase64(input.base64), this.settings().timeZone, this.clock());
  }

  /** Creates the request from the message and keeps the original as an attachment. */
  async importEml(input: z.output<typeof requestImportEmlInput>, actor: string): Promise<CreatedRequest> {
    const draft = await this.parseEml(input);
    if (!draft.email) throw new RequestInputError({ base64: ['The message has no sender address; create the request by hand.'] });
    const types = input.types ?? draft.suggestedTypes;
    if (!types.length) throw new RequestInputError({ types: ['Nothing in the message says which right is asked for; choose the request type.'] });
    return this.create(
      requestCreateInput.parse({
        types,
        requester: { name: draft.name, email: draft.email, relation: 'self' },
        channel: 'email',
        mailbox: draft.mailbox,
        receivedDate: draft.receivedDate,
        receivedTime: draft.receivedTime,
        description: draft.description || null,
        attachments: [{ filename: input.filename, mimeType: 'message/rfc822', base64: input.base64, kind: 'original-email', deleteAfterVerification: false }],
      }),
      actor,
    );
  }

  dashboard(): DashboardData {
    return dashboard(this.store.db, this.now(this.settings()));
  }

  exportCsv(filter: z.output<typeof requestFilterSchema>): CsvExport {
    return exportCsv(this.store.db, filter, this.now(this.settings()));
  }

  dueReminders(peek: boolean, actor: string): DueReminder[] {
    return dueReminders(this.store, actor, this.now(this.settings()), peek);
  }
}
