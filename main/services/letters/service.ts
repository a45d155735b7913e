// The letters capability: templates, preview, generation into the request's file store, "mark
// sent" and the request's letter language. One object per call over the unlocked store.
import type { z } from 'zod';
import type { Language } from '../../../shared/i18n/locales';
import { PROFILE_KEYS } from '../../../shared/model/org-profile';
import { profileNeeded, type LetterTemplateInfo, type PlaceholderValues, type TemplateName } from '../../../shared/letters/model';
import { offeredLetters } from '../../../shared/letters/offered';
import { checkTemplate, renderTemplate, type RenderedLetter } from '../../../shared/letters/render';
import { LETTER_WORDS } from '../../../shared/letters/words';
import type {
  GeneratedLetter,
  LetterGenerate,
  LetterPreview,
  LetterRecord,
  RequestLetters,
  letterMarkSentInput,
  letterPreviewInput,
  letterSetLanguageInput,
  templateResetInput,
  templateSaveInput,
} from '../../../shared/model/letter';
import type { Settings } from '../../../shared/model/settings';
import { compareDates } from '../../../shared/dates/iso';
import { readSettings } from '../../store/settings-repo';
import type { Store } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { RequestService } from '../requests/service';
import { requireRow, type RequestRow } from '../requests/repo';
import { todayIn } from '../requests/today';
import { RequestInputError } from '../requests/errors';
import { processingActivities, recipientsShown, type ActivitySource, type CoveringActivity } from './access-source';
import { LetterItemsMissingError, ProfileIncompleteError } from './errors';
import { allTemplates, currentTemplate, saveTemplate, SHIPPED } from './templates-repo';
import { placeholderValues } from './values';
import { letterRecords, requireLetter, storeLetter } from './letters-repo';
import { recordSent } from './sent';
import type { LetterLayout } from './layout';
import { layoutOf } from './layout';
import { writeLetterPdf } from './pdf';
import type { PdfResult, PdfSink } from '../../pdf/document';

/** Writes a layout's PDF into a sink (pdf.ts); tests put in one that fails part-way. */
export type LetterPdfWriter = (layout: LetterLayout, sink: PdfSink, step?: (done: number, total: number) => void) => PdfResult;

export interface LetterServiceOptions {
  clock?: () => Date;
  /** The records of processing by default. */
  activities?: ActivitySource;
  pdf?: LetterPdfWriter;
}

/** Everything a letter is made from, before it is laid out. */
interface Prepared {
  row: RequestRow;
  settings: Settings;
  language: Language;
  template: LetterTemplateInfo;
  rendered: RenderedLetter;
  values: PlaceholderValues;
  profileMissing: string[];
  activities: CoveringActivity[];
}

export class LetterService {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: LetterServiceOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  private today(s: Settings): string {
    return todayIn(this.clock(), s.timeZone);
  }

  templates(): LetterTemplateInfo[] {
    return allTemplates(this.store.db);
  }

  saveTemplate(input: z.output<typeof templateSaveInput>, actor: string): LetterTemplateInfo {
    return this.store.tx(actor, 'letter.templateSave', (t) => saveTemplate(t, input, actor));
  }

  resetTemplate(input: z.output<typeof templateResetInput>, actor: string): LetterTemplateInfo {
    const shipped = SHIPPED[input.language][input.name];
    return this.store.tx(actor, 'letter.templateReset', (t) => saveTemplate(t, { ...input, ...shipped }, actor));
  }

  languageOf(row: RequestRow, s: Settings): Language {
    return (row.letter_language as Language | null) ?? s.letterLanguage;
  }

  private prepare(input: LetterGenerate & { subject?: string; body?: string }): Prepared {
    const db = this.store.db;
    const row = requireRow(db, input.ref);
    const settings = readSettings(db);
    const today = this.today(settings);
    const language = input.language ?? this.languageOf(row, settings);
    const stored = currentTemplate(db, input.template, language);
    const template = { ...stored, subject: input.subject ?? stored.subject, body: input.body ?? stored.body };
    const request = new RequestService(this.store, { clock: this.clock }).detail(row.ref);
    // The extension is not recorded until the letter is sent: its reasons come with the letter.
    if (input.reasons && !request.extension) request.extension = { noticeSentOn: today, reasons: input.reasons };
    const isAccess = input.template === 'access-response';
    const source = this.options.activities ?? processingActivities(input.subjectKind, () => today);
    const activities = isAccess ? source.covering(db, row, language) : [];
    const art19 = input.template === 'art19-recipient-notice' ? request.art19?.listing.recipients ?? [] : [];
    const art19Recipient = (input.recipient ? art19.find((r) => r.id === input.recipient) : art19[0])?.name ?? null;
    if (input.recipient && !art19Recipient) throw new RequestInputError({ recipient: ['This recipient is not in the Art. 19 listing of this request.'] });
    const values = placeholderValues({
      request,
      settings,
      today,
      language,
      template: input.template,
      recipients: isAccess ? recipientsShown(db, row, today) : [],
      activities,
      art19Recipient,
      summary: input.summary,
    });
    const words = LETTER_WORDS[language];
    const rendered = renderTemplate(template.subject, template.body, values, (name) => words.missing(words.placeholderNames[name]));
    const profileMissing = profileNeeded(input.template).filter((key) => {
      const v = settings[PROFILE_KEYS[key as keyof typeof PROFILE_KEYS].field as keyof Settings];
      return typeof v !== 'string' || !v.trim();
    });
    return { row, settings, language, template, rendered, values, profileMissing, activities };
  }

  /** The letter as blocks, for the editor's live preview; never refused for gaps (it shows them). */
  preview(input: z.output<typeof letterPreviewInput>): LetterPreview {
    const p = this.prepare(input);
    return {
      subject: p.rendered.subject,
      blocks: p.rendered.blocks,
      missing: [...new Set([...p.profileMissing, ...p.rendered.missing])],
      problems: checkTemplate(p.template.subject, p.template.body),
      templateVersion: p.template.version,
      language: p.language,
    };
  }

  /**
   * Refused while the profile or the letter's required items are empty (naming each), unless a
   * draft is asked for: then every gap prints as MISSING and DRAFT crosses every page, and the
   * draft is not stored. A complete letter is stored on the request with its SHA-256.
   */
  generate(input: LetterGenerate, actor: string, step?: (done: number, total: number) => void): GeneratedLetter {
    const p = this.prepare(input);
    const missing = [...new Set([...p.profileMissing, ...p.rendered.missing])];
    if (!input.draft) {
      if (p.profileMissing.length) throw new ProfileIncompleteError(p.profileMissing);
      if (p.rendered.missing.length) throw new LetterItemsMissingError(p.rendered.missing.map((m) => `${m} (${LETTER_WORDS.en.placeholderNames[m]})`));
    }
    const filename = `${p.row.ref}-${input.template}-${p.language}${input.draft ? '-draft' : ''}.pdf`;
    const layout = layoutOf({
      template: input.template,
      language: p.language,
      settings: p.settings,
      values: p.values,
      rendered: p.rendered,
      draft: input.draft,
      activities: p.activities,
      createdAt: this.clock(),
      templateVersion: p.template.version,
    });
    const write = this.options.pdf ?? writeLetterPdf;
    // Letters are a few pages: the bytes are also kept for the answer (the CLI writes them to --out).
    const chunks: Buffer[] = [];
    const answer = (pdf: PdfResult, letter: LetterRecord | null): GeneratedLetter => ({
      letter,
      pages: pdf.pages,
      sha256: pdf.sha256,
      template: input.template,
      templateVersion: p.template.version,
      language: p.language,
      missing,
      filename,
      base64: Buffer.concat(chunks).toString('base64'),
    });
    // A draft is for the DPO's eyes only and is not stored.
    if (input.draft) return answer(write(layout, (c) => chunks.push(c), step), null);
    // One transaction: the PDF is stored piece by piece as it is written, with the letter's row,
    // its timeline entry and audit events; a failure part-way leaves no file and no row.
    return this.store.tx(actor, 'letter.generate', (t) => {
      const row = requireRow(t.db, p.row.ref);
      const stored = storeLetter(t, row, {
        template: input.template,
        language: p.language,
        templateVersion: p.template.version,
        filename,
        activities: p.activities.map((a) => `${a.ref} ${a.name}`),
        params: { ...(input.template === 'extension-notice' && input.reasons ? { reasons: input.reasons } : {}), ...(input.summary ? { summary: input.summary } : {}) },
      }, actor, (sink) =>
        write(
          layout,
          (c) => {
            chunks.push(c);
            sink(c);
          },
          step,
        ),
      );
      bumpVersion(t.db, 'requests', row.id, t.now);
      return answer(stored.pdf, stored.letter);
    });
  }

  forRequest(ref: string): RequestLetters {
    const db = this.store.db;
    const row = requireRow(db, ref);
    const s = readSettings(db);
    const today = this.today(s);
    const detail = new RequestService(this.store, { clock: this.clock }).detail(row.ref);
    const letters = letterRecords(db, row.id);
    const { offered, others } = offeredLetters({
      status: row.status,
      types: detail.types,
      today,
      extensionNoticeBy: detail.deadline.extensionNoticeBy,
      extended: detail.deadline.extended,
      verified: row.verified_on !== null,
      generated: letters.map((l) => l.template as TemplateName),
    });
    return { language: this.languageOf(row, s), languageChosen: row.letter_language !== null, offered, others, letters };
  }

  setLanguage(input: z.output<typeof letterSetLanguageInput>, actor: string): RequestLetters {
    this.store.tx(actor, 'letter.setLanguage', (t) => {
      const row = requireRow(t.db, input.ref);
      if (row.letter_language === input.language) return t.audit({ entityType: 'request', entityId: row.ref, summary: { letterLanguage: { old: row.letter_language, new: input.language } } });
      stmt(t.db, 'UPDATE requests SET letter_language = ? WHERE id = ?').run(input.language, row.id);
      bumpVersion(t.db, 'requests', row.id, t.now);
      t.audit({ entityType: 'request', entityId: row.ref, summary: { letterLanguage: { old: row.letter_language, new: input.language } } });
    });
    return this.forRequest(input.ref);
  }

  /**
   * Records the day the letter went out and the workflow step it stands for, in one transaction:
   * an extension notice records the extension with that day as its notice date (the deadline
   * engine checks it was in time, GDPR Art. 12(3)); an answer letter records the response on that
   * day ("answered on time" counts it); an identity or clarification request pauses the clock.
   */
  markSent(input: z.output<typeof letterMarkSentInput>, actor: string): LetterRecord {
    const s = readSettings(this.store.db);
    const today = this.today(s);
    const sentOn = input.sentOn ?? today;
    this.store.tx(actor, 'letter.markSent', (t) => {
      const row = requireRow(t.db, input.ref);
      const letter = requireLetter(t.db, row, input.letter);
      const generatedOn = todayIn(new Date(letter.generatedAt), s.timeZone);
      if (compareDates(sentOn, generatedOn) < 0) throw new RequestInputError({ sentOn: [`${sentOn} is before the letter was generated (${generatedOn}).`] });
      if (compareDates(sentOn, today) > 0) throw new RequestInputError({ sentOn: [`${sentOn} is in the future; today is ${today}.`] });
      recordSent(t, { store: this.store, settings: s, today, actor }, row, letter, sentOn);
    });
    const row = requireRow(this.store.db, input.ref);
    return requireLetter(this.store.db, row, input.letter);
  }
}
