// The regulator's audit pack for a period: cover, table of contents with page numbers, then one
// section per register (SECTIONS), each one module (section.ts).
import { formatDay } from '../../../../shared/dates/format';
import { formatCount } from '../../../../shared/i18n/locales';
import type { AuditHead } from '../../../../shared/model/report';
import { stmt } from '../../../store/statements';
import { BODY_SIZE, type Later, type PdfDocument } from '../../../pdf/document';
import type { ReportEnv, ReportPlan, Step } from '../generate';
import { auditSection } from './audit';
import { breachesSection } from './breaches';
import { disclosuresSection } from './disclosures';
import { policySection } from './policy';
import { processingSection } from './processing';
import { requestsSection } from './requests';
import type { PackContext, PackSection, Period } from './section';

/** In the order they print. */
export const SECTIONS: readonly PackSection[] = [requestsSection, disclosuresSection, policySection, processingSection, breachesSection, auditSection];

/**
 * Who is named on the cover. The organisation comes from Settings; the DPO and the supervisory
 * authority join when the organisation profile has them (the Dutch default authority meanwhile).
 */
function profile(env: ReportEnv): { organisation: string; dpo: string | null; authority: string } {
  const s = env.settings as unknown as Record<string, unknown>;
  const text = (k: string) => (typeof s[k] === 'string' && s[k] ? (s[k] as string) : null);
  return { organisation: env.organisation, dpo: text('dpoName'), authority: text('authorityName') ?? 'Autoriteit Persoonsgegevens' };
}

export function auditPackPlan(env: ReportEnv, from: string | null, to: string | null): ReportPlan {
  const period: Period = { from, to: to ?? env.today };
  const w = env.w;
  const t = w.reports.auditPack;
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso.slice(0, 10), { locale: env.locale }) : '—');
  // Since the first request when no start is given: the cover names real dates.
  const first = from ?? (stmt(env.db, 'SELECT min(received_date) AS d FROM requests').get() as { d: string | null }).d;
  const periodText = first ? t.period(day(first), day(period.to)) : `${w.reports.screen.wholeRegister} – ${day(period.to)}`;
  return {
    kind: 'audit-pack',
    fileKind: 'audit-pack',
    filename: `audit-pack-${from ?? 'start'}-${period.to}.pdf`,
    title: t.title,
    subject: t.subject(periodText),
    requestId: null,
    requestRef: null,
    from,
    to: period.to,
    layout(pdf: PdfDocument, head: AuditHead, step: Step) {
      const total = SECTIONS.reduce((n, s) => n + s.size(env, period), 0) + 2;
      let done = 0;
      const ctx: PackContext = {
        env,
        period,
        head,
        tick: (n = 1) => step((done += n), total),
        day,
        count: (n) => formatCount(n, env.locale),
      };
      // Cover.
      const p = profile(env);
      pdf.spacer(6);
      pdf.heading(t.cover.heading, 1);
      pdf.keyValues([
        [t.cover.period, periodText],
        [t.cover.organisation, p.organisation],
        [t.cover.dpo, p.dpo ?? t.cover.notSet],
        [t.cover.authority, p.authority],
        [t.cover.generated, env.generatedAt],
      ]);
      pdf.paragraph(t.cover.sha, { size: 8.5, color: '#555555' });
      ctx.tick();
      // Contents: each section's first page is known only once it is laid out.
      pdf.newPage();
      pdf.heading(t.toc, 1);
      const toc = pdf.struct('TOC');
      const pages = new Map<string, Later>();
      for (const s of SECTIONS) {
        const later = pdf.later(BODY_SIZE, 'right');
        pages.set(s.id, later);
        const y = pdf.doc.y;
        pdf.tagged('TOCI', () => {
          pdf.doc.font('DejaVuSans').fontSize(BODY_SIZE).fillColor('#1a1a1a').text(s.title(env), pdf.left, y, { width: pdf.width - 40, lineBreak: false });
        }, toc);
        pdf.drawLater(later, pdf.left + pdf.width, y);
        pdf.doc.y = y + BODY_SIZE * 1.8;
      }
      toc.end();
      for (const s of SECTIONS) {
        pdf.newPage();
        pdf.fill(pages.get(s.id)!, String(pdf.pages));
        pdf.doc.outline.addItem(s.title(env));
        pdf.heading(s.title(env), 1);
        s.render(pdf, ctx);
      }
      ctx.tick();
    },
  };
}
