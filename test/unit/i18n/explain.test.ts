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
    expect(lines).toContain('Verlenging: ontvangen za 31 jan 2026 · één maand → za 28 feb 2026 · nog twee maanden → di 28 apr 2026');
    expect(lines).toContain(
      'Een latere lezing geeft do 30 apr 2026 als verlengde uiterste datum: drie maanden vanaf ontvangst (drie maanden vanaf ontvangst (ICO-richtsnoer over termijnen; EDPB-richtsnoeren 01/2022))',
    );
  });

  it('pauses, the internal target and warnings in Dutch', () => {
    const r = computeDeadline(QUERIES[2]!);
    const lines = explainLines(r.explanationLines, NL);
    // The open pause was asked 18 days in: not "without undue delay" (EDPB Guidelines 01/2022),
    // so only the first pause moves the date; the later one is named as an alternative.
    expect(lines[0]).toBe('ontvangen ma 2 mrt 2026 · één maand → do 2 apr 2026 · +7 opgeschorte dagen → do 9 apr 2026');
    expect(lines).toContain('Interne streefdatum: ontvangen ma 2 mrt 2026 · 28 dagen +7 opgeschort → ma 6 apr 2026 · Easter Monday, weekend, naar voren gehaald → vr 3 apr 2026');
    expect(lines).toContain(
      'Een latere lezing geeft di 14 apr 2026 als uiterste datum: de laat gevraagde opschorting meegeteld (art. 12, lid 6, AVG, overweging 63 (opschorting meegeteld, hoe laat ook gevraagd))',
    );
    expect(r.warnings.map((w) => warningText(w, NL))).toContain(
      'om identiteitsbewijs is 18 dagen na ontvangst gevraagd (vr 20 mrt 2026): niet "onverwijld"; de opschorting verschuift de uiterste datum niet (EDPB-richtsnoeren 01/2022)',
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
