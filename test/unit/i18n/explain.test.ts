// The deadline engine returns its working as codes and parameters; the catalogs write it. English
// must read exactly as the engine's `explanation` (the CLI and JSON keep it), Dutch must read as
// Dutch, with Dutch dates, and with no English words left in.
import { describe, expect, it } from 'vitest';
import { computeDeadline, REGIME_RULES, RULES_VERSION, type DeadlineQueryInput } from '../../../shared/deadlines';
import { en, LOCALES, nl } from '../../../shared/i18n';
import { explainLines, warningText } from '../../../shared/i18n/explain';

const EN = { words: en.explain, locale: LOCALES.en };
const NL = { words: nl.explain, locale: LOCALES.nl };

// Every kind of line and warning: clamping, roll-forward, restart and suspension pauses (open
// and answered), extension notice, deferral, acknowledgement, closures, receipt on a holiday.
const QUERIES: DeadlineQueryInput[] = [
  { regime: 'gdpr', received: '2026-01-31' },
  { regime: 'gdpr', received: '2026-04-05' },
  { regime: 'gdpr', received: '2026-03-02', asOf: '2026-03-25', pauses: [{ from: '2026-03-03', to: '2026-03-10', reason: 'identity' }, { from: '2026-03-20', to: null }] },
  { regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-04-20', to: '2026-04-23', reason: 'clarification' }] },
  { regime: 'gdpr', received: '2026-03-02', extensionNoticeSentOn: '2026-03-20', companyClosures: [{ date: '2026-06-02', name: 'verhuizing' }, { date: '2026-03-30', name: 'heidag' }] },
  { regime: 'uk-gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-03', to: '2026-03-05', reason: 'identity' }, { from: '2026-03-10', to: '2026-03-12', reason: 'clarification' }] },
  { regime: 'uk-gdpr', received: '2026-03-02', asOf: '2026-03-09', pauses: [{ from: '2026-03-03', to: null, reason: 'fee' }] },
  { regime: 'ccpa', received: '2026-03-20' },
  { regime: 'ccpa', received: '2026-11-23', kind: 'opt-out' },
  { regime: 'lgpd', received: '2026-08-23' },
  { regime: 'fadp', received: '2026-03-02', extensionNoticeSentOn: '2026-03-10' },
];

describe('deadline working in the reader\'s language', () => {
  it('English from the codes is exactly the engine\'s explanation and warning messages', () => {
    for (const q of QUERIES) {
      const r = computeDeadline(q);
      expect(explainLines(r.explanationLines, EN)).toEqual(r.explanation);
      for (const w of r.warnings) expect(warningText(w, EN)).toBe(w.message);
    }
  });

  it('the chain of the brief, in Dutch', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-01-31' });
    const lines = explainLines(r.explanationLines, NL);
    expect(lines[0]).toBe('ontvangen za 31 jan 2026 · één maand → za 28 feb 2026 · weekend → ma 2 mrt 2026');
    expect(lines[1]).toBe(
      '31 februari 2026 bestaat niet: een termijn in maanden eindigt dan op de laatste dag van die maand, za 28 feb 2026 (Verordening 1182/71, art. 3, lid 2, onder c)',
    );
    expect(lines).toContain('Verlenging: ontvangen za 31 jan 2026 · drie maanden → do 30 apr 2026');
  });

  it('pauses, the internal target and warnings in Dutch', () => {
    const r = computeDeadline(QUERIES[2]!);
    const lines = explainLines(r.explanationLines, NL);
    expect(lines[0]).toBe('ontvangen ma 2 mrt 2026 · één maand → do 2 apr 2026 · +12 opgeschorte dagen → di 14 apr 2026');
    expect(lines).toContain('De termijn is opgeschort: er staat nog een vraag open, dus deze datums zijn voorlopig');
    expect(lines).toContain('Interne streefdatum: ontvangen ma 2 mrt 2026 · 28 dagen +12 opgeschort → za 11 apr 2026 · weekend, naar voren gehaald → vr 10 apr 2026');
    expect(r.warnings.map((w) => warningText(w, NL))).toContain(
      'termijn opgeschort sinds vr 20 mrt 2026 in afwachting van identiteitsbewijs; de datums gaan ervan uit dat het wo 25 mrt 2026 binnenkomt en schuiven elke dag op dat het niet binnenkomt',
    );
  });

  it('every citation of the GDPR rules has its Dutch form (art. …, lid …, AVG)', () => {
    const g = REGIME_RULES.gdpr.kinds.standard!;
    const recorded = [g.citation, g.rollCitation, g.extension!.citation, g.pause.citation];
    for (const c of recorded) {
      const dutch = nl.explain.citation(c);
      expect(dutch, c).not.toBe(c);
      expect(dutch, c).not.toMatch(/\bGDPR\b|\bArt\. \d/);
    }
    const r = computeDeadline({ regime: 'gdpr', received: '2026-03-02' });
    expect(explainLines(r.explanationLines, NL).at(-1)).toBe(
      'Regels 2026.11.1: art. 12, lid 3, AVG; Verordening 1182/71, art. 3, lid 2, onder c; doorschuiven: Verordening 1182/71, art. 3, lid 4, en art. 2, lid 1; feestdagen: wettelijke kalender NL'.replace('2026.11.1', RULES_VERSION),
    );
  });

  it('no English words are left in the Dutch working (citations and holiday names aside)', () => {
    const ENGLISH = /\b(received|paused|days?|months?|moved earlier|capped|Extension|Acknowledge|Internal target|Pause|asked|answered|still open|holidays|roll-forward|weekend,? moved)\b/;
    for (const q of QUERIES) {
      const r = computeDeadline(q);
      // Citations and the library's holiday names are data, passed through as recorded.
      const passThrough = [...r.citations.map((c) => nl.explain.citation(c)), 'Independence Day', 'Thanksgiving Day', 'Day after Thanksgiving Day', "César Chávez Day", 'Good Friday', 'Easter Monday'];
      for (const line of [...explainLines(r.explanationLines, NL), ...r.warnings.map((w) => warningText(w, NL))]) {
        const words = passThrough.reduce((text, p) => text.split(p).join(''), line);
        expect(words, line).not.toMatch(ENGLISH);
      }
    }
  });
});
