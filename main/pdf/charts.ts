// Vector charts (pdfkit paths, never bitmaps): they stay sharp when printed and zoomed, and their
// numbers are printed beside them, so a figure is read from text, not estimated from a bar.
// Tagged as a Figure with alternative text that states the data.
import { FONT_REGULAR } from './fonts';
import { COLORS, type PdfDocument, type Struct } from './document';

export interface Series {
  label: string;
  values: readonly number[];
  color: string;
}

export interface ChartSpec {
  title: string;
  /** Labels along the horizontal axis (months). */
  categories: readonly string[];
  series: readonly Series[];
  height?: number;
  /** Alternative text for screen readers; default: the title and every value. */
  alt?: string;
}

export const PALETTE = ['#2f5d8a', '#d08c2b', '#4f9a6b', '#a6426b', '#6a5a9e', '#7a7a7a'] as const;

const TICKS = 4;

/** The axis maximum: four equal, round steps (whole steps for whole-number data, e.g. counts). */
function niceMax(v: number, whole: boolean): number {
  if (v <= 0) return TICKS;
  const raw = v / TICKS;
  const p = 10 ** Math.floor(Math.log10(raw));
  let step = 10 * p;
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * p >= raw) {
      step = m * p;
      break;
    }
  }
  return (whole ? Math.max(1, Math.ceil(step)) : step) * TICKS;
}

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  max: number;
}

function frame(pdf: PdfDocument, spec: ChartSpec, draw: (f: Frame) => void, parent: Struct): void {
  const doc = pdf.doc;
  const height = spec.height ?? 170;
  const legendH = 14;
  pdf.ensureSpace(height + legendH + 30);
  const alt = spec.alt ?? `${spec.title}. ${spec.series.map((s) => `${s.label}: ${spec.categories.map((c, i) => `${c} ${s.values[i] ?? 0}`).join(', ')}`).join('; ')}`;
  const top = doc.y;
  pdf.tagged('Caption', () => {
    doc.font(FONT_REGULAR).fontSize(9).fillColor(COLORS.text).text(spec.title, pdf.left, top, { width: pdf.width });
  }, parent);
  const values = spec.series.flatMap((s) => s.values);
  const max = niceMax(Math.max(0, ...values), values.every(Number.isInteger));
  const f: Frame = { x: pdf.left + 30, y: doc.y + 6, w: pdf.width - 34, h: height - 40, max };
  // The drawing itself is one Figure with the data as its alternative text.
  parent.add(
    doc.struct('Figure', { alt }, [
      () => {
        doc.save();
        doc.lineWidth(0.3).strokeColor('#cccccc');
        doc.font(FONT_REGULAR).fontSize(6.5).fillColor(COLORS.muted);
        for (let i = 0; i <= TICKS; i++) {
          const gy = f.y + f.h - (f.h * i) / TICKS;
          doc.moveTo(f.x, gy).lineTo(f.x + f.w, gy).stroke();
          const v = (max * i) / TICKS;
          doc.text(Number.isInteger(v) ? String(v) : v.toFixed(1), pdf.left, gy - 3, { width: 26, align: 'right', lineBreak: false });
        }
        const step = f.w / Math.max(1, spec.categories.length);
        const every = Math.ceil(spec.categories.length / 12);
        spec.categories.forEach((c, i) => {
          if (i % every === 0) doc.text(c, f.x + step * i, f.y + f.h + 3, { width: step * every, align: 'center', lineBreak: false });
        });
        draw(f);
        // Legend.
        let lx = f.x;
        const ly = f.y + f.h + 16;
        for (const s of spec.series) {
          doc.rect(lx, ly, 8, 8).fill(s.color);
          doc.fillColor(COLORS.text).fontSize(7.5).text(s.label, lx + 11, ly, { lineBreak: false });
          lx += 11 + doc.widthOfString(s.label) + 14;
        }
        doc.restore();
      },
    ]),
  );
  doc.x = pdf.left;
  doc.y = f.y + f.h + 16 + legendH + 8;
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(pdf: PdfDocument, spec: ChartSpec, parent: Struct = pdf.root): void {
  frame(pdf, spec, (f) => {
    const doc = pdf.doc;
    const step = f.w / Math.max(1, spec.categories.length);
    const n = Math.max(1, spec.series.length);
    const barW = Math.max(0.8, (step * 0.75) / n);
    spec.categories.forEach((_, i) => {
      spec.series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        if (v <= 0) return;
        const h = (v / f.max) * f.h;
        doc.rect(f.x + step * i + step * 0.125 + barW * k, f.y + f.h - h, barW, h).fill(s.color);
      });
    });
  }, parent);
}

/** One polyline per series, with a dot on each value. */
export function lineChart(pdf: PdfDocument, spec: ChartSpec, parent: Struct = pdf.root): void {
  frame(pdf, spec, (f) => {
    const doc = pdf.doc;
    const step = f.w / Math.max(1, spec.categories.length);
    for (const s of spec.series) {
      const pts = spec.categories.map((_, i) => [f.x + step * i + step / 2, f.y + f.h - ((s.values[i] ?? 0) / f.max) * f.h] as const);
      if (!pts.length) continue;
      doc.lineWidth(1.2).strokeColor(s.color);
      doc.moveTo(pts[0]![0], pts[0]![1]);
      for (const [x, y] of pts.slice(1)) doc.lineTo(x, y);
      doc.stroke();
      for (const [x, y] of pts) doc.circle(x, y, 1.6).fill(s.color);
    }
  }, parent);
}
