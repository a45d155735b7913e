import { NO_PAUSES, type RegimeRules } from './types';

export const lgpd: RegimeRules = {
  id: 'lgpd',
  name: 'LGPD',
  countries: ['BR'],
  defaultCountry: 'BR',
  defaultRegion: () => undefined,
  // LGPD Art. 65, II (as amended by Lei 14.058/2020): in force on 18 September 2020, the day
  // Lei 14.058/2020 was sanctioned (the administrative sanctions only from 1 August 2021).
  appliesFrom: { date: '2020-09-18', citation: 'LGPD Art. 65, II; Lei 14.058/2020' },
  kinds: {
    standard: {
      // LGPD (Lei 13.709/2018) Art. 19, II: the clear and complete statement is provided
      // "no prazo de até 15 (quinze) dias, contado da data do requerimento do titular".
      // The LGPD does not say business days, so these are calendar days, counted under the
      // Código Civil Art. 132 caput: exclude the day of the start, include the last day
      // (receipt + 15). The simplified confirmation of Art. 19, I is due "imediatamente".
      period: { unit: 'days', count: 15 },
      citation: 'LGPD Art. 19, II; Código Civil Art. 132',
      // Código Civil Art. 132 §1: "Se o dia do vencimento cair em feriado, considerar-se-á
      // prorrogado o prazo até o seguinte dia útil." It speaks only of holidays: the earliest
      // reading rolls a last day on a holiday, not one on a weekend. Lei 9.784/99 Art. 66 §1
      // (a day without business, i.e. weekends too) is the later reading, an alternative.
      // National public holidays from date-holidays BR (state holidays only with a region).
      rollForward: true,
      rollCitation: 'Código Civil Art. 132 §1 (a last day on a holiday)',
      extension: null,
      deferral: null,
      acknowledgement: null,
      pause: NO_PAUSES(
        'LGPD Art. 19',
        'The LGPD has no stop-the-clock rule and the ANPD has not (as of this rules version) regulated one.',
      ),
      readings: [
        {
          id: 'holiday-only-roll',
          earliest: { rollOverWeekends: false },
          earliestSource: 'Código Civil Art. 132 §1 (only a holiday moves the last day)',
          other: { rollOverWeekends: true },
          otherSource: 'Lei 9.784/99 Art. 66 §1 (a day without business moves it)',
        },
      ],
    },
  },
};
