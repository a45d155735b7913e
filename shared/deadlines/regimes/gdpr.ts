import type { RegimeRules } from './types';

/** EU 27 plus the EEA states that apply the GDPR through the EEA Agreement (IS, LI, NO). */
export const GDPR_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
] as const;

export const gdpr: RegimeRules = {
  id: 'gdpr',
  name: 'GDPR',
  countries: GDPR_COUNTRIES,
  defaultCountry: 'NL',
  defaultRegion: () => undefined,
  kinds: {
    standard: {
      // GDPR Art. 12(3): "within one month of receipt of the request". Counted per Regulation
      // (EEC, Euratom) No 1182/71 Art. 3(2)(c): a period in months ends with the expiry of the
      // last hour of the day in the last month bearing the same date as the day from which it
      // runs; if that date does not exist, the last day of that month. Art. 3(3): periods
      // include Saturdays, Sundays and public holidays, so a receipt on a Sunday still starts
      // the clock that day (CJEU and EDPB Guidelines 01/2022 on the right of access apply 1182/71).
      period: { unit: 'months', count: 1 },
      citation: 'GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c)',
      // Reg. 1182/71 Art. 3(4): if the last day is a public holiday, Sunday or Saturday, the
      // period ends with the expiry of the last hour of the following working day. Public
      // holidays are those of the Member State where the act is done (Art. 2(1)): the
      // controller's country.
      rollForward: true,
      rollCitation: 'Reg. 1182/71 Art. 3(4) and Art. 2(1)',
      // GDPR Art. 12(3): "may be extended by two further months where necessary"; the subject
      // must be told, with reasons, "within one month of receipt". We compute the extended
      // deadline as three months from receipt, then roll forward (the ICO's method, also EDPB
      // Guidelines 01/2022), rather than two months from the rolled one-month date.
      extension: {
        period: { unit: 'months', count: 3 },
        citation: 'GDPR Art. 12(3) (two further months; notice with reasons within one month)',
      },
      deferral: null,
      acknowledgement: null,
      pause: {
        // The EU GDPR has no statutory stop-the-clock. Art. 12(6) lets the controller ask for
        // information needed to confirm identity, and Recital 63 lets it ask the subject to
        // specify a request about a large quantity of data. Product rule (documented for the
        // DPO): the deadline moves by the calendar days the controller waited, counted from the
        // day asked up to (not including) the day answered, the conservative count. A pause
        // must be asked "without undue delay"; we flag one asked more than 7 days in.
        reasons: {
          identity: { kind: 'suspend', inclusive: false },
          clarification: { kind: 'suspend', inclusive: false },
        },
        defaultReason: 'identity',
        undueDelayDays: 7,
        citation: 'GDPR Art. 12(6) (identity), Recital 63 (clarification)',
        note: 'No fee pause: GDPR Art. 12(5) makes a first copy free and a fee for manifestly unfounded or excessive requests does not stop the clock.',
      },
    },
  },
};
