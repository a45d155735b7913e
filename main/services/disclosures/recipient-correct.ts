// Correcting a recipients directory entry: the whole entry again, written as a new version with
// its reason (never an edit in place), in one transaction with its audit event. The disclosures
// made to it keep pointing at it; a corrected kind is copied onto them, because the kind they
// carry is the entry's (copied only so statistics read one table), and an entry of the wrong kind
// was wrong for every disclosure to it.
import type { TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { FLOW_KINDS, PUBLIC_AUTHORITY_KINDS, type RecipientCorrect } from '../../../shared/model/disclosure';
import type { FieldErrors } from '../../../shared/errors';
import { recipientById, recipientContent, requireRecipientEntry, writeRecipientVersion } from './recipients-repo';
import { DisclosureInputError, RecipientChangedError } from './errors';

export function correctRecipient(t: TxContext, input: RecipientCorrect, actor: string): void {
  const row = requireRecipientEntry(t.db, input.id);
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) throw new RecipientChangedError();
  const next = { name: input.name, kind: input.kind, country: input.country ?? null, contact: input.contact ?? null, thirdCountry: input.thirdCountry, safeguard: input.safeguard ?? null };
  const before = recipientContent(row);
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== before[k]).sort();
  if (!changed.length) throw new DisclosureInputError({ reason: ['Nothing differs from the current entry; there is nothing to correct.'] });

  const errors: FieldErrors = {};
  // The directory holds one entry per name and kind (names compared without case, as the index).
  const clash = stmt(t.db, 'SELECT 1 FROM disclosure_recipients WHERE name = ? AND kind = ? AND id <> ?').get(next.name, next.kind, row.id);
  if (clash) errors.name = ['Another directory entry has this name and kind. Correct that entry instead.'];
  if (next.kind !== row.kind) {
    const uses = stmt(t.db, 'SELECT sum(inquiry) AS inquiries, sum(flow_frequency IS NOT NULL) AS flows FROM disclosures WHERE recipient_id = ?').get(row.id) as { inquiries: number | null; flows: number | null };
    // GDPR Art. 4(9): only a public authority receives data in a particular inquiry.
    if (uses.inquiries && !PUBLIC_AUTHORITY_KINDS.includes(next.kind))
      errors.kind = [`${uses.inquiries} disclosure(s) to this recipient are particular inquiries, which only a public authority (${PUBLIC_AUTHORITY_KINDS.join(', ')}) makes (GDPR Art. 4(9)).`];
    else if (uses.flows && !FLOW_KINDS.includes(next.kind))
      errors.kind = [`${uses.flows} disclosure(s) to this recipient are recurring flows, recorded for partners and advertisers only.`];
  }
  if (Object.keys(errors).length) throw new DisclosureInputError(errors);

  stmt(t.db, 'UPDATE disclosure_recipients SET name = ?, kind = ?, country = ?, contact = ?, third_country = ?, safeguard = ? WHERE id = ?').run(
    next.name,
    next.kind,
    next.country,
    next.contact,
    next.thirdCountry ? 1 : 0,
    next.safeguard,
    row.id,
  );
  bumpVersion(t.db, 'disclosure_recipients', row.id, t.now);
  const kindMoved = next.kind !== row.kind ? stmt(t.db, 'UPDATE disclosures SET recipient_kind = ? WHERE recipient_id = ?').run(next.kind, row.id).changes : 0;
  const updated = recipientById(t.db, row.id);
  // The reason is free text and may name people: it stays in the version, not in the trail.
  writeRecipientVersion(t, updated, input.reason, actor);
  // Kind and transfer facts and the names of the changed fields; a recipient may be a person, so no name or contact.
  t.audit({
    entityType: 'disclosure-recipient',
    entityId: row.public_id,
    summary: { corrected: { version: updated.version, kind: next.kind, country: next.country, thirdCountry: next.thirdCountry, safeguard: next.safeguard, changed, disclosuresRekinded: kindMoved } },
  });
}
