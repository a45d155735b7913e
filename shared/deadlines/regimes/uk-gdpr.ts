import { EXTENSION_READING } from './gdpr';
import type { RegimeRules } from './types';

export const ukGdpr: RegimeRules = {
  id: 'uk-gdpr',
  name: 'UK GDPR',
  countries: ['GB'],
  defaultCountry: 'GB',
  // Bank holidays differ within the UK. Without a region only the days common to all four
  // nations count (calendar.ts): Easter Monday, for one, is no bank holiday in Scotland. The
  // organisation's nation (ENG, WLS, SCT, NIR) is chosen in Settings or with --region.
  // Alderney is not UK GDPR territory.
  defaultRegion: () => undefined,
  // UK GDPR: retained EU law from IP completion day (European Union (Withdrawal) Act 2018 s.3;
  // DPPEC (EU Exit) Regulations 2019). Before that the EU GDPR applied in the UK, with the same
  // one-month period.
  appliesFrom: { date: '2021-01-01', citation: 'European Union (Withdrawal) Act 2018 s.3; SI 2019/419' },
  allowedRegions: () => ['ENG', 'WLS', 'SCT', 'NIR'],
  kinds: {
    standard: {
      // UK GDPR Art. 12(3): one month from receipt. ICO guidance ("Time limits for responding
      // to data protection rights requests"): the day of receipt is day one whether or not it
      // is a working day; the deadline is the corresponding calendar date of the next month,
      // or the last day of that month if there is no such date. ICO example: received
      // Mon 25 Nov 2024 -> due Fri 27 Dec 2024 (25 and 26 Dec are bank holidays).
      period: { unit: 'months', count: 1 },
      citation: 'UK GDPR Art. 12(3) and Art. 12A; ICO guidance on time limits',
      // DUAA 2025 s.76 (Art. 12A) came into force on 5 February 2026: SI 2026/82, the Data (Use
      // and Access) Act 2025 (Commencement No. 6 and Transitional and Saving Provisions)
      // Regulations 2026, reg. 2(h) (checked on the published text, 2026-12-06). Requests
      // received before then follow the ICO's earlier guidance, which is what they must cite.
      earlierCitation: { before: '2026-02-05', citation: 'UK GDPR Art. 12(3); ICO guidance on time limits (before DUAA 2025 s.76)' },
      // ICO: "If the corresponding calendar date falls on a weekend or a public holiday, you
      // have until the next working day to respond."
      rollForward: true,
      rollCitation: 'ICO guidance on time limits (next working day)',
      extension: {
        period: { unit: 'months', count: 3 },
        further: { unit: 'months', count: 2 },
        citation: 'UK GDPR Art. 12(3)/12A (two further months; notice with reasons within the first month); ICO method: three months from the start',
      },
      deferral: null,
      acknowledgement: null,
      pause: {
        // UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025 s.76; it codifies the
        // ICO guidance): the period begins with the LATEST of receipt of the request, receipt of
        // information reasonably requested to confirm identity (Art. 12(6)), and payment of a
        // fee. A third party's evidence of authority to act for the subject is treated by the
        // ICO like identity information. So these RESTART the month from the day they arrive.
        // Clarification is different: where the controller reasonably needs more information
        // to identify what is asked for, "the period beginning with the day on which the
        // controller makes the request and ending with the day on which the controller receives
        // the information" does not count: a SUSPENSION, both end days excluded.
        reasons: {
          identity: { kind: 'restart' },
          fee: { kind: 'restart' },
          'third-party-authority': { kind: 'restart' },
          clarification: { kind: 'suspend', inclusive: true },
        },
        defaultReason: 'identity',
        undueDelayDays: 7,
        citation: 'UK GDPR Art. 12A (DUAA 2025 s.76); Art. 12(5), 12(6); ICO guidance',
        note: 'Restart for identity, fee and authority; suspension (both end days excluded) for clarification.',
        earlierCitation: { before: '2026-02-05', citation: 'UK GDPR Art. 12(5), 12(6); ICO guidance on time limits (before DUAA 2025 s.76)' },
      },
      readings: [EXTENSION_READING],
    },
  },
};
