// Teksten voor bewaartermijnen: de standaardonderbouwing per regel, en de lijst op het dashboard
// van wat binnenkort wordt opgeschoond (Nederlands).
import type { PurgeCounts } from '../en/retention';
import { countedList, plural } from '../counted';
import { LOCALES } from '../locales';
import type { Catalog } from '../catalog';

/** The registers with something to erase (requests always), as a list: '2 verzoeken, 1 verstrekking en 3 datalekken'. */
function counted(c: PurgeCounts, requestWord: [string, string] = ['verzoek', 'verzoeken']): string {
  return countedList(LOCALES.nl, [[c.requests, ...requestWord], [c.disclosures, 'verstrekking', 'verstrekkingen'], [c.breaches, 'datalek', 'datalekken']]);
}

export const retention: Catalog['retention'] = {
  title: 'Bewaartermijnen',
  kindCol: 'Soort gegevens',
  periodCol: 'Bewaard',
  reasonCol: 'Waarom',
  backupsNote: 'Back-ups van vóór het opschonen bevatten de opgeschoonde gegevens nog; bij het opschonen kunt u automatische back-ups ouder dan de bewaartermijn laten verwijderen.',
  kinds: {
    finishedRequests: 'Afgeronde verzoeken (gesloten, geweigerd, ingetrokken, dubbel)',
    idDocuments: 'Identiteitsbewijzen',
    lettersAndCaseFiles: 'Brieven en dossierstukken',
    disclosures: 'Verstrekkingen aan autoriteiten',
    breaches: 'Datalekken',
    policyRevisions: 'Beleidsversies',
    processingRecords: 'Verwerkingsregister',
  },
  reasons: {
    finishedRequests:
      'Bewaard tot 2 jaar na afronding van het verzoek: lang genoeg om een klacht bij de toezichthouder of een vordering over de afhandeling te beantwoorden (AVG art. 77, 79, 82) en naleving aan te tonen (art. 5 lid 2); daarna gepseudonimiseerd (art. 5 lid 1 onder e).',
    idDocuments:
      'Verwijderd zodra de identiteit is vastgesteld, uiterlijk bij afronding van het verzoek: een kopie van een identiteitsbewijs dient alleen de verificatie (AVG art. 5 lid 1 onder c, art. 12 lid 6).',
    lettersAndCaseFiles: 'Bewaard bij hun verzoek en samen daarmee opgeschoond: ze leggen vast hoe het verzoek is afgehandeld (AVG art. 5 lid 2).',
    disclosures: 'Bewaard 5 jaar: wat aan wie is verstrekt, op welke grondslag, is bewijs van verantwoording (AVG art. 5 lid 2).',
    breaches: 'Bewaard 5 jaar: het datalekregister moet de toezichthouder in staat stellen de naleving te controleren (AVG art. 33 lid 5).',
    policyRevisions: 'Bewaard: beleidsteksten bevatten geen gegevens over betrokkenen en tonen wat wanneer gold (AVG art. 24 lid 2).',
    processingRecords: 'Bewaard zolang de verwerking bestaat: het verwerkingsregister is een doorlopende plicht (AVG art. 30).',
  },
  // Vanaf wanneer de termijn van elke soort loopt.
  triggers: {
    finishedRequests: 'na afronding van het verzoek',
    idDocuments: 'na afronding van het verzoek (verwijderd zodra geverifieerd)',
    lettersAndCaseFiles: 'na afronding van hun verzoek',
    disclosures: 'na de verstrekking (of het einde van de geheimhouding, of de laatste dag van een terugkerende verstrekking)',
    breaches: 'na de laatste wijziging van het datalek (melding, aanvulling, bewijsstuk)',
    policyRevisions: 'nadat de versie is vervangen; alleen een vastgelegd besluit: versies bevatten geen gegevens over betrokkenen en het opschonen laat ze staan',
    processingRecords: 'nadat de verwerking is beëindigd; alleen een vastgelegd besluit: het opschonen laat het verwerkingsregister staan',
  },
  // De regels wijzigen (Instellingen): elke wijziging komt met oude en nieuwe waarden in het auditlogboek.
  form: {
    edit: 'Regels wijzigen',
    title: 'Bewaartermijnen wijzigen',
    months: (kind: string) => `${kind}: maanden bewaard`,
    keep: (kind: string) => `${kind}: bewaren tot ik beslis`,
    reason: (kind: string) => `${kind}: waarom (juridische onderbouwing)`,
    reasonHint: 'Laat leeg om de standaardonderbouwing hierboven te gebruiken.',
    save: 'Regels opslaan',
    cancel: 'Annuleren',
    saved: 'Bewaartermijnen opgeslagen.',
  },
  kept: 'bewaard tot de FG anders beslist',
  months: (n: number) => `${n} ${n === 1 ? 'maand' : 'maanden'}`,
  // De aanhouding van één gegeven, op zijn eigen pagina (verzoek, verstrekking, datalek).
  hold: {
    title: 'Aanhouding',
    none: 'Niet aangehouden: de persoonsgegevens worden gewist als de bewaartermijn afloopt.',
    heldUntil: (day: string) => `Na de bewaartermijn bewaard tot ${day}:`,
    put: 'Aanhouden…',
    change: 'Aanhouding wijzigen…',
    until: 'Bewaren tot',
    reason: 'Waarom het wordt bewaard',
    reasonHint: 'Een rechtsvordering, een klacht bij de toezichthouder (AVG art. 17 lid 3 onder e). Alleen bewaard tot het gegeven wordt gewist.',
    save: 'Tot deze datum bewaren',
    cancel: 'Annuleren',
  },
  due: {
    title: 'Op te schonen in de komende 30 dagen',
    none: 'In de komende 30 dagen hoeft niets te worden opgeschoond.',
    dueNow: (c: PurgeCounts, files: number) => `Nu aan de beurt: ${counted(c)}, ${plural(files, 'bestand', 'bestanden')}.`,
    review: 'Bekijken en wissen',
    row: (ref: string, day: string) => `${ref}: opgeschoond vanaf ${day}`,
    more: (n: number) => `en nog ${n}`,
    held: (n: number) => `${n} aangehouden`,
  },
  // Het opschoonscherm: wat wordt gewist, welke verzoeken zijn aangehouden, en het wissen zelf.
  purge: {
    title: 'Persoonsgegevens wissen die aan de beurt zijn',
    intro: 'Volgens de bewaartermijnen in Instellingen zijn deze gegevens lang genoeg bewaard (AVG art. 5 lid 1 onder e). Wissen vervangt de persoonsgegevens door een markering en verwijdert de inhoud van bestanden; kenmerken, statussen, datums en aantallen blijven, zodat statistieken en het auditlogboek hun getallen houden.',
    kindCol: 'Wat wordt gewist',
    countCol: 'Aantal',
    sizeCol: 'Grootte',
    oldestCol: 'Oudste afgerond',
    kinds: {
      finishedRequests: 'Afgeronde verzoeken: namen, contactgegevens, notities en redenen',
      idDocuments: 'Identiteitsbewijzen: inhoud van de bestanden',
      lettersAndCaseFiles: 'Brieven en dossiers: inhoud van de bestanden',
      disclosures: 'Verstrekkingen: wie het betrof, kenmerken en toelichtingen, de bestanden van de vordering',
      breaches: 'Datalekken: titels, beschrijvingen en onderbouwing, bewijsbestanden',
      auditPacks: 'Bewaarde auditpakketten met een datalek dat hier wordt gewist: inhoud van de bestanden',
    },
    auditDetails: (n: number) => `${n} ${n === 1 ? 'persoonsgegeven' : 'persoonsgegevens'} in het auditlogboek ${n === 1 ? 'wordt' : 'worden'} mee gewist; het logboek zelf blijft controleerbaar.`,
    nothingDue: 'Vandaag hoeft niets te worden gewist.',
    holdsTitle: 'Aangehouden',
    holdsNone: 'Er is niets aangehouden.',
    holdRefCol: 'Gegeven',
    holdUntilCol: 'Bewaard tot',
    holdReasonCol: 'Reden',
    holdsNote: 'Aangehouden gegevens (en de verstrekkingen over een aangehouden verzoek) worden na hun termijn bewaard tot de aanhouding afloopt, en worden nu niet gewist. Een verzoek, verstrekking of datalek houdt u aan op de eigen pagina (of met dpo retention hold).',
    oldBackups: (n: number) => `${n} automatische ${n === 1 ? 'back-up is' : 'back-ups zijn'} ouder dan de bewaartermijn en ${n === 1 ? 'bevat' : 'bevatten'} nog gegevens die hier worden gewist.`,
    deleteOldBackups: 'Ook de automatische back-ups verwijderen die ouder zijn dan de bewaartermijn',
    erase: (n: number) => `${n} ${n === 1 ? 'gegeven' : 'gegevens'} wissen`,
    confirmTitle: 'Definitief wissen?',
    confirmBody: (c: PurgeCounts, files: number, size: string, details: number) =>
      `Hiermee worden de persoonsgegevens van ${counted(c, ['afgerond verzoek', 'afgeronde verzoeken'])} gewist, ${files ? `de inhoud van ${files} ${files === 1 ? 'bestand' : 'bestanden'} (${size}), ` : ''}en ${details} ${details === 1 ? 'persoonsgegeven' : 'persoonsgegevens'} in het auditlogboek. Dit kan niet ongedaan worden gemaakt; back-ups van voor nu bevatten ze nog.`,
    confirm: 'Wissen',
    keep: 'Bewaren',
    running: (done: number, total: number) => `Bezig met wissen: ${done} van ${total} gegevens`,
    starting: 'Het wissen begint…',
    cancel: 'Annuleren',
    cancelled: 'Geannuleerd. Er is niets gewist.',
    done: (c: PurgeCounts, files: number, details: number) =>
      `Gewist: ${counted(c)}, ${plural(files, 'bestand', 'bestanden')}, ${plural(details, 'gegeven', 'gegevens')} in het auditlogboek.`,
    backupsDeleted: (n: number) => `${n} oude automatische ${n === 1 ? 'back-up is' : 'back-ups zijn'} verwijderd.`,
    back: 'Terug naar het overzicht',
  },
};
