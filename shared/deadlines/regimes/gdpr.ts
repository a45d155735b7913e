import type { Reading, RegimeRules } from './types';

/** EU 27 plus the EEA states that apply the GDPR through the EEA Agreement (IS, LI, NO). */
export const GDPR_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
] as const;

/** Readings the GDPR's texts leave open; shared with the UK GDPR where the wording is the same. */
export const ASSIMILATED_DAYS_READING: Reading = {
  id: 'assimilated-days',
  // Reg. 1182/71 Art. 2(1): public holidays are those "provided for as such in the Member
  // State". A day a national law only assimilates for its own time limits (NL Atw Art. 3(2),
  // 3(3)) is not plainly one of them: earliest reading, not counted.
  earliest: { countAssimilated: false },
  earliestSource: 'Reg. 1182/71 Art. 2(1) (public holidays provided for as such)',
  other: { countAssimilated: true },
  otherSource: 'Algemene termijnenwet Art. 3(2) and 3(3) (assimilated days)',
};

export const EXTENSION_READING: Reading = {
  id: 'extension-from-first-period',
  // GDPR Art. 12(3): "may be extended by two further months". Counted from the end of the
  // first month (Reg. 1182/71 Art. 3(2)(c) applied to the further period) it can end a day or
  // more before three months from receipt (31 Jan → 28 Feb → 28 Apr, not 30 Apr).
  earliest: { extensionFromFirstPeriod: true },
  earliestSource: 'GDPR Art. 12(3) ("two further months" after the first month); Reg. 1182/71 Art. 3(2)(c)',
  other: { extensionFromFirstPeriod: false },
  otherSource: 'three months from receipt (ICO guidance on time limits; EDPB Guidelines 01/2022)',
};

export const gdpr: RegimeRules = {
  id: 'gdpr',
  name: 'GDPR',
  countries: GDPR_COUNTRIES,
  defaultCountry: 'NL',
  defaultRegion: () => undefined,
  // GDPR Art. 99(2): "It shall apply from 25 May 2018."
  appliesFrom: { date: '2018-05-25', citation: 'GDPR Art. 99(2)' },
  kinds: {
    standard: {
      // GDPR Art. 12(3): "within one month of receipt of the request". Counted per Regulation
      // (EEC, Euratom) No 1182/71: Art. 3(1), second subparagraph: the day of the event (receipt)
      // is not counted; Art. 3(2)(c): a period in months ends with the expiry of the last hour
      // of the day in the last month bearing the same date as the day from which it runs; if
      // that date does not exist, the last day of that month. Art. 3(3): periods include
      // Saturdays, Sundays and public holidays, so a receipt on a Sunday is not moved to Monday
      // (EDPB Guidelines 01/2022 on the right of access apply 1182/71).
      period: { unit: 'months', count: 1 },
      citation: 'GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c)',
      // Reg. 1182/71 Art. 3(4): if the last day is a public holiday, Sunday or Saturday, the
      // period ends with the expiry of the last hour of the following working day. Public
      // holidays are those of the Member State where the act is done (Art. 2(1)): the
      // controller's country.
      rollForward: true,
      rollCitation: 'Reg. 1182/71 Art. 3(4) and Art. 2(1)',
      // GDPR Art. 12(3): "may be extended by two further months where necessary"; the subject
      // must be told, with reasons, "within one month of receipt". Two readings (EXTENSION_READING):
      // two months from the end of the first (unrolled) month, the earliest and binding one, or
      // three months from receipt (the ICO's method), an alternative when later.
      extension: {
        period: { unit: 'months', count: 3 },
        further: { unit: 'months', count: 2 },
        citation: 'GDPR Art. 12(3) (two further months; notice with reasons within one month)',
      },
      deferral: null,
      acknowledgement: null,
      pause: {
        // The EU GDPR has no statutory stop-the-clock. Art. 12(6) lets the controller ask for
        // information needed to confirm identity, and Recital 63 lets it ask the subject to
        // specify a request about a large quantity of data. Product rule (documented for the
        // DPO): the deadline moves by the calendar days the controller waited, counted from the
        // day asked up to (not including) the day answered, the conservative count.
        // EDPB Guidelines 01/2022 (right of access): the controller may only rely on the time
        // taken to get the information if it asked "without undue delay". A pause asked more
        // than 7 days after receipt (our threshold) therefore does not move `due`; the later
        // date it would give is an alternative (see the 'late-pause' reading).
        reasons: {
          identity: { kind: 'suspend', inclusive: false },
          clarification: { kind: 'suspend', inclusive: false },
        },
        defaultReason: 'identity',
        undueDelayDays: 7,
        citation: 'GDPR Art. 12(6) (identity), Recital 63 (clarification)',
        note: 'No fee pause: GDPR Art. 12(5) makes a first copy free and a fee for manifestly unfounded or excessive requests does not stop the clock.',
      },
      readings: [
        ASSIMILATED_DAYS_READING,
        EXTENSION_READING,
        {
          id: 'late-pause',
          earliest: { honourLatePauses: false },
          earliestSource: 'EDPB Guidelines 01/2022 (information asked without undue delay)',
          other: { honourLatePauses: true },
          otherSource: 'GDPR Art. 12(6), Recital 63 (pause counted however late it was asked)',
        },
      ],
    },
  },
};
