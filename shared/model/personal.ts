// The registry of personal fields, per register. A field listed here holds data about a person
// (GDPR Art. 4(1)): it may be stored in its register's rows, which retention can pseudonymise,
// but never in the hashed part of an audit event, which can never be changed again. The store
// refuses an audit summary that names one (main/store/audit-chain.ts); the personal value goes in
// the event's erasable details instead. A new register adds its line here, so the check covers
// it from its first audit event. Keyed by the entity type its audit events carry.
export const PERSONAL_FIELDS = {
  request: [
    'name', 'email', 'emailNorm', 'email_norm', 'postalAddress', 'postal_address', 'phone', 'customerId', 'customer_id',
    'onBehalfOf', 'on_behalf_of', 'description', 'refusalReason', 'refusal_reason', 'extensionReasons', 'extension_reasons',
    'holdReason', 'keepIdDocumentsReason', 'idDocumentsKept',
  ],
  // Who a disclosure was about, and free text that may name them or an official: the hashed
  // event keeps ids, codes and counts only.
  disclosure: ['emails', 'subjectEmail', 'customerIds', 'customerId', 'reason', 'groundNote', 'approvedBy', 'reference', 'secrecyGround'],
  // A recipient's contact is often a named official or officer; a correction's reason may name them.
  'disclosure-recipient': ['name', 'contact', 'reason'],
  // The organisation profile names the DPO, who is a person too; the rest of the settings are not personal.
  settings: ['dpoName', 'dpoEmail', 'dpoPhone', 'signatureBlock'],
  // The owner of an activity is a named person; a processor record's controller may be a sole
  // trader; a removal's reason is free text.
  'processing-activity': ['owner', 'controllerName', 'controllerContact', 'reason'],
  // A breach's free text may name the people affected, an employee who lost a laptop, a customer's
  // contact; the hashed event keeps ids, codes, counts and changed field names only.
  breach: [
    'title', 'description', 'consequences', 'measuresTaken', 'measuresProposed', 'riskReasoning', 'delayReasons', 'reference',
    'reason', 'how', 'summary', 'controller', 'controllers', 'authority',
  ],
  // A file's name often carries its subject's name ("passport-j-jansen.pdf").
  file: ['filename'],
} as const satisfies Record<string, readonly string[]>;

export type PersonalRegister = keyof typeof PERSONAL_FIELDS;

const sets = new Map<string, ReadonlySet<string>>();

/**
 * The personal fields of a register's audit events: its own, and a file's (every register's
 * events may name the files it keeps). Field names mean what they mean in their register: a
 * holiday's `name` in the settings is not a person's.
 */
export function personalFieldsOf(entityType: string): ReadonlySet<string> {
  let set = sets.get(entityType);
  if (!set) {
    const own = Object.prototype.hasOwnProperty.call(PERSONAL_FIELDS, entityType) ? PERSONAL_FIELDS[entityType as PersonalRegister] : [];
    set = new Set<string>([...own, ...PERSONAL_FIELDS.file]);
    sets.set(entityType, set);
  }
  return set;
}

/**
 * The paths in `value` whose key is a personal field (["created.name", "changes.email"]); [] when
 * none. Walks objects and arrays, so a personal field nested anywhere is found.
 */
export function personalPaths(value: unknown, entityType: string, at = ''): string[] {
  const personal = personalFieldsOf(entityType);
  if (Array.isArray(value)) return value.flatMap((v, i) => personalPaths(v, entityType, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const path = at ? `${at}.${k}` : k;
    if (personal.has(k) && v !== null && v !== undefined) out.push(path);
    else out.push(...personalPaths(v, entityType, path));
  }
  return out;
}

/**
 * Splits a summary into what may be hashed and what is personal: every personal field is moved,
 * at its path, into `details`. Used to migrate events written before the split existed, and by
 * services that build one object and want it split the same way.
 */
export function splitPersonal(summary: Record<string, unknown>, entityType: string): { summary: Record<string, unknown>; details: Record<string, unknown> | null } {
  const personal = personalFieldsOf(entityType);
  let found = false;
  const walk = (value: unknown): { kept: unknown; moved: unknown } => {
    if (Array.isArray(value)) {
      const parts = value.map(walk);
      const anyMoved = parts.some((p) => p.moved !== undefined);
      return { kept: parts.map((p) => p.kept), moved: anyMoved ? parts.map((p) => p.moved ?? null) : undefined };
    }
    if (!value || typeof value !== 'object') return { kept: value, moved: undefined };
    const kept: Record<string, unknown> = {};
    const moved: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (personal.has(k) && v !== null && v !== undefined) {
        moved[k] = v;
        found = true;
        continue;
      }
      const inner = walk(v);
      kept[k] = inner.kept;
      if (inner.moved !== undefined) moved[k] = inner.moved;
    }
    return { kept, moved: Object.keys(moved).length ? moved : undefined };
  };
  const { kept, moved } = walk(summary);
  return { summary: kept as Record<string, unknown>, details: found ? (moved as Record<string, unknown>) : null };
}
