// The audit pack: generating it for the whole register (every request of the data set plus its
// disclosures) through the real report code, against a bare pdfkit baseline that writes the same
// rows on the same number of pages (same font, no tagging, no measuring, no figures, no database).
// Each run is its own child process, so peak RSS (maxRSS) is the pack's alone, not the data
// set's build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { fontBytes, FONT_BOLD, FONT_REGULAR } from '../../../main/pdf/fonts';
import { generateKind, REPORT_HEAP_MB } from '../../../main/services/reports/job';
import { openWorkbench, PASSPHRASE } from '../workbench';
import { median, result, type Result } from '../measure';

export interface PackRun {
  ms: number;
  /** RSS when the PDF starts (app loaded, database open): what the pack adds is peak minus this. */
  startRssMb: number;
  /** Highest RSS sampled while the PDF was written (the process's maxRSS also counts the unlock's scrypt). */
  peakRssMb: number;
  maxRssMb: number;
  pages: number;
  rows: number;
  bytes: number;
}

/** In the child: unlock, generate the pack once (inline, as the worker does), report. */
export async function packChild(dataDir: string): Promise<PackRun> {
  const wb = openWorkbench(dataDir);
  await wb.call('vault.unlock', { passphrase: PASSPHRASE });
  const store = wb.core.session.requireStore();
  const rows = (store.db.prepare('SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM disclosures) AS n').get() as { n: number }).n;
  const rss = peakSampler();
  const startRssMb = Math.round(process.memoryUsage.rss() / 1024 / 1024);
  const t0 = performance.now();
  const r = generateKind(store, 'audit-pack', { lang: 'en' }, 'bench', rss.sample);
  const ms = performance.now() - t0;
  rss.sample();
  wb.close();
  return { ms, startRssMb, peakRssMb: rss.peak(), maxRssMb: process.resourceUsage().maxRSS / 1024, pages: r.pages, rows, bytes: r.sizeBytes };
}

/** RSS sampled every 50th call (a row): cheap enough to leave in the timed loop. */
function peakSampler(): { sample: () => void; peak: () => number } {
  let n = 0;
  let peak = process.memoryUsage.rss();
  return {
    sample: () => {
      if (n++ % 50 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    },
    peak: () => Math.round((peak / 1024 / 1024) * 10) / 10,
  };
}

/** In the child: bare pdfkit writing `rows` table rows of nine cells on `pages` pages. */
export function baselineChild(rows: number, pages: number): PackRun {
  const rss = peakSampler();
  const startRssMb = Math.round(process.memoryUsage.rss() / 1024 / 1024);
  const t0 = performance.now();
  const hash = createHash('sha256');
  let bytes = 0;
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, font: fontBytes(FONT_REGULAR) as unknown as string });
  // Consumed as it is written, as the pack's pieces are (a stream left to flow later would buffer
  // the whole file while this synchronous loop runs).
  doc.push = (c: unknown) => {
    if (c) {
      hash.update(c as Buffer);
      bytes += (c as Buffer).length;
    }
    return true;
  };
  doc.registerFont('b', fontBytes(FONT_BOLD) as unknown as string);
  doc.registerFont('r', fontBytes(FONT_REGULAR) as unknown as string);
  const perPage = Math.ceil(rows / pages);
  const widths = [3.1, 2.2, 2.2, 1.9, 2.1, 2.2, 2.2, 2.3, 2.3].map((w) => (w / 20.5) * 483);
  let written = 0;
  for (let p = 0; p < pages; p++) {
    doc.addPage();
    let y = 56;
    const header = () => {
      let x = 56;
      doc.font('b').fontSize(6.8);
      for (const w of widths) {
        doc.text('Reference', x + 3, y, { width: w - 6, lineBreak: false });
        x += w;
      }
      y += 14;
    };
    header();
    doc.font('r').fontSize(6.8);
    for (let i = 0; i < perPage && written < rows; i++, written++) {
      let x = 56;
      const cells = [`DSR-2026-${String(written).padStart(5, '0')}`, '2026-03-02', 'Access', 'E-mail', '2026-03-03', '2026-04-02', '—', '2026-03-20', 'Closed'];
      cells.forEach((c, k) => {
        doc.text(c, x + 3, y, { width: widths[k]! - 6, lineBreak: false });
        x += widths[k]!;
      });
      doc.moveTo(56, y + 11).lineTo(539, y + 11).lineWidth(0.3).stroke();
      rss.sample();
      y += 12.4;
    }
    doc.font('r').fontSize(8).text(`Acme · Generated · Page ${p + 1} of ${pages}`, 56, 800, { lineBreak: false });
  }
  doc.end();
  const ms = performance.now() - t0;
  rss.sample();
  return { ms, startRssMb, peakRssMb: rss.peak(), maxRssMb: process.resourceUsage().maxRSS / 1024, pages, rows, bytes };
}

function child(bundle: string, args: string[], node: string[] = []): PackRun {
  const r = spawnSync(process.execPath, [...node, bundle, '--only', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`audit pack child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as PackRun;
}

export function auditPackFigures(bundle: string, dataDir: string, runs: number, label: string): { results: Result[]; runs: PackRun[] } {
  const packs: PackRun[] = [];
  const bases: PackRun[] = [];
  for (let i = 0; i < runs; i++) {
    // Under the old-space limit the report worker gets in the app (runReport's resourceLimits).
    packs.push(child(bundle, ['audit_pack_child', dataDir], [`--max-old-space-size=${REPORT_HEAP_MB}`]));
    const p = packs.at(-1)!;
    bases.push(child(bundle, ['audit_pack_baseline', String(p.rows), String(p.pages)]));
  }
  return {
    results: [
      result(`audit_pack_${label}_ms`, 'ms', median(packs.map((r) => r.ms)), median(bases.map((r) => r.ms))),
      result(`audit_pack_${label}_peak_rss_mb`, 'MB', Math.max(...packs.map((r) => r.peakRssMb)), Math.max(...bases.map((r) => r.peakRssMb))),
    ],
    runs: [...packs, ...bases],
  };
}
