// The record of processing activities as CSV, as it stood on a date: one row per activity with
// the Art. 30(1) or 30(2) columns. Through csv-out, so text a spreadsheet would run as a formula
// is neutralised.
import type { Db } from '../../store/database';
import { csvLine } from '../csv-out';
import type { ControllerContent, ProcessingAsOf, ProcessingCsv, ProcessorContent, RecordKind } from '../../../shared/model/processing';

const HEADER = [
  'ref',
  'kind',
  'name',
  'controller',
  'purposes',
  'legal_basis',
  'legitimate_interest_note',
  'subject_kinds',
  'data_categories',
  'processing_categories',
  'recipient_kinds',
  'recipients',
  'sub_processors',
  'transfers',
  'retention',
  'security',
  'sources',
  'automated_decisions',
  'owner',
  'last_reviewed_on',
  'version',
  'version_at',
];

export function processingCsv(_db: Db, record: ProcessingAsOf, kind: RecordKind | undefined): ProcessingCsv {
  const lines = [csvLine(HEADER)];
  const entries = kind ? record[kind] : [...record.controller, ...record.processor];
  for (const a of entries) {
    const transfers = a.content.transfers.map((t) => `${t.country} (${t.safeguard})`).join('; ');
    if (a.content.kind === 'controller') {
      const c: ControllerContent = a.content;
      lines.push(
        csvLine([
          a.ref, c.kind, c.name, null, c.purposes.join('; '), c.legalBasis, c.legitimateInterestNote ?? null, c.subjectKinds.join('; '), c.dataCategories.join('; '), null,
          c.recipients.kinds.join('; '), a.recipients.map((r) => r.name).join('; '), null, transfers, c.retention, c.security ?? null, c.sources.join('; '),
          c.automatedDecisions ? c.automatedDecisionsNote ?? 'yes' : 'no', c.owner ?? null, c.lastReviewedOn ?? null, a.version, a.at,
        ]),
      );
    } else {
      const p: ProcessorContent = a.content;
      lines.push(
        csvLine([
          a.ref, p.kind, p.name, p.controllerName, null, null, null, null, null, p.processingCategories.join('; '), null, null,
          p.subProcessors.map((s) => (s.country ? `${s.name} (${s.country})` : s.name)).join('; '), transfers, null, p.security ?? null, null, null, p.owner ?? null,
          p.lastReviewedOn ?? null, a.version, a.at,
        ]),
      );
    }
  }
  // CRLF per RFC 4180 and a BOM so spreadsheet programs read UTF-8 text correctly, as the other exports.
  return { filename: `record-of-processing-${record.asOf}.csv`, csv: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: entries.length };
}
