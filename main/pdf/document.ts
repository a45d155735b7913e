// A PDF written straight into a sink as it is laid out: pdfkit 0.20 with the embedded DejaVu
// font, tagged (structure tree, document language), with metadata, PDF/A-3b identification, and a
// footer on every page ("organisation · generated … · Page X of Y").
//
// Memory stays flat however many pages: every page is finished as soon as the next one starts
// (no bufferPages), and the one number not known until the end, the page total Y, is drawn by a
// form XObject that every footer references and that is written last. Nothing goes to a temp file:
// the sink receives each chunk synchronously (the caller stores it in the encrypted database).
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { showBidiControls } from '../../shared/text/bidi';
import { FONT_BOLD, FONT_REGULAR, fontBytes, type FontName } from './fonts';

/**
 * Text as printed: pdfkit lays text out left to right and applies no bidi algorithm, so direction
 * controls in user text would do nothing visible, and the font has no glyph for them (a box).
 * They are shown as code points ("[U+202E]"), as the app shows them, so a disguised file name stays
 * recognisable in the PDF too. Other control characters (except tab and line breaks) are dropped.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return showBidiControls(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export interface PdfMeta {
  title: string;
  subject: string;
  /** The organisation (it also prints in the footer). */
  author: string;
  /** BCP 47, e.g. 'en-GB' or 'nl-NL': the document language for screen readers. */
  lang: string;
  keywords?: string;
  createdAt: Date;
}

export interface PdfFooter {
  /** Left part, e.g. "Acme B.V. · Generated Sun 6 Dec 2026 07:00 UTC". */
  text: string;
  /** "Page" / "Pagina" and "of" / "van": the footer reads "<text> · Page 3 of 12". */
  page: string;
  of: string;
}

export interface PdfOptions {
  meta: PdfMeta;
  footer: PdfFooter;
  /** Printed diagonally across every page (a draft letter: "DRAFT"). */
  watermark?: string;
  /** A4 by default. */
  size?: 'A4' | 'LETTER';
}

/** What the finished document amounts to. */
export interface PdfResult {
  pages: number;
  bytes: number;
  sha256: string;
}

export type PdfSink = (chunk: Buffer) => void;

/**
 * Text known only later (the page total, a table of contents' page numbers): drawn now as a form
 * XObject that every use references, its content written once by `fill` before `finish`.
 */
export interface Later {
  readonly name: string;
  readonly size: number;
  readonly align: 'left' | 'right';
}

export type Struct = PDFKit.PDFStructureElement;

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const FOOTER_SIZE = 8;
export const COLORS = { text: '#1a1a1a', muted: '#555555', rule: '#999999', band: '#eef1f5', accent: '#2f5d8a' } as const;
const HEADING_SIZES = { 1: 18, 2: 14, 3: 11.5 } as const;
export const BODY_SIZE = 10;

/**
 * pdfkit is a Readable stream that pushes each written object; left to the stream machinery the
 * chunks would queue in memory while a long synchronous layout runs. This subclass hands every
 * chunk to the sink at once. Chunks written by pdfkit's own constructor (the header), before the
 * sink is attached, are held and handed over on attach.
 */
class SinkDocument extends PDFDocument {
  // `declare`: a field initialiser would run after pdfkit's constructor and drop its header.
  declare sinkFn: ((chunk: Buffer | null) => void) | undefined;
  declare early: Array<Buffer | null> | undefined;
  override push(chunk: unknown): boolean {
    const c = chunk === null ? null : Buffer.from(chunk as Uint8Array);
    if (this.sinkFn) this.sinkFn(c);
    else (this.early ??= []).push(c);
    return true;
  }
  /** pdfkit pastes title and subject into its XMP packet as they are: escape them there only. */
  override endMetadata(): void {
    const info = this.info as unknown as Record<string, unknown>;
    const saved = { ...info };
    for (const [k, v] of Object.entries(info)) if (typeof v === 'string') info[k] = xmlSafe(v);
    (PDFDocument.prototype as unknown as { endMetadata(): void }).endMetadata.call(this);
    Object.assign(info, saved);
  }
  attach(fn: (chunk: Buffer | null) => void): void {
    this.sinkFn = fn;
    for (const c of this.early ?? []) fn(c);
    this.early = undefined;
  }
}

/** pdfkit internals the footer uses (typed here once, not in @types/pdfkit). */
interface EmbeddedFontInternals {
  id: string;
  encode(text: string): [string[], unknown];
  widthOfString(text: string, size: number): number;
  ref(): PDFKit.PDFKitReference;
}
interface DocInternals {
  _font: EmbeddedFontInternals;
  _fontFamilies: Record<string, EmbeddedFontInternals>;
  page: PDFKit.PDFPage & { fonts: Record<string, unknown>; xobjects: Record<string, unknown>; height: number; width: number };
}

/**
 * A list of references as the text pdfkit would print for it, in an object pdfkit prints as it is:
 * its serialiser writes any PDFAbstractReference by calling toString().
 */
function printedReferences(refs: readonly object[]): object {
  const text = `[${refs.map(String).join(' ')}]`;
  const abstractReference = Object.getPrototypeOf(Object.getPrototypeOf(refs[0])) as object;
  return Object.create(abstractReference, { toString: { value: () => text } }) as object;
}

/** Escapes text for pdfkit's XMP metadata, which inserts title and subject as they are. */
function xmlSafe(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class PdfDocument {
  readonly doc: PDFKit.PDFDocument;
  /** The document's structure root: headings, paragraphs, tables and figures hang from it. */
  readonly root: Struct;
  private pageCount = 0;
  private size = 0;
  private readonly hash = createHash('sha256');
  private ended = false;
  private readonly total: Later;
  private readonly laters = new Map<string, { ref: PDFKit.PDFKitReference; later: Later; text: string | null }>();
  private readonly opts: PdfOptions;
  /** Parent-tree keys of finished pages whose entries are still full references (compactParentTree). */
  private openParentKeys: number[] = [];
  private lastPage: { dictionary: { data: { StructParents?: number } } } | null = null;

  constructor(opts: PdfOptions, sink: PdfSink) {
    this.opts = opts;
    const doc = new SinkDocument({
      size: opts.size ?? 'A4',
      margins: MARGIN,
      autoFirstPage: false,
      bufferPages: false,
      tagged: true,
      lang: opts.meta.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-3b',
      // pdfkit would load Helvetica (not embeddable under PDF/A) as its first font otherwise.
      font: fontBytes(FONT_REGULAR) as unknown as string,
      info: {
        Title: opts.meta.title,
        Author: opts.meta.author,
        Subject: opts.meta.subject,
        Keywords: opts.meta.keywords ?? '',
        Creator: 'DPO Workbench',
        Producer: 'DPO Workbench (PDFKit)',
        CreationDate: opts.meta.createdAt,
      },
    } as PDFKit.PDFDocumentOptions) as SinkDocument;
    doc.attach((chunk) => {
      if (!chunk) {
        this.ended = true;
        return;
      }
      this.size += chunk.length;
      this.hash.update(chunk);
      sink(chunk);
    });
    this.doc = doc;
    doc.registerFont(FONT_REGULAR, fontBytes(FONT_REGULAR) as unknown as string);
    doc.registerFont(FONT_BOLD, fontBytes(FONT_BOLD) as unknown as string);
    // Load both faces under their registered names now, so footers and watermarks can use them.
    this.font(FONT_BOLD).font(FONT_REGULAR);
    // The page total: one form XObject, filled in by finish(), referenced by every footer.
    this.total = this.later(FOOTER_SIZE);
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    doc.on('pageAdded', () => this.onPage());
    doc.addPage();
  }

  private get internals(): DocInternals {
    return this.doc as unknown as DocInternals;
  }

  font(name: FontName, size?: number): this {
    this.doc.font(name);
    if (size) this.doc.fontSize(size);
    return this;
  }

  get pages(): number {
    return this.pageCount;
  }
  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  /** The lowest y content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  get top(): number {
    return MARGIN.top;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** Adds a structure element under the document root (or `parent`) and returns it. */
  struct(type: string, parent: Struct = this.root, options: Record<string, unknown> = {}): Struct {
    const el = this.doc.struct(type, options);
    parent.add(el);
    return el;
  }

  /** Content drawn by `draw` tagged as a `type` element (P, H1, Caption…) under `parent`. */
  tagged(type: string, draw: () => void, parent: Struct = this.root, options: Record<string, unknown> = {}): void {
    parent.add(this.doc.struct(type, options, [draw]));
  }

  heading(text: string, level: 1 | 2 | 3 = 1, parent: Struct = this.root): void {
    const size = HEADING_SIZES[level];
    // A heading never ends a page: keep room for it and two lines after it.
    this.ensureSpace(size * 1.4 + BODY_SIZE * 3.2);
    if (this.doc.y > this.top + 1) this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.tagged(`H${level}`, () => {
      this.font(FONT_BOLD, size).doc.fillColor(level === 1 ? COLORS.accent : COLORS.text);
      this.doc.text(printable(text), this.left, this.doc.y, { width: this.width });
    }, parent);
    this.doc.fillColor(COLORS.text);
    this.doc.moveDown(0.3);
  }

  /** A wrapped paragraph; long ones flow onto the next page. */
  paragraph(text: string, opts: { bold?: boolean; size?: number; color?: string; parent?: Struct } = {}): void {
    const size = opts.size ?? BODY_SIZE;
    this.ensureSpace(size * 2.5);
    this.tagged('P', () => {
      this.font(opts.bold ? FONT_BOLD : FONT_REGULAR, size).doc.fillColor(opts.color ?? COLORS.text);
      this.doc.text(printable(text), this.left, this.doc.y, { width: this.width, lineGap: 1.5 });
    }, opts.parent);
    this.doc.fillColor(COLORS.text);
    this.doc.moveDown(0.4);
  }

  /** Label/value lines ("Received: Tue 7 Apr 2026"), the label bold, values wrapped beside it. */
  keyValues(pairs: ReadonlyArray<readonly [string, string]>, parent: Struct = this.root, labelWidth = 150): void {
    const list = this.struct('L', parent);
    for (const [label, raw] of pairs) {
      const value = printable(raw);
      // Each measured in the face it is drawn in: a bold label wraps sooner than a regular one.
      const valueHeight = this.font(FONT_REGULAR, BODY_SIZE).doc.heightOfString(value || ' ', { width: this.width - labelWidth });
      const labelHeight = this.font(FONT_BOLD, BODY_SIZE).doc.heightOfString(label, { width: labelWidth - 8 });
      const h = Math.max(valueHeight, labelHeight);
      this.ensureSpace(h + 2);
      const y = this.doc.y;
      const li = this.struct('LI', list);
      this.tagged('Lbl', () => {
        this.font(FONT_BOLD, BODY_SIZE).doc.fillColor(COLORS.muted).text(label, this.left, y, { width: labelWidth - 8 });
      }, li);
      this.tagged('LBody', () => {
        this.font(FONT_REGULAR, BODY_SIZE).doc.fillColor(COLORS.text).text(value || '—', this.left + labelWidth, y, { width: this.width - labelWidth });
      }, li);
      li.end();
      this.doc.y = y + h + 2;
    }
    list.end();
    this.doc.x = this.left;
    this.doc.moveDown(0.4);
  }

  spacer(lines = 1): void {
    this.doc.moveDown(lines);
  }

  /** A placeholder for text known only at the end (set it with `fill`). */
  later(size: number = BODY_SIZE, align: 'left' | 'right' = 'left'): Later {
    const later: Later = { name: `Later${this.laters.size + 1}`, size, align };
    const ref = this.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [-400, -size, 400, size * 1.5], Resources: { Font: {} } });
    this.laters.set(later.name, { ref, later, text: null });
    return later;
  }

  /** Draws `later` with its baseline font box top at (x, y) (pdfkit's top-left coordinates). */
  drawLater(later: Later, x: number, y: number): void {
    const entry = this.laters.get(later.name)!;
    const page = this.internals.page;
    page.xobjects[later.name] = entry.ref;
    const f = this.internals._fontFamilies[FONT_REGULAR]! as EmbeddedFontInternals & { ascender: number };
    const baseline = page.height - (y + (f.ascender / 1000) * later.size);
    this.doc.addContent(`q 1 0 0 -1 0 ${page.height} cm 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} cm /${later.name} Do Q`);
  }

  fill(later: Later, text: string): void {
    this.laters.get(later.name)!.text = text;
  }

  /** Finishes the document: the page total goes into every footer, then the trailer. */
  finish(): PdfResult {
    this.fill(this.total, String(this.pageCount));
    const f = this.internals._fontFamilies[FONT_REGULAR]!;
    for (const { ref, later, text } of this.laters.values()) {
      const [glyphs] = f.encode(text ?? '');
      const dx = later.align === 'right' ? -f.widthOfString(text ?? '', later.size) : 0;
      const resources = (ref as unknown as { data: { Resources: { Font: Record<string, unknown> } } }).data.Resources;
      resources.Font[f.id] = f.ref();
      ref.end(`BT /${f.id} ${later.size} Tf ${dx.toFixed(2)} 0 Td <${glyphs.join('')}> Tj ET`);
    }
    this.root.end();
    this.doc.end();
    if (!this.ended) throw new Error('The PDF did not finish writing.');
    return { pages: this.pageCount, bytes: this.size, sha256: this.hash.digest('hex') };
  }

  /**
   * The structure parent tree maps each page's marked contents to their structure elements, and
   * pdfkit keeps it whole until the end: one reference object per table cell, about 250 bytes each,
   * so the live heap grew with every row (a 30,000-request pack ran past a 128 MB heap). Once a
   * finished page's entries are all assigned (no content still open across its end), its list is
   * written down as the text it will print ("[12 0 R 13 0 R …]") and the references are let go.
   */
  private compactParentTree(): void {
    const key = this.lastPage?.dictionary.data.StructParents;
    if (typeof key === 'number') this.openParentKeys.push(key);
    this.lastPage = this.internals.page as unknown as typeof this.lastPage;
    if (!this.openParentKeys.length) return;
    const tree = (this.doc as unknown as { getStructParentTree(): { _items: Record<number, unknown> } }).getStructParentTree();
    this.openParentKeys = this.openParentKeys.filter((k) => {
      const entries = tree._items[k];
      if (!Array.isArray(entries)) return false;
      // A paragraph running onto the next page fills its entry on this one when it ends.
      if (entries.some((e) => e == null)) return true;
      if (entries.length) tree._items[k] = printedReferences(entries as object[]);
      return false;
    });
  }

  /** Footer and watermark, written as raw content so pdfkit's text state is left as it was. */
  private onPage(): void {
    this.pageCount++;
    const d = this.internals;
    this.compactParentTree();
    // pdfkit caches every string's glyph layout for the whole document; a register of 100,000
    // unique references would keep them all (hundreds of MB). A page's worth is enough to reuse a
    // measured cell when it is drawn, so the cache starts afresh with each page.
    for (const font of Object.values(d._fontFamilies) as Array<{ layoutCache?: object }>) if (font.layoutCache) font.layoutCache = Object.create(null) as object;
    const page = d.page;
    const f = d._fontFamilies[FONT_REGULAR]!;
    page.fonts[f.id] = f.ref();
    page.xobjects[this.total.name] = this.laters.get(this.total.name)!.ref;
    const prefix = `${this.opts.footer.text} · ${this.opts.footer.page} ${this.pageCount} ${this.opts.footer.of} `;
    const [glyphs] = f.encode(prefix);
    const x = MARGIN.left;
    const y = 30; // from the bottom edge, in PDF's own coordinates
    const w = f.widthOfString(prefix, FOOTER_SIZE);
    const raw = (s: string) => this.doc.addContent(s);
    // A pagination artifact: screen readers skip it (PDF/UA, ISO 14289-1 7.8).
    raw('/Artifact <</Type /Pagination /Subtype /Footer>> BDC');
    raw(`q 1 0 0 -1 0 ${page.height} cm 0.33 0.33 0.33 rg`);
    raw(`0.6 w 0.6 0.6 0.6 RG ${x} ${y + 12} m ${page.width - MARGIN.right} ${y + 12} l S`);
    raw(`BT /${f.id} ${FOOTER_SIZE} Tf 1 0 0 1 ${x} ${y} Tm <${glyphs.join('')}> Tj ET`);
    raw(`q 1 0 0 1 ${(x + w + 1).toFixed(2)} ${y} cm /${this.total.name} Do Q`);
    if (this.opts.watermark) {
      const b = d._fontFamilies[FONT_BOLD] ?? f;
      if (b !== f) page.fonts[b.id] = b.ref();
      const [wm] = b.encode(this.opts.watermark);
      const size = 96;
      const ww = b.widthOfString(this.opts.watermark, size);
      const c = Math.SQRT1_2;
      const cx = page.width / 2 - (ww / 2) * c;
      const cy = page.height / 2 - (ww / 2) * c;
      raw(`0.97 0.86 0.86 rg BT /${b.id} ${size} Tf ${c} ${c} ${-c} ${c} ${cx.toFixed(2)} ${cy.toFixed(2)} Tm 2 Tr 1.5 w 0.85 0.45 0.45 RG <${wm.join('')}> Tj ET`);
    }
    raw('Q EMC');
  }
}
