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

export function table(pdf: PdfDocument, spec: TableSpec, parent: Struct = pdf.root): number {
  const doc = pdf.doc;
  const size = spec.size ?? BODY_SIZE - 1.5;
  const total = spec.columns.reduce((a, c) => a + c.width, 0);
  const widths = spec.columns.map((c) => (c.width / total) * pdf.width);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), pdf.left);
  const heightOf = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(size);
    let h = 0;
    cells.forEach((text, i) => {
      h = Math.max(h, doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PAD_X }));
    });
    return h + 2 * PAD_Y;
  };
  const headers = spec.columns.map((c) => c.header);
  const headerHeight = heightOf(headers, true);
  const tableEl = pdf.struct('Table', parent);

  const drawRow = (cells: readonly string[], header: boolean, h: number, band: boolean) => {
    const y = doc.y;
    if (header || band) {
      doc.save().rect(pdf.left, y, pdf.width, h).fill(header ? COLORS.band : '#f8f9fb').restore();
    }
    const tr = pdf.struct('TR', tableEl);
    cells.forEach((text, i) => {
      const col = spec.columns[i]!;
      tr.add(
        doc.struct(header ? 'TH' : 'TD', (header ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions, [
          () => {
            doc.font(header ? FONT_BOLD : FONT_REGULAR).fontSize(size).fillColor(COLORS.text);
            doc.text(text, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: col.align ?? 'left' });
          },
        ]),
      );
    });
    tr.end();
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
