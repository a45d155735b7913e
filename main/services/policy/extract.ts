// A policy's text out of the format it came in, through well-kept extractors: html-to-text for
// HTML, mammoth for Word .docx (to HTML, so headings survive), pdfjs-dist for PDF. Everything
// happens in memory: the bytes never touch a temp file (the policy may quote personal data).
import { convert } from 'html-to-text';
import type { PolicyFormat, PolicySource } from '../../../shared/model/policy';
import { decodeBase64 } from '../../store/file-store';
import { PolicyInputError, sourceField } from './errors';

export interface Extracted {
  format: PolicyFormat;
  /** The original bytes (kept in the file store), or null for pasted text. */
  bytes: Buffer | null;
  mimeType: string;
  raw: string;
}

const MIME: Record<PolicyFormat, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function formatOf(source: PolicySource, bytes: Buffer | null): PolicyFormat {
  if (source.format) return source.format;
  if (bytes?.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  const ext = /\.([a-z0-9]+)$/i.exec(source.filename)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  const head = (source.text ?? bytes?.subarray(0, 512).toString('utf8') ?? '').trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(h[1-6]|p|div|body|section)\b/.test(head)) return 'html';
  return 'text';
}

/** HTML to text with headings kept as Markdown headings, so the section splitter sees them. */
export function htmlToText(html: string): string {
  const headings = [1, 2, 3, 4, 5, 6].map((level) => ({ selector: `h${level}`, format: 'mdHeading', options: { level } }));
  return convert(html, {
    wordwrap: false,
    formatters: {
      mdHeading(elem, walk, builder, options) {
        builder.openBlock({ leadingLineBreaks: 2 });
        builder.addInline(`${'#'.repeat(Number((options as { level?: number }).level ?? 1))} `);
        walk(elem.children, builder);
        builder.closeBlock({ trailingLineBreaks: 2 });
      },
    },
    selectors: [...headings, { selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }],
  });
}

/** Markdown's inline markup is not policy text: emphasis marks and link targets go. */
function markdownToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/**
 * A PDF has no paragraphs, only lines. A line that fills most of the widest line's length and
 * does not end a sentence was wrapped by the layout, whatever case the next line starts with
 * ("… the Autoriteit" / "Persoonsgegevens."), so it is joined to the next one.
 */
function joinWrapped(page: string): string {
  const lines = page.split('\n').map((l) => l.trimEnd());
  const widest = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && line && prev.length >= widest * 0.8 && !/[.!?:;]$/.test(prev)) out[out.length - 1] = `${prev} ${line.trimStart()}`;
    else out.push(line);
  }
  return out.join('\n');
}

async function pdfToText(bytes: Buffer): Promise<string> {
  // pdfjs-dist ships as ES modules only; the specifier is a variable so the CommonJS bundle keeps
  // a real import() (scripts/build.mjs leaves pdfjs-dist external) instead of a require().
  const specifier = 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdfjs = (await import(specifier)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let page = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        page += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(page);
    }
    return pages.map(joinWrapped).join('\n\n');
  } finally {
    await doc.destroy();
  }
}

async function docxToText(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await (mammoth.default ?? mammoth).convertToHtml({ buffer: bytes });
  return htmlToText(value);
}

export async function extractPolicy(source: PolicySource): Promise<Extracted> {
  const bytes = source.base64 ? decodeBase64(source.base64, 'source.base64') : null;
  const format = formatOf(source, bytes);
  const asText = source.text ?? bytes!.toString('utf8');
  let raw: string;
  try {
    if (format === 'pdf') raw = await pdfToText(bytes ?? Buffer.from(asText, 'utf8'));
    else if (format === 'docx') raw = await docxToText(bytes ?? Buffer.from(asText, 'utf8'));
    else if (format === 'html') raw = htmlToText(asText);
    else if (format === 'markdown') raw = markdownToText(asText);
    else raw = asText;
  } catch {
    // The extractor's message may quote the file; say only what went wrong.
    throw new PolicyInputError({ [sourceField(source)]: [`This is not a readable ${format.toUpperCase()} file.`] });
  }
  if (format !== 'pdf' && format !== 'docx' && raw.includes('\uFFFD')) throw new PolicyInputError({ [sourceField(source)]: ['The text is not UTF-8; save it as UTF-8 and import it again.'] });
  return { format, bytes, mimeType: MIME[format], raw };
}
