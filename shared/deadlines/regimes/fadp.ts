import { NO_PAUSES, type RegimeRules } from './types';

export const fadp: RegimeRules = {
  id: 'fadp',
  name: 'Swiss FADP',
  countries: ['CH'],
  defaultCountry: 'CH',
  // Switzerland has few federal holidays; most are cantonal. The country-level list from
  // date-holidays (New Year, Good Friday, Easter Monday, Ascension, Whit Monday, 1 August,
  // Christmas, St Stephen's Day) is the common core; pass a canton as region for precision.
  defaultRegion: () => undefined,
  // Revised FADP in force 1 September 2023 (Federal Council decision of 31 August 2022, AS 2022 491).
  appliesFrom: { date: '2023-09-01', citation: 'FADP (revDSG) in force 1 Sep 2023, AS 2022 491' },
  kinds: {
    standard: {
      // FADP (revDSG, SR 235.1) Art. 25(7): information is normally provided within 30 days;
      // FADO (DSV, SR 235.11) Art. 18: within 30 days of receipt of the request. The law says
      // days, not working days: calendar days, day of receipt excluded (Code of Obligations
      // Art. 77(1)(1), the general federal rule for periods in days): receipt + 30.
      period: { unit: 'days', count: 30 },
      citation: 'FADP Art. 25(7); FADO Art. 18',
      // Code of Obligations Art. 78(1): a last day on a Sunday or recognised public holiday
      // moves to the next working day; the Federal Act on the Calculation of Time Limits
      // involving Saturdays (SR 173.110.3) treats Saturday like a public holiday.
      rollForward: true,
      rollCitation: 'Code of Obligations Art. 78(1); SR 173.110.3 (Saturdays)',
      extension: null,
      // FADO Art. 18: if the information cannot be given within 30 days, the controller must
      // tell the person so, within the 30 days, and say by when it will be given. The new date
      // is the controller's own, so the engine only checks the notice date.
      deferral: { citation: 'FADO Art. 18 (deferral notice within the 30 days, stating the new date)' },
      acknowledgement: null,
      pause: NO_PAUSES(
        'FADP Art. 25(7)',
        'Neither the FADP nor the FADO provides a stop-the-clock; a slow identity check is handled by a deferral notice.',
      ),
      readings: [],
    },
  },
};
