// Teksten voor bewaartermijnen: de standaardonderbouwing per regel, en de lijst op het dashboard
// van wat binnenkort wordt opgeschoond (Nederlands).
import type { Catalog } from '../catalog';

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
  kept: 'bewaard tot de FG anders beslist',
  months: (n: number) => `${n} ${n === 1 ? 'maand' : 'maanden'}`,
  due: {
    title: 'Op te schonen in de komende 30 dagen',
    none: 'In de komende 30 dagen hoeft niets te worden opgeschoond.',
    dueNow: (requests: number, files: number) => `${requests} ${requests === 1 ? 'verzoek' : 'verzoeken'} en ${files} ${files === 1 ? 'bestand' : 'bestanden'} zijn nu aan de beurt (voer "dpo retention purge" uit).`,
    row: (ref: string, day: string) => `${ref}: opgeschoond vanaf ${day}`,
    more: (n: number) => `en nog ${n}`,
    held: (n: number) => `${n} aangehouden`,
  },
};
