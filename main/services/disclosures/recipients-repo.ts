// The recipients directory: each organisation (or person) data went to is one reusable entry,
// found by name and kind, so statistics and Art. 19 lists name the same recipient once.
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../store/database';
import type { TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import type { Recipient, RecipientInput, RecipientKind, RecipientVersion, TransferSafeguard } from '../../../shared/model/disclosure';
import { bumpVersion } from '../../store/versioned';
import { canonicalJson } from '../../store/canonical-json';
import { RecipientMissingError, RecipientNotFoundError } from './errors';

export interface RecipientRow {
  id: number;
  public_id: string;
  name: string;
  kind: RecipientKind;
  country: string | null;
  contact: string | null;
  third_country: number;
  safeguard: TransferSafeguard | null;
  version: number;
}

export function toRecipient(r: RecipientRow): Recipient {
  return {
    id: r.public_id,
    name: r.name,
    kind: r.kind,
    country: r.country,
    contact: r.contact,
    thirdCountry: r.third_country === 1,
    safeguard: r.safeguard,
    version: r.version,
  };
}

/** The entry's content as a version stores it (canonical JSON; every key present). */
export function recipientContent(r: RecipientRow): RecipientVersion['content'] {
  return { name: r.name, kind: r.kind, country: r.country, contact: r.contact, thirdCountry: r.third_country === 1, safeguard: r.safeguard };
}

/** Keeps the row's current content whole as its version `row.version`. */
export function writeRecipientVersion(t: TxContext, row: RecipientRow, reason: string | null, actor: string): void {
  stmt(t.db, 'INSERT INTO disclosure_recipient_versions (recipient_id, version, content, reason, at, by) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.version,
    canonicalJson(recipientContent(row)),
    reason,
    t.now,
    actor,
  );
}

export function recipientVersions(db: Db, id: number): RecipientVersion[] {
  const rows = stmt(db, 'SELECT version, content, reason, at, by FROM disclosure_recipient_versions WHERE recipient_id = ? ORDER BY version').all(id) as Array<{
    version: number;
    content: string;
    reason: string | null;
    at: string;
    by: string;
  }>;
  return rows.map((v) => ({ version: v.version, at: v.at, by: v.by, reason: v.reason, content: JSON.parse(v.content) as RecipientVersion['content'] }));
}

export function requireRecipient(db: Db, publicId: string, field = 'recipientId'): RecipientRow {
  const row = stmt(db, 'SELECT * FROM disclosure_recipients WHERE public_id = ?').get(publicId) as RecipientRow | undefined;
  if (!row) throw new RecipientNotFoundError(field);
  return row;
}

/** The entry an operation is about: an unknown id is NOT_FOUND, not a field error. */
export function requireRecipientEntry(db: Db, publicId: string): RecipientRow {
  const row = stmt(db, 'SELECT * FROM disclosure_recipients WHERE public_id = ?').get(publicId) as RecipientRow | undefined;
  if (!row) throw new RecipientMissingError(publicId);
  return row;
}

export function recipientById(db: Db, id: number): RecipientRow {
  return stmt(db, 'SELECT * FROM disclosure_recipients WHERE id = ?').get(id) as RecipientRow;
}

/**
 * The directory entry with this name and kind, or a new one. Details given for an existing entry
 * (country, contact, safeguard) fill what it lacks; they never overwrite what it has.
 */
export function findOrCreateRecipient(t: TxContext, input: RecipientInput, actor: string): RecipientRow {
  const found = stmt(t.db, 'SELECT * FROM disclosure_recipients WHERE name = ? AND kind = ?').get(input.name, input.kind) as RecipientRow | undefined;
  if (found) {
    const fill = {
      country: found.country ?? input.country ?? null,
      contact: found.contact ?? input.contact ?? null,
      third: found.third_country === 1 || input.thirdCountry ? 1 : 0,
      safeguard: found.safeguard ?? input.safeguard ?? null,
    };
    if (fill.country !== found.country || fill.contact !== found.contact || fill.third !== found.third_country || fill.safeguard !== found.safeguard) {
      stmt(t.db, 'UPDATE disclosure_recipients SET country = ?, contact = ?, third_country = ?, safeguard = ? WHERE id = ?').run(fill.country, fill.contact, fill.third, fill.safeguard, found.id);
      // Filling what the entry lacked is a change too: a new version, so no state goes unrecorded.
      bumpVersion(t.db, 'disclosure_recipients', found.id, t.now);
      const row = recipientById(t.db, found.id);
      writeRecipientVersion(t, row, null, actor);
      t.audit({ entityType: 'disclosure-recipient', entityId: found.public_id, summary: { completed: { version: row.version, country: fill.country, thirdCountry: fill.third === 1, safeguard: fill.safeguard } } });
      return row;
    }
    return found;
  }
  const publicId = uuidv7();
  const info = stmt(
    t.db,
    `INSERT INTO disclosure_recipients (public_id, name, kind, country, contact, third_country, safeguard, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(publicId, input.name, input.kind, input.country ?? null, input.contact ?? null, input.thirdCountry ? 1 : 0, input.safeguard ?? null, t.now, t.now);
  const row = recipientById(t.db, Number(info.lastInsertRowid));
  writeRecipientVersion(t, row, null, actor);
  // Kind and transfer facts only: a recipient may be a natural person, so no name here.
  t.audit({ entityType: 'disclosure-recipient', entityId: publicId, summary: { created: { kind: input.kind, country: input.country ?? null, thirdCountry: input.thirdCountry, safeguard: input.safeguard ?? null } } });
  return row;
}

export function listRecipients(db: Db): Recipient[] {
  return (stmt(db, 'SELECT * FROM disclosure_recipients ORDER BY name, kind').all() as RecipientRow[]).map(toRecipient);
}
