// The PDF kit read back with poppler: names in several scripts print exactly, every page carries
// "Page X of Y" with the right total, tables repeat their header row and never split a row, the
// file passes qpdf --check, carries its metadata and is tagged.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../../main/pdf/document';
import { table } from '../../../main/pdf/table';
import { barChart, lineChart, PALETTE } from '../../../main/pdf/charts';
import { tempDir } from '../../support/temp';

const NAMES = ['Zoë Łukasiewicz-Dvořák', 'Ðorđe', 'Ἀθηνᾶ', 'Алексей'];

function build(rows: number, extra?: (pdf: PdfDocument) => void, watermark?: string) {
  const chunks: Buffer[] = [];
  const pdf = new PdfDocument(
    {
      meta: { title: 'Kit test', subject: 'Tables & charts', author: 'Acme B.V.', lang: 'en-GB', createdAt: new Date('2026-12-06T07:00:00Z') },
      footer: { text: 'Acme B.V. · Generated Sun 6 Dec 2026 07:00 UTC', page: 'Page', of: 'of' },
      ...(watermark ? { watermark } : {}),
    },
    (c) => chunks.push(c),
  );
  pdf.heading('People');
  pdf.paragraph(`Names: ${NAMES.join(', ')}. ` + 'A long paragraph wraps inside the margins and never overflows them. '.repeat(8));
  pdf.keyValues([
    ['Reference', 'DSR-2026-0001'],
    ['Subject', NAMES[0]!],
  ]);
  barChart(pdf, { title: 'Received per month', categories: ['Jan', 'Feb', 'Mar'], series: [{ label: 'Access', values: [3, 5, 2], color: PALETTE[0] }] });
  lineChart(pdf, { title: 'On time', categories: ['Jan', 'Feb', 'Mar'], series: [{ label: 'Share', values: [1, 0.5, 0.8], color: PALETTE[1] }] });
  table(pdf, {
    columns: [
      { header: 'Ref', width: 2 },
      { header: 'Name', width: 4 },
      { header: 'Note', width: 4 },
    ],
    rows: (function* () {
      for (let i = 0; i < rows; i++) yield [`R-${String(i).padStart(5, '0')}`, NAMES[i % NAMES.length]!, i % 7 === 0 ? 'A longer note that wraps over two or three lines in its narrow column, so rows differ in height.' : 'short'];
    })(),
    empty: 'No rows.',
  });
  extra?.(pdf);
  const result = pdf.finish();
  const bytes = Buffer.concat(chunks);
  const dir = tempDir();
  const file = join(dir, 'kit.pdf');
  writeFileSync(file, bytes);
  return { result, bytes, file, dir };
}

const text = (file: string, page?: number) => execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });

describe('PDF kit', () => {
  it('prints every script, paginates with the total, repeats table headers, passes qpdf and carries metadata', () => {
    const { result, bytes, file } = build(400);
    expect(result.bytes).toBe(bytes.length);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const all = text(file);
    for (const n of NAMES) expect(all).toContain(n);
    expect(result.pages).toBeGreaterThan(3);
    for (let p = 1; p <= result.pages; p++) {
      const t = text(file, p);
      expect(t).toMatch(new RegExp(`Page ${p} of ${result.pages}\\b`));
      expect(t).toContain('Acme B.V.');
    }
    // The table continues past page 2: each continuation page starts with the header row.
    for (let p = 3; p <= result.pages; p++) expect(text(file, p)).toMatch(/^\s*Ref\s+Name\s+Note/);
    // Every row once: none lost or split.
    expect(all.match(/R-\d{5}/g)!.length).toBe(400);
    execFileSync('qpdf', ['--check', file]);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Kit test/);
    expect(info).toMatch(/Author:\s+Acme B.V./);
    expect(info).toMatch(/Subject:\s+Tables & charts/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}`));
    expect(info).toMatch(/CreationDate:.*2026/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    expect(fonts).not.toMatch(/Helvetica/);
    expect(bytes.toString('latin1')).toContain('pdfaid:part>3<');
  });

  it('a draft carries its watermark on every page; an empty table says so', () => {
    const { result, file } = build(0, undefined, 'DRAFT');
    const all = text(file);
    expect(all).toContain('No rows.');
    // Rotated text comes back letter by letter.
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(raw.match(/D\s*R\s*A\s*F\s*T/g)!.length).toBe(result.pages);
  });
});
