// Reading generated reports back: save the stored PDF through report.save (the CLI's path), then
// poppler's pdftotext per page, pdfinfo and qpdf --check on the very file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ReportInfo, SavedReport } from '../../../shared/model/report';
import { localUser } from '../../../shared/auth';
import type { TestCore } from '../requests/helpers';

export interface ReadBack {
  file: string;
  pages: string[];
  all: string;
  /** The text in the order it was written (pdftotext -raw), whitespace folded: each cell whole. */
  flat: string;
  info: string;
}

export async function readBack(t: TestCore, r: ReportInfo, dir: string, name = `${r.publicId}.pdf`): Promise<ReadBack> {
  const file = join(dir, name);
  // As the CLI calls it: only a caller on this machine may name a path.
  const res = await t.core.dispatch('report.save', { report: r.publicId, out: file }, { principal: localUser('test'), localFiles: true });
  if (!res.ok) throw new Error(res.error.message);
  const saved = res.result as SavedReport;
  expect(saved.sha256).toBe(r.sha256);
  // The file on disk is the stored file: same bytes, same hash.
  expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(r.sha256);
  execFileSync('qpdf', ['--check', file]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`Pages:\\s+${r.pages}\\b`));
  expect(info).toMatch(/Tagged:\s+yes/);
  const pages: string[] = [];
  for (let p = 1; p <= r.pages; p++) pages.push(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' }));
  const flat = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { file, pages, all: pages.join('\n'), flat, info };
}

/** Every page says "Page X of N" with its own number and the right total. */
export function expectPageNumbers(pages: string[], label = 'Page', of = 'of'): void {
  pages.forEach((text, i) => expect(text).toMatch(new RegExp(`${label} ${i + 1} ${of} ${pages.length}\\b`)));
}
