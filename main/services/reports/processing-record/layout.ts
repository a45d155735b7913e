// The record of processing activities (GDPR Art. 30) laid out in a PDF: the controller record
// (Art. 30(1)) and the processor record (Art. 30(2)), each a table of its activities followed by
// every activity in full. The audit pack prints it as one section, the stand-alone "Art. 30
// record" report as its body; both hand it the record as it stood at a date (processing/as-of.ts).
import type { ControllerContent, ProcessingAsOf, ProcessorContent, Transfer } from '../../../../shared/model/processing';
import type { PdfDocument, Struct } from '../../../pdf/document';
import { table } from '../../../pdf/table';
import type { ReportEnv } from '../generate';

export interface RecordLayoutOptions {
  /** Heading level of "Controller record" / "Processor record"; the activities sit one below. */
  level: 2 | 1;
  day(iso: string | null | undefined): string;
  /** One activity drawn (progress, cancel). */
  tick(): void;
}

/** Units of work `layoutRecord` reports: two per activity (its table row and its full entry). */
export const recordSize = (record: ProcessingAsOf) => 2 * (record.controller.length + record.processor.length);

export function layoutRecord(pdf: PdfDocument, env: ReportEnv, record: ProcessingAsOf, o: RecordLayoutOptions, parent: Struct = pdf.root): void {
  const t = env.w.reports.processingRecord;
  const pw = env.w.processing;
  const dw = env.w.disclosures;
  const f = pw.fields;
  const sub = (o.level + 1) as 2 | 3;
  const list = (items: readonly string[]) => (items.length ? items.join('; ') : '—');
  const transfers = (ts: readonly Transfer[]) => (ts.length ? ts.map((x) => `${x.country}: ${dw.safeguards[x.safeguard] ?? x.safeguard}${x.note ? ` (${x.note})` : ''}`).join('; ') : t.noTransfers);
  const version = (a: { version: number; at: string }) => t.versionOf(a.version, o.day(a.at));

  // Controller record, GDPR Art. 30(1)(a)-(g).
  pdf.heading(t.controller, o.level, parent);
  const controller = record.controller.map((a) => ({ a, c: a.content as ControllerContent }));
  table(
    pdf,
    {
      columns: [
        { header: t.controllerColumns.ref, width: 1.9 },
        { header: t.controllerColumns.name, width: 2.6 },
        { header: t.controllerColumns.purposes, width: 3.2 },
        { header: t.controllerColumns.legalBasis, width: 2.2 },
        { header: t.controllerColumns.subjects, width: 2 },
        { header: t.controllerColumns.data, width: 2.2 },
        { header: t.controllerColumns.retention, width: 2.6 },
      ],
      rows: controller.map(({ a, c }) => [
        a.ref,
        c.name,
        list(c.purposes),
        pw.legalBases[c.legalBasis] ?? c.legalBasis,
        list(c.subjectKinds.map((k) => pw.subjectKinds[k] ?? k)),
        list(c.dataCategories.map((k) => dw.categories[k] ?? k)),
        c.retention,
      ]),
      empty: t.emptyController,
      onRow: () => o.tick(),
    },
    parent,
  );
  if (controller.length) pdf.heading(t.details, sub, parent);
  for (const { a, c } of controller) {
    pdf.heading(`${a.ref} · ${c.name}`, 3, parent);
    const named = a.recipients.map((r) => (r.country ? `${r.name} (${r.country})` : r.name));
    pdf.keyValues(
      [
        [f.purposes, list(c.purposes)],
        [f.legalBasis, pw.legalBases[c.legalBasis] ?? c.legalBasis],
        // Legitimate interest needs its balancing (GDPR Art. 6(1)(f)).
        ...(c.legitimateInterestNote ? [[f.legitimateInterestNote, c.legitimateInterestNote] as const] : []),
        [f.subjectKinds, list(c.subjectKinds.map((k) => pw.subjectKinds[k] ?? k))],
        [f.dataCategories, list(c.dataCategories.map((k) => dw.categories[k] ?? k))],
        // Categories of recipients (Art. 30(1)(d)), with the named ones from the directory.
        [f.recipientKinds, list(c.recipients.kinds.map((k) => dw.recipientKinds[k] ?? k))],
        [f.recipientIds, list(named)],
        ...(c.recipients.note ? [[f.recipientsNote, c.recipients.note] as const] : []),
        // Third-country transfers and their safeguards (Art. 30(1)(e)).
        [f.transfers, transfers(c.transfers)],
        [f.retention, c.retention],
        [f.security, c.security ?? '—'],
        [f.sources, list(c.sources.map((k) => pw.sources[k] ?? k))],
        ...(c.sourceNote ? [[f.sourceNote, c.sourceNote] as const] : []),
        // Art. 22 decisions must be described where made (Art. 15(1)(h)).
        [f.automatedDecisions, c.automatedDecisions ? `${env.w.reports.pdf.yes}${c.automatedDecisionsNote ? `: ${c.automatedDecisionsNote}` : ''}` : env.w.reports.pdf.no],
        [f.owner, c.owner ?? '—'],
        [f.lastReviewedOn, o.day(c.lastReviewedOn)],
        [t.version, version(a)],
      ],
      parent,
    );
    o.tick();
  }

  // Processor record, GDPR Art. 30(2)(a)-(d): one per controller (customer).
  pdf.heading(t.processor, o.level, parent);
  const processor = record.processor.map((a) => ({ a, p: a.content as ProcessorContent }));
  const subProcessors = (p: ProcessorContent) => list(p.subProcessors.map((s) => [s.name, s.country, s.service].filter(Boolean).join(', ')));
  table(
    pdf,
    {
      columns: [
        { header: t.processorColumns.ref, width: 1.9 },
        { header: t.processorColumns.controller, width: 2.8 },
        { header: t.processorColumns.name, width: 2.6 },
        { header: t.processorColumns.categories, width: 3.4 },
        { header: t.processorColumns.subProcessors, width: 3 },
        { header: t.processorColumns.transfers, width: 2.4 },
      ],
      rows: processor.map(({ a, p }) => [a.ref, p.controllerName, p.name, list(p.processingCategories), subProcessors(p), transfers(p.transfers)]),
      empty: t.emptyProcessor,
      onRow: () => o.tick(),
    },
    parent,
  );
  if (processor.length) pdf.heading(t.details, sub, parent);
  for (const { a, p } of processor) {
    pdf.heading(`${a.ref} · ${p.name}`, 3, parent);
    pdf.keyValues(
      [
        [f.controllerName, p.controllerName],
        [f.controllerContact, p.controllerContact ?? '—'],
        [f.processingCategories, list(p.processingCategories)],
        [f.subProcessors, subProcessors(p)],
        [f.transfers, transfers(p.transfers)],
        [f.security, p.security ?? '—'],
        [f.owner, p.owner ?? '—'],
        [f.lastReviewedOn, o.day(p.lastReviewedOn)],
        [t.version, version(a)],
      ],
      parent,
    );
    o.tick();
  }
}
