import { NO_PAUSES, type RegimeRules } from './types';

export const lgpd: RegimeRules = {
  id: 'lgpd',
  name: 'LGPD',
  countries: ['BR'],
  defaultCountry: 'BR',
  defaultRegion: () => undefined,
  kinds: {
    standard: {
      // LGPD (Lei 13.709/2018) Art. 19, II: the clear and complete statement is provided
      // "no prazo de até 15 (quinze) dias, contado da data do requerimento do titular".
      // The LGPD does not say business days, so these are calendar days, counted under the
      // Código Civil Art. 132 caput: exclude the day of the start, include the last day
      // (receipt + 15). The simplified confirmation of Art. 19, I is due "imediatamente".
      period: { unit: 'days', count: 15 },
      citation: 'LGPD Art. 19, II; Código Civil Art. 132',
      // Código Civil Art. 132 §1: a deadline on a holiday is extended to the next business day;
      // in practice (and under Lei 9.784/99 Art. 66 §1) that covers days without business,
      // i.e. weekends too. National public holidays from date-holidays BR (state holidays only
      // if a region is given).
      rollForward: true,
      rollCitation: 'Código Civil Art. 132 §1',
      extension: null,
      deferral: null,
      acknowledgement: null,
      pause: NO_PAUSES(
        'LGPD Art. 19',
        'The LGPD has no stop-the-clock rule and the ANPD has not (as of this rules version) regulated one.',
      ),
    },
  },
};
