// Reads a generated PDF back as a reader would: its text (pdftotext, poppler-utils) whole and per
// page, its page count and structure (qpdf --check).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp';

export function pdfFile(base64: string): string {
  const file = join(tempDir('dpo-letter-pdf-'), 'letter.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

/** The text of the PDF (or of one page), in reading order; lines joined with single spaces. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  // Exit 3 is "warnings only" for qpdf.
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

/**
 * The text items of each page as pdfjs-dist reads them: rotated text (a draft's watermark) comes
 * back as one item here, where pdftotext splits it letter by letter among the body's lines.
 */
export async function pageItems(file: string): Promise<string[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).filter(Boolean));
  }
  await doc.destroy();
  return pages;
}
