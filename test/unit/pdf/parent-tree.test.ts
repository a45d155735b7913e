// A long tagged table holds little per row once its pages are written: each finished page's part of
// the structure parent tree is kept as the text it prints, not one reference object per cell, and
// the table keeps a small stand-in for each written row. The file stays the same: the tree still
// names every cell (pdfinfo says tagged, qpdf finds nothing wrong, the text reads back in order).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfDocument } from '../../../main/pdf/document';
import { table } from '../../../main/pdf/table';
import { tempDir } from '../../support/temp';

describe('PDF kit memory on long tables', () => {
  it('keeps finished pages of the parent tree as printed text and written rows as stand-ins', () => {
    const chunks: Buffer[] = [];
    const pdf = new PdfDocument({ meta: { title: 'Long', subject: 'Rows', author: 'Acme', lang: 'en-GB', createdAt: new Date('2026-12-06T07:00:00Z') }, footer: { text: 'Acme', page: 'Page', of: 'of' } }, (c) => chunks.push(c));
    // A paragraph that runs across a page end: its entry on the first page is filled only when it ends.
    pdf.paragraph('A paragraph long enough to run onto the next page. '.repeat(160));
    const cols = Array.from({ length: 4 }, (_, i) => ({ header: `Column ${i}`, width: 2 }));
    let seen: { tree: unknown[]; rows: unknown[] } | null = null;
    table(pdf, {
      columns: cols,
      rows: (function* () {
        for (let i = 0; i < 400; i++) yield cols.map((_, k) => `Row ${i} cell ${k}`);
      })(),
      empty: 'None.',
      onRow: (i) => {
        if (i !== 399) return;
        const doc = pdf.doc as unknown as { getStructParentTree(): { _items: Record<number, unknown> } };
        const el = (pdf.root as unknown as { _children: Array<{ _children?: unknown[] }> })._children.at(-1)!;
        seen = { tree: Object.values(doc.getStructParentTree()._items), rows: [...(el._children ?? [])] };
      },
    });
    const { pages } = pdf.finish();
    expect(pages).toBeGreaterThan(6);
    // Every finished page's entry is compacted; only the page being written is still a list.
    const lists = seen!.tree.filter((e) => Array.isArray(e));
    expect(lists.length).toBeLessThanOrEqual(1);
    expect(seen!.tree.length).toBeGreaterThanOrEqual(pages - 1);
    // All written rows but the last few are stand-ins printing as a reference.
    const standIns = seen!.rows.filter((r) => /^\d+ 0 R$/.test(String((r as { dictionary: unknown }).dictionary)) && !('_children' in (r as object) && Array.isArray((r as { _children: unknown })._children)));
    expect(standIns.length).toBeGreaterThanOrEqual(390);
    const file = join(tempDir(), 'long.pdf');
    writeFileSync(file, Buffer.concat(chunks));
    execFileSync('qpdf', ['--check', file]);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Row 0 cell 0 Row 0 cell 1');
    expect(text).toContain('Row 399 cell 3');
  });
});
