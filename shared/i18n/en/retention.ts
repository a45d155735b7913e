// Strings for retention: each rule's default legal reasoning, and the dashboard's list of what
// becomes due for purging (English).
import { countedList, plural } from '../counted';
import { LOCALES } from '../locales';

/** What a purge erases, counted per register. */
export interface PurgeCounts {
  requests: number;
  disclosures: number;
  breaches: number;
}

/** The registers with something to erase (requests always), as a list: '2 requests, 1 disclosure and 3 breaches'. */
function counted(c: PurgeCounts, requestWord: [string, string] = ['request', 'requests']): string {
  return countedList(LOCALES.en, [[c.requests, ...requestWord], [c.disclosures, 'disclosure', 'disclosures'], [c.breaches, 'breach', 'breaches']]);
}

export const retention = {
  title: 'Retention',
  kindCol: 'Record kind',
  periodCol: 'Kept',
  reasonCol: 'Why',
  backupsNote: 'Backups made before a purge still hold the purged data; a purge offers to delete automatic backups older than the retention period.',
  kinds: {
    finishedRequests: 'Finished requests (closed, refused, withdrawn, duplicates)',
    idDocuments: 'ID documents',
    lettersAndCaseFiles: 'Letters and case files',
    disclosures: 'Disclosures to authorities',
    breaches: 'Data breaches',
    policyRevisions: 'Policy revisions',
    processingRecords: 'Records of processing activities',
  },
  // The default reasoning shown beside each rule until the DPO writes their own.
  reasons: {
    finishedRequests:
      'Kept 2 years after the request finished: long enough to answer a complaint to the supervisory authority or a claim about how the request was handled (GDPR Art. 77, 79, 82) and to show compliance (Art. 5(2)); then pseudonymised (Art. 5(1)(e)).',
    idDocuments:
      'Deleted once the identity is verified, at the latest when the request finishes: a copy of an ID document only serves verification (GDPR Art. 5(1)(c), 12(6)).',
    lettersAndCaseFiles: 'Kept with their request and purged with it: they document how the request was handled (GDPR Art. 5(2)).',
    disclosures: 'Kept 5 years: the record of what was disclosed to whom, on which legal ground, is evidence of accountability (GDPR Art. 5(2)).',
    breaches: 'Kept 5 years: the breach register must let the supervisory authority verify compliance (GDPR Art. 33(5)).',
    policyRevisions: 'Kept: policy texts hold no data about data subjects and show what applied when (GDPR Art. 24(2)).',
    processingRecords: 'Kept while the processing exists: the record of processing activities is a standing duty (GDPR Art. 30).',
  },
  // From when each kind's period counts.
  triggers: {
    finishedRequests: 'after the request finished',
    idDocuments: 'after the request finished (deleted once verified)',
    lettersAndCaseFiles: 'after their request finished',
    disclosures: 'after the disclosure (or the end of its secrecy, or the last day of a recurring flow)',
    breaches: 'after the breach record last changed (notification, follow-up, evidence)',
    policyRevisions: 'after the revision was replaced; a record of the decision only: revisions hold no data about data subjects and the purge leaves them',
    processingRecords: 'after the processing ended; a record of the decision only: the purge leaves the record of processing as it is',
  },
  // Changing the rules (Settings): each change is audited with its old and new values.
  form: {
    edit: 'Change the rules',
    title: 'Change the retention rules',
    months: (kind: string) => `${kind}: months kept`,
    keep: (kind: string) => `${kind}: keep until I decide`,
    reason: (kind: string) => `${kind}: why (legal reasoning)`,
    reasonHint: 'Leave empty to use the default reasoning shown above.',
    save: 'Save the rules',
    cancel: 'Cancel',
    saved: 'Retention rules saved.',
  },
  kept: 'kept until the DPO decides',
  months: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
  // A record's retention hold, on its page (request, disclosure, breach).
  hold: {
    title: 'Retention hold',
    none: 'Not on hold: its personal data is erased when its retention period ends.',
    heldUntil: (day: string) => `Kept past its retention period until ${day}:`,
    put: 'Put on hold…',
    change: 'Change the hold…',
    until: 'Keep until',
    reason: 'Why it is kept',
    reasonHint: 'A legal claim, a complaint pending at the authority (GDPR Art. 17(3)(e)). Kept only until the record is erased.',
    save: 'Keep until this date',
    cancel: 'Cancel',
  },
  due: {
    title: 'Due for purging in the next 30 days',
    none: 'Nothing becomes due for purging in the next 30 days.',
    dueNow: (c: PurgeCounts, files: number) => `Due now: ${counted(c)}, ${plural(files, 'file', 'files')}.`,
    review: 'Review and erase',
    row: (ref: string, day: string) => `${ref}: purged from ${day}`,
    more: (n: number) => `and ${n} more`,
    held: (n: number) => `${n} on hold`,
  },
  // The purge screen: what the purge erases, the holds that keep requests, and the erasure itself.
  purge: {
    title: 'Erase personal data that is due',
    intro: 'The retention rules in Settings say these records have been kept long enough (GDPR Art. 5(1)(e)). Erasing replaces their personal data with a marker and deletes file contents; references, statuses, dates and counts stay, so statistics and the audit trail keep their numbers.',
    kindCol: 'What is erased',
    countCol: 'How many',
    sizeCol: 'Size',
    oldestCol: 'Oldest finished',
    kinds: {
      finishedRequests: 'Finished requests: names, contact details, notes and reasons',
      idDocuments: 'ID documents: file contents',
      lettersAndCaseFiles: 'Letters and case files: file contents',
      disclosures: 'Disclosures: who they concerned, references and notes, the order\'s files',
      breaches: 'Data breaches: titles, descriptions and reasoning, evidence files',
      auditPacks: 'Stored audit packs that list a breach erased here: file contents',
    },
    auditDetails: (n: number) => `${n} personal ${n === 1 ? 'detail' : 'details'} in the audit trail ${n === 1 ? 'is' : 'are'} erased with them; the trail itself still verifies.`,
    nothingDue: 'Nothing is due for erasing today.',
    holdsTitle: 'On hold',
    holdsNone: 'Nothing is on hold.',
    holdRefCol: 'Record',
    holdUntilCol: 'Kept until',
    holdReasonCol: 'Reason',
    holdsNote: 'Records on hold (and the disclosures about a request on hold) are kept past their period until the hold ends, and are not erased now. A request, disclosure or breach is put on hold from its own page (or with dpo retention hold).',
    oldBackups: (n: number) => `${n} automatic ${n === 1 ? 'backup is' : 'backups are'} older than the retention period and still ${n === 1 ? 'holds' : 'hold'} data that is erased here.`,
    deleteOldBackups: 'Also delete the automatic backups older than the retention period',
    erase: (n: number) => `Erase ${n} ${n === 1 ? 'record' : 'records'}`,
    confirmTitle: 'Erase for good?',
    confirmBody: (c: PurgeCounts, files: number, size: string, details: number) =>
      `This erases the personal data of ${counted(c, ['finished request', 'finished requests'])}, ${files ? `the contents of ${plural(files, 'file', 'files')} (${size}), ` : ''}and ${details} personal ${details === 1 ? 'detail' : 'details'} in the audit trail. It cannot be undone; backups made before now still hold them.`,
    confirm: 'Erase',
    keep: 'Keep them',
    running: (done: number, total: number) => `Erasing: ${done} of ${total} records`,
    starting: 'Starting the erasure…',
    cancel: 'Cancel',
    cancelled: 'Cancelled. Nothing was erased.',
    done: (c: PurgeCounts, files: number, details: number) => `Erased: ${counted(c)}, ${plural(files, 'file', 'files')}, ${plural(details, 'audit detail', 'audit details')}.`,
    backupsDeleted: (n: number) => `${n} old automatic ${n === 1 ? 'backup was' : 'backups were'} deleted.`,
    back: 'Back to the dashboard',
  },
};
