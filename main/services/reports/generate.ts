// One way every report is made: inside one transaction, read what it prints, lay the PDF out
// straight into the file store (in pieces, hashed on the way), record the report and its audit
// event; after the commit, remember the audit-trail head it printed as a checkpoint. A throw
// anywhere (a cancel between rows, a failure) rolls everything back: no file, no row.
import { auditHead } from '../../store/audit-chain';
import { recordCheckpoint } from '../../store/checkpoints';
import { insertStreamedFile, type FileOwner } from '../../store/file-store';
import { newPublicId } from '../../store/public-id';
import { readSettings } from '../../store/settings-repo';
import { stmt } from '../../store/statements';
import type { Store } from '../../store/store';
import type { Db } from '../../store/database';
import { PdfDocument } from '../../pdf/document';
import { CATALOGS, LOCALES, type Catalog, type Language } from '../../../shared/i18n';
import type { Settings } from '../../../shared/model/settings';
import type { GeneratedFileKind } from '../../../shared/model/files';
import type { AuditHead, ReportInfo, ReportKind } from '../../../shared/model/report';
import { formatDay } from '../../../shared/dates/format';
import { todayIn } from '../requests/today';
import { reportById } from './list';

/** Reports progress; throws JobCancelledError once the caller cancelled (job-context.ts). */
export type Step = (done: number, total: number) => void;

/** What a report kind hands the generator once it has read its input. */
export interface ReportPlan {
  kind: ReportKind;
  fileKind: GeneratedFileKind;
  filename: string;
  title: string;
  subject: string;
  requestId: number | null;
  requestRef: string | null;
  from: string | null;
  to: string | null;
  /** The file's owner; default the report record itself (owner kind 'report'). */
  owner?: FileOwner;
  /** Lays out the body; `head` is the audit-trail head the report prints. */
  layout(pdf: PdfDocument, head: AuditHead, step: Step): void;
}

/** What every report kind gets to plan with. */
export interface ReportEnv {
  db: Db;
  dataDir: string;
  settings: Settings;
  lang: Language;
  locale: string;
  w: Catalog;
  now: Date;
  today: string;
  /** "Sun 6 Dec 2026 08:00 (Europe/Amsterdam)": the moment, in the organisation's zone. */
  generatedAt: string;
  organisation: string;
}

function timeIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
}

export function reportEnv(db: Db, dataDir: string, lang: Language | undefined, now: Date): ReportEnv {
  const settings = readSettings(db);
  const language = lang ?? settings.language;
  const locale = LOCALES[language];
  const w = CATALOGS[language];
  const today = todayIn(now, settings.timeZone);
  return {
    db,
    dataDir,
    settings,
    lang: language,
    locale,
    w,
    now,
    today,
    generatedAt: `${formatDay(today, { locale })} ${timeIn(now, settings.timeZone)} (${settings.timeZone})`,
    organisation: settings.organisationName || w.reports.pdf.noOrganisation,
  };
}

/**
 * Generates a report of `plan`'s making and returns its record. `plan` runs inside the
 * transaction (its refusals, e.g. an unknown request, leave nothing behind).
 */
export function generateReport(store: Store, actor: string, lang: Language | undefined, plan: (env: ReportEnv) => ReportPlan, step: Step): ReportInfo {
  const done = store.tx(actor, 'report.generate', (t) => {
    const head = auditHead(t.db);
    const env = reportEnv(t.db, store.dataDir, lang, new Date(t.now));
    const p = plan(env);
    // The writing connection holds the write lock, so the next id is this one.
    const id = (stmt(t.db, 'SELECT coalesce(max(id), 0) + 1 AS id FROM reports').get() as { id: number }).id;
    const publicId = newPublicId();
    const owner: FileOwner = p.owner ?? { kind: 'report', id, ref: publicId };
    const { file, result } = insertStreamedFile(t, owner, { filename: p.filename, mimeType: 'application/pdf', kind: p.fileKind, deleteAfter: null }, actor, (sink) => {
      const pdf = new PdfDocument(
        {
          meta: { title: p.title, subject: p.subject, author: env.organisation, lang: env.locale, createdAt: env.now, keywords: p.kind },
          footer: { text: env.w.reports.pdf.footer(env.organisation, env.generatedAt), page: env.w.reports.pdf.page, of: env.w.reports.pdf.of },
        },
        sink,
      );
      p.layout(pdf, head, step);
      return pdf.finish();
    });
    stmt(
      t.db,
      `INSERT INTO reports (id, public_id, kind, request_id, period_from, period_to, lang, file_id, pages, audit_seq, audit_hash, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, publicId, p.kind, p.requestId, p.from, p.to, env.lang, file.id, result.pages, head.seq, head.hash, t.now, actor);
    // Ids, counts and hashes only: never a name (the case file's subject stays out of the trail).
    t.audit({
      entityType: 'report',
      entityId: publicId,
      summary: { report: { kind: p.kind, request: p.requestRef, from: p.from, to: p.to, pages: result.pages, sha256: result.sha256, auditHead: head.seq } },
    });
    return { id, head, kind: p.kind };
  });
  // Only a committed report's head is remembered: a cancelled one printed nothing anyone holds.
  recordCheckpoint(store.dataDir, { seq: done.head.seq, hash: done.head.hash, at: new Date().toISOString(), purpose: done.kind });
  return reportById(store.db, done.id);
}
