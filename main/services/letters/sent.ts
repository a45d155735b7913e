// "Mark sent": the day a letter went out, and the workflow step it stands for, recorded in the
// same transaction (the transition's own, nested as a savepoint), so either both or neither.
import { requestTransitionInput, type RequestTransition } from '../../../shared/model/request';
import type { Settings } from '../../../shared/model/settings';
import { LETTER_WORDS } from '../../../shared/letters/words';
import type { TemplateName } from '../../../shared/letters/model';
import { WorkbenchError } from '../../../shared/errors';
import type { Store, TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { applyTransition } from '../requests/transitions';
import { insertEvent, type RequestRow } from '../requests/repo';
import { disclosureRecipients } from '../disclosures/art19';
import type { StoredLetter } from './letters-repo';

export class LetterAlreadySentError extends WorkbenchError {
  constructor(filename: string, on: string) {
    super('CONFLICT', `${filename} was already marked sent on ${on}.`);
  }
}

const ANSWERS: readonly TemplateName[] = ['access-response', 'erasure-confirmation', 'rectification-confirmation', 'restriction-confirmation', 'objection-confirmation'];

/** The workflow action sending this letter records, or null (an acknowledgement records only itself). */
export function stepOf(letter: StoredLetter, row: RequestRow, sentOn: string): RequestTransition | null {
  const base = { ref: row.ref };
  const open = row.status === 'received' || row.status === 'in-progress';
  switch (letter.template) {
    case 'extension-notice':
      // GDPR Art. 12(3): the notice's day is what the deadline engine checks and extends from.
      if (row.extension_notice_on || !open) return null;
      return requestTransitionInput.parse({ ...base, action: 'extend', extensionNoticeSentOn: sentOn, reasons: String(letter.params.reasons ?? row.extension_reasons ?? '') });
    case 'identity-request':
      // GDPR Art. 12(6): the clock stops from the day the subject is asked.
      return open && row.verified_on === null ? { ...base, action: 'pause', reason: 'identity', on: sentOn } : null;
    case 'clarification-request':
      return open || row.status === 'extended' ? { ...base, action: 'pause', reason: 'clarification', on: sentOn } : null;
    default:
      if (ANSWERS.includes(letter.template) && (row.status === 'in-progress' || row.status === 'extended'))
        // The response date is the day the answer went out ("answered on time" counts it).
        return {
          ...base,
          action: 'respond',
          on: sentOn,
          summary: typeof letter.params.summary === 'string' && letter.params.summary ? letter.params.summary : `${LETTER_WORDS.en.templateTitles[letter.template]} sent (${letter.filename})`,
        };
      return null;
  }
}

export interface SentDeps {
  store: Store;
  settings: Settings;
  today: string;
  actor: string;
}

export function recordSent(t: TxContext, deps: SentDeps, row: RequestRow, letter: StoredLetter, sentOn: string): void {
  if (letter.sentOn) throw new LetterAlreadySentError(letter.filename, letter.sentOn);
  stmt(t.db, 'UPDATE letters SET sent_on = ? WHERE id = ?').run(sentOn, letter.id);
  insertEvent(t.db, {
    requestId: row.id,
    at: t.now,
    on: sentOn,
    kind: 'action',
    action: 'letter-sent',
    // The Art. 19 notice goes to a recipient, not to the subject.
    direction: letter.template === 'art19-recipient-notice' ? 'internal' : 'to-subject',
    event: { code: 'letter-sent', template: letter.template, filename: letter.filename },
    actor: deps.actor,
  });
  t.audit({ entityType: 'request', entityId: row.ref, summary: { letterSent: { id: letter.id, template: letter.template, sentOn, sha256: letter.sha256 } } });
  const step = stepOf(letter, row, sentOn);
  // Nested in this transaction: a step the workflow refuses (a late extension notice) rolls the
  // "sent" record back with it.
  if (step) applyTransition({ store: deps.store, settings: deps.settings, today: deps.today, actor: deps.actor, recipients: disclosureRecipients }, step);
  else bumpVersion(t.db, 'requests', row.id, t.now);
}
