// The audit pack is a list of sections, each one module: a register that is added later (records
// of processing, breaches) plugs in as one more entry in SECTIONS (index.ts).
import type { PdfDocument } from '../../../pdf/document';
import type { AuditHead } from '../../../../shared/model/report';
import type { ReportEnv } from '../generate';

/** The period the pack covers: local dates, both ends included. `from` null: since the beginning. */
export interface Period {
  from: string | null;
  to: string;
}

export interface PackContext {
  env: ReportEnv;
  period: Period;
  head: AuditHead;
  /** Counts one unit of work (a row) towards the progress bar; throws once cancelled. */
  tick(n?: number): void;
  /** Formats a local date for the reader. */
  day(iso: string | null | undefined): string;
  count(n: number): string;
}

export interface PackSection {
  id: string;
  title(env: ReportEnv): string;
  /** Units of work (rows) this section will draw, for the progress total. */
  size(env: ReportEnv, period: Period): number;
  render(pdf: PdfDocument, ctx: PackContext): void;
}

/** SQL bounds of the period (the lower one open-ended when `from` is null). */
export function bounds(p: Period): [string, string] {
  return [p.from ?? '0000-01-01', p.to];
}
