// Woorden voor de tijdlijn van een verzoek (Nederlands).
import type { Catalog } from '../catalog';

export const timeline: Catalog['timeline'] = {
  created: (channel: string, mailbox: string, due: string) => `Verzoek ontvangen via ${channel}${mailbox ? ` (${mailbox})` : ''}; termijn ${due}`,
  workStarted: 'In behandeling genomen',
  identityVerified: (method: string, by: string) => `Identiteit gecontroleerd (${method}) door ${by}`,
  pausedIdentity: 'Betrokkene gevraagd de identiteit te bevestigen; de termijn is opgeschort (art. 12, lid 6, AVG)',
  pausedClarification: 'Betrokkene gevraagd het verzoek te verduidelijken; de termijn is opgeschort (overweging 63 AVG)',
  resumed: 'Betrokkene heeft geantwoord; de termijn loopt weer',
  extended: (reasons: string) => `Bericht van verlenging met redenen verstuurd (art. 12, lid 3, AVG): ${reasons}`,
  responded: (summary: string) => `Antwoord verstuurd: ${summary}`,
  closed: 'Gesloten',
  closedArt19: (n: number) => `Gesloten; art. 19 AVG vastgelegd voor ${n} ${n === 1 ? 'ontvanger' : 'ontvangers'}`,
  refused: (ground: string, reason: string) => `Geweigerd (${ground}): ${reason}`,
  withdrawn: 'Betrokkene heeft het verzoek ingetrokken',
  markedDuplicate: (ref: string) => `Gemarkeerd als dubbel van ${ref}`,
  importedInProgress: 'Geïmporteerd als in behandeling',
  importedResponded: (on: string) => `Geïmporteerd als beantwoord op ${on}`,
  importedClosed: (answered: string, closed: string) => `Geïmporteerd als beantwoord op ${answered} en gesloten op ${closed}`,
  withNote: (text: string, note: string) => `${text}. Notitie: ${note}`,
  attachmentAdded: (filename: string, kind: string, size: string) => `${filename} bijgevoegd (${kind}, ${size})`,
  deleteAfterVerification: 'verwijderen zodra de identiteit is gecontroleerd',
  attachmentDeleted: (filename: string, reason: string) => `${filename} verwijderd: ${reason}`,
  bytes: (n: string) => `${n} bytes`,
  deadlineRecomputed: (oldDue: string, newDue: string, oldRules: string, newRules: string) =>
    `De bindende datum is verschoven van ${oldDue} naar ${newDue}: de termijnregels zijn gewijzigd (${oldRules} → ${newRules}) en nemen nu de vroegst verdedigbare lezing van de wet`,
  deadlineRecomputeFailed: (newRules: string, problem: string) =>
    `De termijnregels zijn gewijzigd (${newRules}) maar dit verzoek kon niet opnieuw worden berekend, dus de opgeslagen datums blijven staan; controleer ze: ${problem}`,
  letterSent: (template: string, filename: string) => `${template} verstuurd (${filename})`,
  entryActions: {
    created: 'vastgelegd',
    imported: 'geïmporteerd',
    added: 'bijlage toegevoegd',
    deleted: 'bestand verwijderd',
    'letter-sent': 'brief verstuurd',
    'deadline-recomputed': 'termijn herberekend',
  },
};
