// A letter's PDF, laid out with the PDF kit (main/pdf): letterhead with the logo, the addressee,
// reference and date, the subject line, the body, the closing and signature; DRAFT (or CONCEPT)
// across every page of a draft, and each missing item in red as "MISSING: …".
import { BODY_SIZE, COLORS, PdfDocument, type PdfResult, type PdfSink } from '../../pdf/document';
import { FONT_BOLD, FONT_REGULAR } from '../../pdf/fonts';
import type { LetterLayout } from './layout';

const MISSING_COLOR = '#b00020';

/** `step` reports progress per block and throws once the caller cancelled (the caller rolls back). */
export function writeLetterPdf(l: LetterLayout, sink: PdfSink, step?: (done: number, total: number) => void): PdfResult {
  const pdf = new PdfDocument(
    {
      meta: { title: l.title, subject: l.subject, author: l.orgName, lang: l.lang, keywords: l.keywords, createdAt: new Date(l.createdAt) },
      footer: l.footer,
      watermark: l.draft ?? undefined,
    },
    sink,
  );
  const doc = pdf.doc;
  const top = pdf.top;
  // Letterhead: the logo at the left, the organisation at the right.
  let logoBottom = top;
  if (l.logo) {
    const bytes = Buffer.from(l.logo.base64, 'base64');
    pdf.tagged('Figure', () => {
      doc.image(bytes, pdf.left, top, { fit: [140, 56] });
    }, pdf.root, { alt: l.orgName });
    logoBottom = top + 60;
  }
  const headX = pdf.left + pdf.width / 2;
  const headW = pdf.width / 2;
  doc.y = top;
  pdf.tagged('P', () => {
    pdf.font(FONT_BOLD, 11).doc.fillColor(COLORS.accent).text(l.orgName, headX, top, { width: headW, align: 'right' });
    pdf.font(FONT_REGULAR, 8.5).doc.fillColor(COLORS.muted);
    for (const line of l.letterhead) doc.text(line, headX, doc.y, { width: headW, align: 'right' });
  });
  doc.fillColor(COLORS.text);
  doc.y = Math.max(doc.y, logoBottom) + 28;
  // The addressee, as a window envelope would show it.
  pdf.tagged('P', () => {
    pdf.font(FONT_REGULAR, BODY_SIZE);
    for (const line of l.addressee) doc.text(line, pdf.left, doc.y, { width: pdf.width / 2 });
  });
  doc.moveDown(1.6);
  pdf.keyValues(l.meta, pdf.root, 110);
  doc.moveDown(0.6);
  pdf.heading(l.subject, 3);
  doc.moveDown(0.3);
  for (const [i, b] of l.blocks.entries()) {
    step?.(i, l.blocks.length);
    // A list ends with a little room before the text that follows it.
    if (i > 0 && l.blocks[i - 1]!.kind === 'bullet' && b.kind !== 'bullet') doc.moveDown(0.4);
    if (b.kind === 'heading') pdf.heading(b.text, 3);
    else if (b.kind === 'paragraph') pdf.paragraph(b.text);
    else if (b.kind === 'missing') pdf.paragraph(b.text, { bold: true, color: MISSING_COLOR });
    else {
      pdf.ensureSpace(BODY_SIZE * 2.5);
      pdf.tagged('LI', () => {
        pdf.font(FONT_REGULAR, BODY_SIZE).doc.fillColor(COLORS.text);
        const y = doc.y;
        doc.text('•', pdf.left + 6, y, { width: 10, continued: false });
        doc.text(b.text, pdf.left + 18, y, { width: pdf.width - 18, lineGap: 1.5 });
      });
      doc.moveDown(0.2);
    }
  }
  doc.moveDown(0.8);
  pdf.ensureSpace(BODY_SIZE * (4 + l.signature.length * 1.4));
  pdf.paragraph(l.closing);
  doc.moveDown(1.2);
  pdf.tagged('P', () => {
    pdf.font(FONT_REGULAR, BODY_SIZE).doc.fillColor(COLORS.text);
    l.signature.forEach((line, i) => {
      if (i === 0) pdf.font(FONT_BOLD, BODY_SIZE);
      doc.text(line, pdf.left, doc.y, { width: pdf.width });
      if (i === 0) pdf.font(FONT_REGULAR, BODY_SIZE);
    });
  });
  if (l.annex) {
    doc.moveDown(1.5);
    pdf.paragraph(l.annex.title, { bold: true, size: 8.5, color: COLORS.muted });
    for (const line of l.annex.lines) pdf.paragraph(line, { size: 8.5, color: l.annex.missing ? MISSING_COLOR : COLORS.muted });
  }
  return pdf.finish();
}
