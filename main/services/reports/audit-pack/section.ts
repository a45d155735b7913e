// The audit pack is a list of sections, each one module: a register that is added later plugs in
// as one more entry in SECTIONS (index.ts).
import type { PdfDocument } from '../../../pdf/document';
import type { Db } from '../../../store/database';
import { stmt } from '../../../store/statements';
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

/**
 * Rows in batches by keyset (`key`, then `id`), each batch read whole before it is drawn. A
 * streaming cursor (`iterate()`) would keep the connection busy, and the PDF's pieces are written
 * to the file store on that same connection while the rows are drawn. The select must name its
 * keys `__k` and `__id`; `where` is its condition (may use `?` from `params`).
 */
export function* batched<R>(db: Db, q: { select: string; where: string; params: unknown[]; key: string; id: string }, batch = 500): Generator<R> {
  let last: { k: unknown; id: unknown } | null = null;
  for (;;) {
    const keyset = last ? ` AND (${q.key} > ? OR (${q.key} = ? AND ${q.id} > ?))` : '';
    const rows = stmt(db, `${q.select} WHERE ${q.where}${keyset} ORDER BY ${q.key}, ${q.id} LIMIT ${batch}`).all(...q.params, ...(last ? [last.k, last.k, last.id] : [])) as Array<R & { __k: unknown; __id: unknown }>;
    yield* rows;
    if (rows.length < batch) return;
    const r = rows[rows.length - 1]!;
    last = { k: r.__k, id: r.__id };
  }
}
