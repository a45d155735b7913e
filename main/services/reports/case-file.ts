// A request's case file (one request's full story as a PDF): summary, the deadline with its
// working and the other readings, every timeline event, the letters and documents with their
// hashes, the disclosures that concern the subject (those withheld from the subject marked, with
// why), the Art. 19 notifications, and the audit-trail head at generation.
import { formatDay } from '../../../shared/dates/format';
import { explainLines, laterReadingText } from '../../../shared/i18n/explain';
import { timelineText } from '../../../shared/i18n/timeline';
import { formatCount } from '../../../shared/i18n/locales';
import type { AuditHead } from '../../../shared/model/report';
import type { RequestType } from '../../../shared/model/request';
import type { PdfDocument } from '../../pdf/document';
import { table } from '../../pdf/table';
import { buildDetail } from '../requests/detail';
import { requireRow } from '../requests/repo';
import { requestOwner } from '../requests/attachments';
import { disclosureRecipients } from '../disclosures/art19';
import { subjectView } from '../disclosures/subject-view';
import type { ReportEnv, ReportPlan, Step } from './generate';
import { auditHeadSection } from './audit-head';

export function caseFilePlan(env: ReportEnv, ref: string): ReportPlan {
  const { db, w, locale, today } = env;
  const row = requireRow(db, ref);
  const d = buildDetail(db, row, env.settings, today, disclosureRecipients);
  const disclosures = subjectView(db, { email: row.email_norm, customerId: row.customer_id, requestId: row.id }, today);
  const c = w.reports.caseFile;
  const r = w.requests;
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso.slice(0, 10), { locale }) : '—');
  const types = (list: readonly RequestType[]) => list.map((t) => r.typeLabels[t] ?? t).join(', ');
  return {
    kind: 'case-file',
    fileKind: 'case-file',
    // The reference only: the subject's name stays out of file names and metadata.
    filename: `case-file-${d.ref}.pdf`,
    title: c.title(d.ref),
    subject: c.subject,
    requestId: row.id,
    requestRef: d.ref,
    from: null,
    to: null,
    owner: requestOwner(row),
    layout(pdf: PdfDocument, head: AuditHead, step: Step) {
      const total = d.timeline.length + d.attachments.length + disclosures.shown.length + disclosures.withheld.length + 4;
      let done = 0;
      const tick = (n = 1) => step((done += n), total);
      pdf.heading(c.title(d.ref), 1);
      pdf.heading(c.summary, 2);
      pdf.keyValues([
        [c.fields.reference, d.ref],
        [c.fields.types, types(d.types)],
        [c.fields.status, r.statusLabels[d.status] ?? d.status],
        [c.fields.received, `${day(d.received)}${d.receivedTime ? ` ${d.receivedTime}` : ''}`],
        [c.fields.channel, r.channelLabels[d.channel] ?? d.channel],
        [c.fields.regime, `${w.requests.regimeShort[d.regime as keyof typeof w.requests.regimeShort] ?? d.regime}, ${d.country}`],
        [c.fields.requester, d.requester.name],
        [c.fields.email, d.requester.email],
        [c.fields.customerId, d.requester.customerId ?? '—'],
        [c.fields.relation, r.relationLabels[d.requester.relation] ?? d.requester.relation],
        ...(d.requester.onBehalfOf ? [[c.fields.onBehalfOf, d.requester.onBehalfOf] as const] : []),
        [c.fields.verified, d.verification ? `${day(d.verification.on)} (${r.verificationLabels[d.verification.method] ?? d.verification.method}, ${d.verification.by})` : w.reports.pdf.notYet],
        [c.fields.extension, d.extension ? `${day(d.extension.noticeSentOn)}: ${d.extension.reasons}` : '—'],
        [c.fields.answered, d.answeredOn ? day(d.answeredOn) : w.reports.pdf.notYet],
        ...(d.refusal ? [[c.fields.refusal, `${r.refusalGroundLabels[d.refusal.ground] ?? d.refusal.ground}: ${d.refusal.reason}`] as const] : []),
      ]);
      tick();

      const dl = d.deadline;
      pdf.heading(c.deadline, 2);
      pdf.keyValues([
        [c.deadlineFields.due, day(dl.due)],
        [c.deadlineFields.extendedDue, day(dl.extendedDue)],
        [c.deadlineFields.effectiveDue, day(dl.effectiveDue)],
        [c.deadlineFields.internalTarget, day(dl.internalTarget)],
        [c.deadlineFields.pausedDays, formatCount(dl.pausedDays, locale)],
        [c.deadlineFields.rules, dl.rulesVersion],
      ]);
      const lang = { words: w.explain, locale };
      pdf.heading(c.explanation, 3);
      for (const line of explainLines(dl.explanationLines, lang)) pdf.paragraph(line);
      pdf.heading(c.alternatives, 3);
      if (dl.alternatives.length === 0) pdf.paragraph(c.noAlternatives);
      for (const a of dl.alternatives) pdf.paragraph(laterReadingText(a, lang));
      tick();

      pdf.heading(c.timeline, 2);
      table(pdf, {
        columns: [
          { header: c.timelineColumns.when, width: 2.2 },
          { header: c.timelineColumns.direction, width: 2.3 },
          { header: c.timelineColumns.what, width: 6 },
          { header: c.timelineColumns.by, width: 1.6 },
        ],
        // Oldest first: the story in the order it happened.
        rows: [...d.timeline]
          .sort((a, b) => a.id - b.id)
          .map((e) => [day(e.on ?? e.at), c.directions[e.direction] ?? e.direction, e.event ? timelineText(e.event, w, locale) : e.text, e.actor]),
        empty: w.reports.pdf.none,
        onRow: () => tick(),
      });

      pdf.heading(c.files, 2);
      table(pdf, {
        columns: [
          { header: c.filesColumns.name, width: 3.2 },
          { header: c.filesColumns.kind, width: 1.6 },
          { header: c.filesColumns.added, width: 2 },
          { header: c.filesColumns.size, width: 1.2, align: 'right' },
          { header: c.filesColumns.sha256, width: 4.4 },
        ],
        rows: d.attachments.map((f) => [
          f.deletedAt ? `${f.filename} (${c.deleted} ${day(f.deletedAt)})` : f.filename,
          r.attachmentKindLabels[f.kind] ?? f.kind,
          day(f.addedAt),
          `${formatCount(Math.ceil(f.sizeBytes / 1024), locale)} KB`,
          f.sha256,
        ]),
        empty: w.reports.pdf.none,
        onRow: () => tick(),
      });

      pdf.heading(c.disclosures, 2);
      const dw = w.disclosures;
      table(pdf, {
        columns: [
          { header: c.disclosuresColumns.ref, width: 2 },
          { header: c.disclosuresColumns.date, width: 2 },
          { header: c.disclosuresColumns.recipient, width: 3 },
          { header: c.disclosuresColumns.ground, width: 2 },
          { header: c.disclosuresColumns.told, width: 3.5 },
        ],
        rows: [...disclosures.shown, ...disclosures.withheld].map((x) => [
          x.ref,
          day(x.date),
          x.recipient.name,
          dw.grounds[x.ground] ?? x.ground,
          x.withheld
            ? x.withheld.reason === 'secret-until'
              ? dw.subjectView.withheld['secret-until'](day(x.withheld.until), x.withheld.ground ?? '')
              : x.withheld.reason === 'secret'
                ? dw.subjectView.withheld.secret(x.withheld.ground ?? '')
                : dw.subjectView.withheld['particular-inquiry']()
            : c.shown,
        ]),
        empty: dw.subjectView.none,
        onRow: () => tick(),
      });

      pdf.heading(c.art19, 2);
      if (!d.art19) pdf.paragraph(c.art19NotApplicable);
      else
        table(pdf, {
          columns: [
            { header: c.art19Columns.recipient, width: 3 },
            { header: c.art19Columns.outcome, width: 2 },
            { header: c.art19Columns.on, width: 2 },
            { header: c.art19Columns.reason, width: 4 },
          ],
          rows: d.art19.records.map((a) => [a.recipientName, c.art19Outcomes[a.outcome] ?? a.outcome, day(a.notifiedOn), a.reason ?? '']),
          empty: w.reports.pdf.none,
        });
      tick();
      auditHeadSection(pdf, env, head);
      tick();
    },
  };
}
