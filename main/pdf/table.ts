// Tables that stream their rows: each row is measured, a row that does not fit starts a new page
// (never split across pages), and the header row is drawn again at the top of every page the table
// continues on. Tagged as Table/TR/TH/TD, rows flushed to the file as they are drawn.
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { BODY_SIZE, COLORS, printable, type PdfDocument, type Struct } from './document';

export interface Column {
  header: string;
  /** Relative width; the columns share the text width in these proportions. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableSpec {
  columns: readonly Column[];
  rows: Iterable<readonly string[]>;
  /** Printed when there are no rows (an honest empty table, not a missing one). */
  empty: string;
  /** Called after each row is drawn (progress, cancel). */
  onRow?: (index: number) => void;
  size?: number;
}

const PAD_X = 3;
const PAD_Y = 2.5;

/**
 * Once a row is written (its TR flushed), pdfkit still keeps each cell's dictionary for the
 * structure parent tree, which only needs its object number. Dropping what was written keeps a
 * 100,000-row register from holding every cell's dictionary until the end. The row keeps its
 * parent (the table's own flush checks it).
 */
function forgetWritten(tr: PDFKit.PDFStructureElement, cells: PDFKit.PDFStructureElement[]): void {
  type Written = { dictionary: { data: Record<string, unknown> }; _flushed?: boolean };
  const row = tr as unknown as Written;
  if (!row._flushed) return;
  row.dictionary.data = { P: row.dictionary.data.P };
  for (const c of cells as unknown as Written[]) c.dictionary.data = {};
}

type Element = { dictionary: object; _children: unknown[]; _flushed?: boolean };

/**
 * The table element holds every row element until the table ends (its /K lists them), each
 * about 500 bytes with its dictionary. A written row is replaced there by a stand-in that pdfkit
 * treats as a finished element (flushable, nothing left to end) and whose dictionary prints as
 * the row's reference ("12 0 R"), so a long register holds a few dozen bytes per row.
 */
function standInFor(tr: PDFKit.PDFStructureElement, protos: Map<object, object>): object | null {
  const row = tr as unknown as Element;
  if (!row._flushed) return null;
  const elementProto = Object.getPrototypeOf(row) as object;
  let proto = protos.get(elementProto);
  if (!proto) {
    const noop = { value: () => {} };
    proto = Object.create(elementProto, { _isFlushable: { value: () => true }, end: noop, setAttached: noop, _flush: noop }) as object;
    protos.set(elementProto, proto);
  }
  const text = String(row.dictionary);
  const reference = Object.create(Object.getPrototypeOf(Object.getPrototypeOf(row.dictionary)) as object, { toString: { value: () => text } }) as object;
  return Object.create(proto, { dictionary: { value: reference } }) as object;
}

export function table(pdf: PdfDocument, spec: TableSpec, parent: Struct = pdf.root): number {
  const doc = pdf.doc;
  const size = spec.size ?? BODY_SIZE - 1.5;
  const total = spec.columns.reduce((a, c) => a + c.width, 0);
  const widths = spec.columns.map((c) => (c.width / total) * pdf.width);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), pdf.left);
  // Most cells fit on one line: their width (one layout, reused when drawn) is enough to know,
  // and they are drawn without pdfkit's line wrapper. Only a cell too wide is wrapped.
  const lineHeight = () => doc.currentLineHeight(true);
  const fits = (text: string, i: number) => doc.widthOfString(text) <= widths[i]! - 2 * PAD_X;
  const heightOf = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(size);
    let h = lineHeight();
    cells.forEach((text, i) => {
      if (text && !fits(text, i)) h = Math.max(h, doc.heightOfString(text, { width: widths[i]! - 2 * PAD_X }));
    });
    return h + 2 * PAD_Y;
  };
  const headers = spec.columns.map((c) => c.header);
  const headerHeight = heightOf(headers, true);
  const tableEl = pdf.struct('Table', parent);
  const protos = new Map<object, object>();

  const drawRow = (cells: readonly string[], header: boolean, h: number, band: boolean) => {
    const y = doc.y;
    if (header || band) {
      doc.save().rect(pdf.left, y, pdf.width, h).fill(header ? COLORS.band : '#f8f9fb').restore();
    }
    const tr = pdf.struct('TR', tableEl);
    const tds: PDFKit.PDFStructureElement[] = [];
    cells.forEach((text, i) => {
      const col = spec.columns[i]!;
      const td = doc.struct(header ? 'TH' : 'TD', (header ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions, [
          () => {
            doc.font(header ? FONT_BOLD : FONT_REGULAR).fontSize(size).fillColor(COLORS.text);
            const inner = widths[i]! - 2 * PAD_X;
            if (fits(text, i)) {
              const w = col.align === 'right' || col.align === 'center' ? doc.widthOfString(text) : 0;
              const dx = col.align === 'right' ? inner - w : col.align === 'center' ? (inner - w) / 2 : 0;
              doc.text(text, xs[i]! + PAD_X + dx, y + PAD_Y, { lineBreak: false });
            } else doc.text(text, xs[i]! + PAD_X, y + PAD_Y, { width: inner, align: col.align ?? 'left' });
          },
        ]);
      tds.push(td);
      tr.add(td);
    });
    tr.end();
    forgetWritten(tr, tds);
    const standIn = standInFor(tr, protos);
    const rows = (tableEl as unknown as Element)._children;
    if (standIn && rows[rows.length - 1] === tr) rows[rows.length - 1] = standIn;
    doc.save().moveTo(pdf.left, y + h).lineTo(pdf.left + pdf.width, y + h).lineWidth(header ? 0.8 : 0.3).strokeColor(COLORS.rule).stroke().restore();
    doc.x = pdf.left;
    doc.y = y + h;
  };

  // The header and at least one row start together.
  pdf.ensureSpace(headerHeight + size * 2.5);
  doc.x = pdf.left;
  drawRow(headers, true, headerHeight, false);
  let count = 0;
  for (const raw of spec.rows) {
    const cells = raw.map(printable);
    const h = heightOf(cells, false);
    if (doc.y + h > pdf.bottom) {
      pdf.newPage();
      drawRow(headers, true, headerHeight, false);
    }
    drawRow(cells, false, h, count % 2 === 1);
    spec.onRow?.(count);
    count++;
  }
  if (count === 0) {
    pdf.tagged('P', () => {
      doc.font(FONT_REGULAR).fontSize(size).fillColor(COLORS.muted).text(spec.empty, pdf.left + PAD_X, doc.y + PAD_Y, { width: pdf.width });
    }, parent);
    doc.fillColor(COLORS.text);
  }
  tableEl.end();
  doc.x = pdf.left;
  doc.moveDown(0.6);
  return count;
}
