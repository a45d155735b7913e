// Woorden voor de berekening van termijnen en de waarschuwingen (Nederlands). Datums komen al
// in de taal van de lezer binnen; bronvermeldingen en namen van feestdagen zoals ze zijn vastgelegd.
import type { Catalog } from '../catalog';

const MONTH_COUNT = ['nul', 'één', 'twee', 'drie'];

/**
 * De bronvermeldingen van de AVG-regels (shared/deadlines/regimes/gdpr.ts) zoals Nederlandse
 * wetteksten citeren: "art. 12, lid 3, AVG". Buitenlandse wetten (UK GDPR, CCPA, LGPD, FADP)
 * blijven zoals hun eigen land ze schrijft. test/unit/i18n/explain.test.ts controleert dat elke
 * AVG-bronvermelding hier een vertaling heeft.
 */
export const CITATIONS_NL: Readonly<Record<string, string>> = {
  'GDPR Art. 12(3); Reg. 1182/71 Art. 3(2)(c)': 'art. 12, lid 3, AVG; Verordening 1182/71, art. 3, lid 2, onder c',
  'Reg. 1182/71 Art. 3(4) and Art. 2(1)': 'Verordening 1182/71, art. 3, lid 4, en art. 2, lid 1',
  'GDPR Art. 12(3) (two further months; notice with reasons within one month)':
    'art. 12, lid 3, AVG (met twee maanden te verlengen; bericht met redenen binnen één maand)',
  'GDPR Art. 12(6) (identity), Recital 63 (clarification)': 'art. 12, lid 6, AVG (identiteit), overweging 63 (verduidelijking)',
  'Reg. 1182/71 Art. 2(1) (public holidays provided for as such)': 'Verordening 1182/71, art. 2, lid 1 (als zodanig vastgestelde feestdagen)',
  'Algemene termijnenwet Art. 3(2) and 3(3) (assimilated days)': 'Algemene termijnenwet, art. 3, lid 2 en 3 (gelijkgestelde dagen)',
  'GDPR Art. 12(3) ("two further months" after the first month); Reg. 1182/71 Art. 3(2)(c)':
    'art. 12, lid 3, AVG ("met nog eens twee maanden" na de eerste maand); Verordening 1182/71, art. 3, lid 2, onder c',
  'three months from receipt (ICO guidance on time limits; EDPB Guidelines 01/2022)': 'drie maanden vanaf ontvangst (ICO-richtsnoer over termijnen; EDPB-richtsnoeren 01/2022)',
  'EDPB Guidelines 01/2022 (information asked without undue delay)': 'EDPB-richtsnoeren 01/2022 (informatie onverwijld gevraagd)',
  'GDPR Art. 12(6), Recital 63 (pause counted however late it was asked)': 'art. 12, lid 6, AVG, overweging 63 (opschorting meegeteld, hoe laat ook gevraagd)',
};

export const explain: Catalog['explain'] = {
  citation: (recorded: string) => CITATIONS_NL[recorded] ?? recorded,
  received: 'ontvangen',
  period: {
    months: (n: number) => `${MONTH_COUNT[n] ?? n} ${n === 1 ? 'maand' : 'maanden'}`,
    days: (n: number) => `${n} ${n === 1 ? 'kalenderdag' : 'kalenderdagen'}, geteld vanaf de volgende dag`,
    businessDays: (n: number) => `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}, geteld vanaf de volgende dag`,
    further: (n: number) => `nog ${MONTH_COUNT[n] ?? n} ${n === 1 ? 'maand' : 'maanden'}`,
  },
  weekend: 'weekend',
  companyClosed: (name: string) => `organisatie gesloten (${name})`,
  pauseAsked: {
    identity: 'identiteitsbewijs',
    clarification: 'verduidelijking',
    fee: 'vergoeding',
    'third-party-authority': 'machtiging van de derde',
  },
  pauseArrived: {
    identity: 'identiteitsbewijs ontvangen',
    clarification: 'verduidelijking ontvangen',
    fee: 'vergoeding betaald',
    'third-party-authority': 'machtiging ontvangen',
  },
  awaitedAssumed: (asked: string) => `${asked} verwacht, aangenomen`,
  pausedDays: (n: number) => `+${n} ${n === 1 ? 'opgeschorte dag' : 'opgeschorte dagen'}`,
  targetDays: (n: number, paused: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}${paused ? ` +${paused} opgeschort` : ''}`,
  capped: 'begrensd tot de wettelijke termijn',
  movedEarlier: (reasons: string) => `${reasons}, naar voren gehaald`,
  monthEnd: (day: number, monthName: string, year: number, end: string) =>
    `${day} ${monthName} ${year} bestaat niet: een termijn in maanden eindigt dan op de laatste dag van die maand, ${end} (Verordening 1182/71, art. 3, lid 2, onder c)`,
  receivedDayOff: (reasons: string) =>
    `Ontvangen op een niet-werkdag (${reasons}): het begin schuift niet op; de dag van ontvangst telt zelf niet mee, en zaterdagen, zondagen en feestdagen binnen de termijn tellen wel`,
  pauseAnswered: (on: string) => `beantwoord ${on}`,
  pauseOpen: (countedTo: string) => `nog open, geteld tot ${countedTo}`,
  pauseRestart: (asked: string, from: string, answered: string, citation: string) =>
    `Opschorting (${asked}): gevraagd ${from}, ${answered}; de termijn begint vanaf die dag opnieuw (${citation})`,
  pauseSuspend: (asked: string, from: string, answered: string, days: number, citation: string) =>
    `Opschorting (${asked}): gevraagd ${from}, ${answered}; ${days} ${days === 1 ? 'dag telt' : 'dagen tellen'} niet mee (vanaf de dag van de vraag tot de dag van het antwoord) (${citation})`,
  pauseSuspendInclusive: (asked: string, from: string, answered: string, days: number, citation: string) =>
    `Opschorting (${asked}): gevraagd ${from}, ${answered}; ${days} ${days === 1 ? 'dag telt' : 'dagen tellen'} niet mee (de dag van de vraag en de dag van het antwoord allebei niet) (${citation})`,
  clockStopped: 'De termijn is opgeschort: er staat nog een vraag open, dus deze datums zijn voorlopig',
  extension: (chain: string) => `Verlenging: ${chain}`,
  extensionSent: (sent: string, by: string) => `Bericht van verlenging verstuurd ${sent}, op tijd (uiterlijk ${by}): de verlengde termijn geldt`,
  extensionNeedsNotice: (by: string, citation: string) => `Voor verlenging moet uiterlijk ${by} een bericht met redenen worden verstuurd (${citation})`,
  deferral: (by: string, citation: string) => `Komt het antwoord later, laat de persoon dat dan uiterlijk ${by} weten en noem de nieuwe datum (${citation})`,
  noExtension: 'Verlenging is voor dit verzoek niet mogelijk',
  acknowledge: (chain: string, citation: string) => `Ontvangst bevestigen: ${chain} (${citation})`,
  internalTarget: (chain: string) => `Interne streefdatum: ${chain}`,
  rules: (version: string, citation: string, roll: string, calendar: string) => `Regels ${version}: ${citation}; ${roll}; feestdagen: wettelijke kalender ${calendar}`,
  rollForward: (citation: string) => `doorschuiven: ${citation}`,
  fields: {
    due: 'uiterste datum',
    extendedDue: 'verlengde uiterste datum',
    extensionNoticeBy: 'datum voor het bericht van verlenging',
    acknowledgeBy: 'datum voor de ontvangstbevestiging',
  },
  readings: {
    'assimilated-days': {
      taken: 'dagen die een wet alleen met feestdagen gelijkstelt (Goede Vrijdag, dagen bij koninklijk besluit) tellen niet als feestdag',
      other: 'dagen die een wet met feestdagen gelijkstelt tellen als feestdag',
    },
    'saturday-business-day': {
      taken: 'zaterdag is een werkdag; alleen zondagen en feestdagen van de staat niet',
      other: 'werkdagen van maandag tot en met vrijdag',
    },
    'extension-from-first-period': {
      taken: 'de twee extra maanden lopen vanaf het einde van de eerste maand',
      other: 'drie maanden vanaf ontvangst',
    },
    'late-pause': {
      taken: 'een opschorting die niet onverwijld is gevraagd, verschuift de datum niet',
      other: 'de laat gevraagde opschorting meegeteld',
    },
    'holiday-only-roll': {
      taken: 'alleen een laatste dag op een feestdag schuift door naar de volgende werkdag, niet een in het weekend',
      other: 'ook een laatste dag in het weekend schuift door',
    },
  },
  pauseReadingTaken: (reason: string) => `een opschorting zonder reden wordt gelezen als "${reason}", de reden die de vroegste datum geeft`,
  pauseReadingOther: (reason: string) => `de opschorting gelezen als "${reason}"`,
  laterReading: (date: string, reading: string, source: string) => `Een latere lezing geeft ${date}: ${reading} (${source})`,
  laterReadings: 'Latere lezingen',
  readingTaken: (reading: string, source: string) => `Gekozen lezing: ${reading} (${source})`,
  alternative: (date: string, field: string, reading: string, source: string) => `Een latere lezing geeft ${date} als ${field}: ${reading} (${source})`,
  warnings: {
    reasonAssumed: (from: string, reason: string) => `opschorting vanaf ${from} heeft geen reden; gelezen als "${reason}", de reden die de vroegste datum geeft`,
    afterDeadline: (asked: string, from: string, due: string) => `opschorting voor ${asked} gevraagd op ${from}, na de termijn van ${due}: genegeerd`,
    undueDelay: (asked: string, days: number, from: string, ignored: boolean) =>
      `om ${asked} is ${days} ${days === 1 ? 'dag' : 'dagen'} na ontvangst gevraagd (${from}): niet "onverwijld"; ${ignored ? 'de opschorting verschuift de uiterste datum niet (EDPB-richtsnoeren 01/2022)' : 'een toezichthouder aanvaardt deze opschorting mogelijk niet'}`,
    noticeLate: (sent: string, by: string, citation: string) =>
      `het bericht van verlenging van ${sent} is verstuurd na ${by}, de uiterste datum daarvoor volgens de vroegste lezing (${citation}): het verlengt niets`,
    readingOverridden: (reading: string, reason: string, field: string, earliest: string) =>
      `De instellingen nemen een latere lezing (${reading}; vastgelegde reden: ${reason}): de vroegst verdedigbare ${field} is ${earliest}`,
    beforeRegime: (received: string, regime: string, from: string, citation: string) =>
      `ontvangen ${received}, voordat de ${regime} van toepassing was (${from}, ${citation}): deze datums volgen een wet die nog niet gold`,
    clockStopped: (from: string, asked: string, assumedTo: string) =>
      `termijn opgeschort sinds ${from} in afwachting van ${asked}; de datums gaan ervan uit dat het ${assumedTo} binnenkomt en schuiven elke dag op dat het niet binnenkomt`,
    deferred: (sent: string, citation: string) => `bericht van uitstel verstuurd op ${sent}: de informatie is verschuldigd op de datum uit dat bericht (${citation})`,
    closure: (date: string, name: string) => `de organisatie is gesloten op ${date} (${name}); de wettelijke termijn schuift niet op, antwoord dus eerder`,
  },
};
