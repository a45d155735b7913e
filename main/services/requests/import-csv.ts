// CSV import: parse (csv-parse), map columns, validate each line with the same schema as the
// form, report per line, and insert every valid line in ONE transaction, so after a crash
// either all of them are there or none (SQLite WAL + synchronous=FULL; see the kill -9 test).
import { parse } from 'csv-parse/sync';
import type { Store } from '../../store/store';
import type { Settings } from '../../../shared/model/settings';
import { WorkbenchError } from '../../../shared/errors';
import {
  CHANNELS,
  IMPORT_FIELDS,
  parseTypeList,
  REQUEST_TYPES,
  requestCreateInput,
  IMPORT_STATUSES,
  type ImportField,
  type ImportStatus,
  type ImportedAs,
  type ImportPreview,
  type ImportResult,
  type ImportRowResult,
} from '../../../shared/model/request';
import { receiptDeadlines, type ReceiptDeadline } from './deadline';
import { indexTogether } from './search-index';
import { insertRequest, resolveCreate, type ResolvedCreate } from './create';
import { RequestInputError } from './errors';
import { compareDates, isValidIsoDate } from '../../../shared/dates/iso';

type Mapping = Partial<Record<ImportField, number | null>>;
// E-mail is not required: a letter or a call may come without one (the line then needs a phone
// number or postal address, as the form does).
const REQUIRED: ImportField[] = ['type', 'name', 'received', 'channel'];

export interface ImportOptions {
  csv: string;
  mapping?: Mapping | undefined;
  hasHeader: boolean;
}

interface ParsedLine {
  line: number;
  cells: string[];
}

function parseCsv(text: string): ParsedLine[] {
  // Normalise line ends first: csv-parse counts a CRLF as two lines, and we report line numbers.
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(normalised, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    // csv-parse messages can quote a cell; report only the position and the code.
    const e = err as { code?: string; lines?: number };
    throw new RequestInputError({ csv: [`The file is not valid CSV near line ${e.lines ?? '?'} (${e.code ?? 'parse error'}).`] });
  }
  return records.map(({ record, info }) => {
    const inner = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - inner, cells: record };
  });
}

// Lookups by text from the file go through Maps: on a plain object a header or type named
// "__proto__", "constructor" or "toString" would find Object.prototype's members instead of nothing.
const HEADER_ALIASES = new Map<string, ImportField>(Object.entries({
  type: 'type', types: 'type', name: 'name', email: 'email', 'e-mail': 'email', received: 'received', date: 'received',
  channel: 'channel', customer_id: 'customer_id', 'customer id': 'customer_id', 'customer-id': 'customer_id', customer: 'customer_id',
  regime: 'regime', country: 'country', notes: 'notes', note: 'notes', description: 'notes',
  phone: 'phone', telephone: 'phone', postal_address: 'postal_address', 'postal address': 'postal_address', address: 'postal_address',
  status: 'status', responded_on: 'responded_on', 'responded on': 'responded_on', answered_on: 'responded_on', responded: 'responded_on',
  closed_on: 'closed_on', 'closed on': 'closed_on', closed: 'closed_on',
} satisfies Record<string, ImportField>));

export function mappingFromHeader(headers: string[]): Mapping {
  const m: Mapping = {};
  headers.forEach((h, i) => {
    const f = HEADER_ALIASES.get(h.trim().toLowerCase());
    if (f && m[f] === undefined) m[f] = i;
  });
  return m;
}

/** "2026-03-02", "2026-03-02 14:05" or "2026-03-02T14:05" (local time in the organisation's zone). */
function splitReceived(v: string): { date: string; time: string | null } {
  const m = /^(\S+?)(?:[ T](\d{1,2}:\d{2}))?$/.exec(v.trim());
  if (!m) return { date: v.trim(), time: null };
  const time = m[2] ? m[2].padStart(5, '0') : null;
  return { date: m[1]!, time };
}

/** zod path → the CSV column the DPO sees. */
const COLUMN_OF = new Map<string, ImportField>(Object.entries({
  types: 'type', 'requester.name': 'name', 'requester.email': 'email', receivedDate: 'received', receivedTime: 'received',
  channel: 'channel', mailbox: 'channel', 'requester.customerId': 'customer_id', regime: 'regime', country: 'country', description: 'notes',
  'requester.phone': 'phone', 'requester.postalAddress': 'postal_address',
} satisfies Record<string, ImportField>));

/**
 * Where a historical request stands, checked as the workflow checks it (transitions.ts): an answer
 * date lies between receipt and today, a closing date between the answer and today, and a status
 * agrees with the dates given. An empty status follows from the dates. Identity verification is
 * not part of the file: the timeline says the state was imported, not recorded step by step.
 */
function importedState(values: Record<ImportField, string>, received: string, today: string): { errors: string[]; state: ImportedAs | null } {
  const errors: string[] = [];
  const respondedOn = values.responded_on || null;
  const closedOn = values.closed_on || null;
  const raw = values.status.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const status = (raw || (closedOn ? 'closed' : respondedOn ? 'responded' : 'received')) as ImportStatus;
  if (!(IMPORT_STATUSES as readonly string[]).includes(status)) {
    errors.push(
      `status: "${values.status.slice(0, 40)}" cannot be imported; use ${IMPORT_STATUSES.join(', ')} (a refused, withdrawn or duplicate request needs its own record: import it as received and record that in the app)`,
    );
    return { errors, state: null };
  }
  const dated = (column: 'responded_on' | 'closed_on', d: string | null, after: string, afterWhat: string): void => {
    if (d === null) return;
    if (!isValidIsoDate(d)) errors.push(`${column}: "${String(d).slice(0, 20)}" is not a date (YYYY-MM-DD)`);
    else if (compareDates(d, after) < 0) errors.push(`${column}: ${d} is before ${afterWhat} (${after})`);
    else if (compareDates(d, today) > 0) errors.push(`${column}: ${d} is in the future; today is ${today}`);
  };
  if (isValidIsoDate(received)) dated('responded_on', respondedOn, received, 'the request was received');
  if (respondedOn && isValidIsoDate(respondedOn)) dated('closed_on', closedOn, respondedOn, 'the answer');
  else if (closedOn && !isValidIsoDate(closedOn)) errors.push(`closed_on: "${String(closedOn).slice(0, 20)}" is not a date (YYYY-MM-DD)`);
  const answered = status === 'responded' || status === 'closed';
  if (answered && !respondedOn) errors.push(`responded_on: a ${status} request needs the date it was answered`);
  if (status === 'closed' && !closedOn) errors.push('closed_on: a closed request needs the date it was closed');
  if (!answered && respondedOn) errors.push(`status: a request answered on ${respondedOn.slice(0, 20)} is responded or closed, not ${status}`);
  if (status !== 'closed' && closedOn) errors.push(`status: a request closed on ${closedOn.slice(0, 20)} is closed, not ${status}`);
  return { errors, state: errors.length ? null : { status, respondedOn, closedOn } };
}

function validateLine(
  cells: string[],
  mapping: Mapping,
  settings: Settings,
  today: string,
  deadlines: ReceiptDeadline,
): { errors: string[]; input: ResolvedCreate | null; values: Record<ImportField, string>; state: ImportedAs | null } {
  const values = {} as Record<ImportField, string>;
  for (const f of IMPORT_FIELDS) {
    const i = mapping[f];
    values[f] = i === null || i === undefined ? '' : (cells[i] ?? '').trim();
  }
  const errors: string[] = [];
  const { types, unknown } = parseTypeList(values.type);
  if (unknown.length) errors.push(`type: unknown type "${unknown.join('", "')}" (use ${REQUEST_TYPES.join(', ')}; join several with +)`);
  const { date, time } = splitReceived(values.received);
  // "email" or "email:optout@example.com" (the mailbox it arrived at).
  const [channelRaw, ...mailboxParts] = values.channel.split(':');
  const channel = (channelRaw ?? '').trim().toLowerCase();
  if (channel && !(CHANNELS as readonly string[]).includes(channel)) errors.push(`channel: "${channel.slice(0, 40)}" is not one of ${CHANNELS.join(', ')}`);
  const candidate = {
    types,
    requester: {
      name: values.name,
      email: values.email || null,
      phone: values.phone || null,
      postalAddress: values.postal_address || null,
      customerId: values.customer_id || null,
      relation: 'self',
    },
    channel: channel || undefined,
    mailbox: mailboxParts.join(':').trim() || null,
    receivedDate: date,
    receivedTime: time,
    ...(values.regime ? { regime: values.regime.toLowerCase() } : {}),
    ...(values.country ? { country: values.country } : {}),
    description: values.notes || null,
  };
  const history = importedState(values, date, today);
  errors.push(...history.errors);
  const parsed = requestCreateInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const col = COLUMN_OF.get(path) ?? COLUMN_OF.get(path.split('.').slice(0, 2).join('.')) ?? (path.split('.')[0] === 'types' ? 'type' : path);
      if (col === 'type' && unknown.length) continue;
      if (col === 'channel' && channel && !(CHANNELS as readonly string[]).includes(channel)) continue;
      errors.push(`${col}: ${issue.message}`);
    }
  }
  if (errors.length || !parsed.success) return { errors, input: null, values, state: null };
  try {
    const input = resolveCreate(parsed.data, settings, today);
    // Validates regime and country against each other exactly as the insert will.
    deadlines(input.regime, input.country || null, input.receivedDate);
    return { errors, input, values, state: history.state };
  } catch (err) {
    if (!(err instanceof WorkbenchError)) throw err;
    for (const [field, messages] of Object.entries(err.fieldErrors ?? { _: [err.message] }))
      for (const m of messages) errors.push(`${COLUMN_OF.get(field) ?? field}: ${m}`);
    return { errors, input: null, values, state: null };
  }
}

interface Analysis {
  headers: string[] | null;
  mapping: Mapping;
  missingFields: ImportField[];
  lines: Array<ImportRowResult & { input: ResolvedCreate | null; state: ImportedAs | null }>;
}

function analyse(opts: ImportOptions, settings: Settings, today: string, deadlines = receiptDeadlines(settings, today)): Analysis {
  const lines = parseCsv(opts.csv);
  const headerLine = opts.hasHeader ? lines.shift() : undefined;
  const headers = headerLine ? headerLine.cells : null;
  const mapping = opts.mapping ?? (headers ? mappingFromHeader(headers) : Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])));
  const missingFields = REQUIRED.filter((f) => mapping[f] === undefined || mapping[f] === null);
  const results = lines.map(({ line, cells }) => {
    if (missingFields.length) return { line, ok: false, errors: [`columns not mapped: ${missingFields.join(', ')}`], values: null, input: null, state: null, becomes: null };
    const v = validateLine(cells, mapping, settings, today, deadlines);
    return { line, ok: v.errors.length === 0, errors: v.errors, values: v.values, input: v.input, state: v.state, becomes: v.state };
  });
  return { headers, mapping, missingFields, lines: results };
}

export function previewImport(opts: ImportOptions & { previewLimit: number }, settings: Settings, today: string): ImportPreview {
  const a = analyse(opts, settings, today);
  return {
    headers: a.headers,
    mapping: a.mapping,
    missingFields: a.missingFields,
    totalRows: a.lines.length,
    validRows: a.lines.filter((l) => l.ok).length,
    rows: a.lines.slice(0, opts.previewLimit).map(({ line, ok, errors, values, becomes }) => ({ line, ok, errors, values, becomes })),
  };
}

export function runImport(
  store: Store,
  actor: string,
  opts: ImportOptions & { dryRun: boolean },
  settings: Settings,
  today: string,
  /** Called after each inserted row, inside the transaction: progress reporting, and the crash test waits here. */
  afterRow?: (index: number, total: number) => void,
): ImportResult {
  const deadlines = receiptDeadlines(settings, today);
  const a = analyse(opts, settings, today, deadlines);
  if (a.missingFields.length) throw new RequestInputError({ mapping: [`Map a column to each of: ${a.missingFields.join(', ')}.`] });
  const rejected = a.lines.filter((l) => !l.ok).map((l) => ({ line: l.line, errors: l.errors }));
  const valid = a.lines.filter((l) => l.ok && l.input);
  const report = (refs: Array<string | null>) => valid.map((l, i) => ({ line: l.line, ref: refs[i] ?? null, ...l.state! }));
  if (opts.dryRun || valid.length === 0)
    return { imported: opts.dryRun ? valid.length : 0, rejected, refs: [], dryRun: opts.dryRun, lines: opts.dryRun ? report([]) : [] };
  const refs = store.tx(actor, 'request.import', (t) => {
    const out: string[] = [];
    const search = indexTogether(t.db);
    valid.forEach((l, i) => {
      out.push(insertRequest(t, l.input!, settings, today, actor, { source: 'imported', deadlines, search, history: l.state ?? undefined }).ref);
      afterRow?.(i, valid.length);
    });
    search.flush();
    t.audit({ entityType: 'request', entityId: null, summary: { imported: out.length, rejectedLines: rejected.map((r) => r.line) } });
    return out;
  });
  // A large import changes the table's shape: refresh the planner's statistics now, not at next open.
  if (refs.length >= 1000) store.db.pragma('optimize=0x10002');
  return { imported: refs.length, rejected, refs, dryRun: false, lines: report(refs) };
}
