// `dpo request …`: subject requests from scripts. Every command goes through the same dispatch
// and contract as the UI (shared/api.ts); names, flags and JSON keys of add/list/show/import are
// fixed because scripts depend on them.
import type { Command } from 'commander';
import { basename } from 'node:path';
import {
  CHANNELS,
  PAUSE_FOR,
  REFUSAL_GROUNDS,
  RELATIONS,
  REQUEST_SORTS,
  REQUEST_TYPES,
  STATUSES,
  TIMELINE_DIRECTIONS,
  VERIFICATION_METHODS,
  parseTypeList,
  type RequestDetail,
  type RequestSummary,
} from '../../../shared/model/request';
import { REGIMES } from '../../../shared/model/fields';
import { FILE_KINDS } from '../../../shared/model/files';
import { en } from '../../../shared/i18n';
import { daysBetween, localDateInZone, localTimeInZone } from '../../../shared/dates';
import { call, readAllPages, CliUserError } from '../run';
import { opCommand, type FlagSpec } from '../declare';

function typesOf(value: string): string[] {
  const { types, unknown } = parseTypeList(value);
  if (unknown.length) throw new CliUserError(`--type: unknown type "${unknown.join('", "')}"; use access, rectification, erasure, restriction, portability, objection, marketing-optout, consent-withdrawal, automated-decision or other (join several with +).`);
  if (!types.length) throw new CliUserError('--type: give at least one request type.');
  return types;
}

function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  for (const v of items) if (!(allowed as readonly string[]).includes(v)) throw new CliUserError(`${flag}: "${v}" is not one of ${allowed.join(', ')}.`);
  return items as T[];
}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliUserError(`${flag} must be a whole number of days ("${value.slice(0, 20)}" is not).`);
  return Number(value);
}

/** `12` (the number listed by `request show`) or the file's public id (a UUID). */
function recordId(value: unknown): number | string {
  const text = String(value);
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** GDPR Art. 12(3): answered by the binding deadline, or how many days after it. */
function answeredWhen(due: string, answeredOn: string): string {
  const late = daysBetween(due, answeredOn);
  return late > 0 ? `${late} day${late === 1 ? '' : 's'} late` : 'on time';
}

function summaryLine(r: RequestSummary): string {
  const due = r.daysLeft === null ? r.due : `${r.due} (${r.daysLeft < 0 ? `${-r.daysLeft}d overdue` : `${r.daysLeft}d left`}${r.clockStopped ? ', clock stopped' : ''})`;
  return `${r.ref}  ${r.status.padEnd(22)}  ${r.type.padEnd(18)}  received ${r.received}  due ${due}  ${r.name}`;
}

/** Timeline times in the organisation's zone: the audit instant is UTC, the DPO reads local. */
function localDateTime(at: string, timeZone: string): string {
  const instant = new Date(at);
  return `${localDateInZone(instant, timeZone)} ${localTimeInZone(instant, timeZone)}`;
}

function detailText(d: RequestDetail, timeZone: string): string {
  const lines = [
    `${d.ref}  ${d.status}  ${d.type}`,
    `Requester: ${d.requester.name} <${d.requester.email}>${d.requester.customerId ? `, customer ${d.requester.customerId}` : ''}${d.requester.relation !== 'self' ? ` (${d.requester.relation} for ${d.requester.onBehalfOf})` : ''}`,
    `Received: ${d.received}${d.receivedTime ? ` ${d.receivedTime}` : ''} by ${d.channel}${d.mailbox ? ` (${d.mailbox})` : ''}; ${(en.requests.regimeShort as Record<string, string>)[d.regime] ?? d.regime} ${d.country}`,
    `Due: ${d.due}${d.clockStopped ? ' (clock stopped; provisional)' : ''}${d.daysLeft !== null && d.daysLeft < 0 ? `; overdue by ${-d.daysLeft} day${d.daysLeft === -1 ? '' : 's'}` : ''}; internal target ${d.deadline.internalTarget}`,
    ...(d.answeredOn ? [`Answered on ${d.answeredOn}: ${answeredWhen(d.due, d.answeredOn)}`] : []),
    ...d.deadline.explanation.map((l) => `  · ${l}`),
    ...d.deadline.warnings.map((w) => `  ! ${w.message}`),
  ];
  if (d.verification) lines.push(`Identity: verified ${d.verification.on} by ${d.verification.by} (${d.verification.method})`);
  if (d.possibleDuplicates.length) lines.push(`Possible duplicates: ${d.possibleDuplicates.map((p) => `${p.ref} (${p.received}, ${p.status})`).join(', ')}`);
  if (d.duplicateOf) lines.push(`Duplicate of ${d.duplicateOf}`);
  if (d.refusal) lines.push(`Refused: ${d.refusal.ground}: ${d.refusal.reason}`);
  if (d.art19) {
    lines.push(`Art. 19: ${d.art19.listing.sourceNote}`);
    for (const r of d.art19.records) lines.push(`  ${r.recipientName}: ${r.outcome}${r.notifiedOn ? ` ${r.notifiedOn}` : ''}${r.reason ? ` (${r.reason})` : ''}`);
  }
  lines.push(`Actions: ${d.availableActions.filter((a) => !a.disabledReason).map((a) => a.action).join(', ') || 'none (final)'}`);
  for (const a of d.availableActions.filter((x) => x.disabledReason)) lines.push(`  not yet ${a.action}: ${a.disabledReason}`);
  if (d.attachments.length) {
    lines.push('Attachments:');
    for (const a of d.attachments)
      lines.push(`  #${a.id} ${a.filename} (${a.kind}, ${a.sizeBytes} bytes)${a.deletedAt ? ' [deleted]' : ''}${a.deleteReminder ? ' [delete now: identity verified]' : ''}`);
  }
  lines.push('Timeline (newest first):');
  for (const e of d.timeline) lines.push(`  ${localDateTime(e.at, timeZone)}  [${e.direction}]  ${e.text}`);
  return lines.join('\n');
}

/** One command per state-machine action, each a declaration over `request.transition`. */
function workflow(parent: Command, name: string, description: string, action: string, flags: FlagSpec[] = [], build?: (input: Record<string, unknown>, opts: Record<string, unknown>) => Record<string, unknown>): void {
  opCommand(parent, {
    command: `${name} <ref>`,
    description,
    op: 'request.transition',
    args: ['ref'],
    flags: [
      ...flags,
      { flags: '--note <text>', description: 'internal note recorded with the action', to: 'note' },
      { flags: '--expected-version <n>', description: 'refuse if the request changed since this version', to: 'expectedVersion', parse: (v) => wholeNumber('--expected-version', v) },
    ],
    json: { description: 'print the request as JSON' },
    build: (input, opts) => ({ ...(build ? build(input, opts) : input), action }),
    human: (d) => `${d.ref} is now ${d.status}; due ${d.due}.`,
  });
}

const ON = (what: string): FlagSpec => ({ flags: '--on <date>', description: `${what} (default today)`, to: 'on' });


/** `--art19 recipient=notified:2026-03-01` or `--art19 "recipient=impossible:no contact address"`. */
function parseArt19(values: string[] | undefined): Array<{ recipientId: string; outcome: string; notifiedOn?: string; reason?: string }> {
  return (values ?? []).map((v) => {
    const m = /^([^=]+)=(notified|impossible|disproportionate)(?::(.*))?$/.exec(v.trim());
    if (!m) throw new CliUserError(`--art19 "${v.slice(0, 60)}" must look like RECIPIENT=notified:YYYY-MM-DD or RECIPIENT=impossible:REASON.`);
    const [, recipientId, outcome, rest] = m;
    return outcome === 'notified' ? { recipientId: recipientId!, outcome: outcome!, notifiedOn: rest ?? '' } : { recipientId: recipientId!, outcome: outcome!, reason: rest ?? '' };
  });
}

export function registerRequestCommands(program: Command): void {
  const request = program.command('request').description('Data subject requests: add, list, show, import and the workflow actions.');

  opCommand(request, {
    command: 'add',
    description: 'Record a new request; prints it with its reference and derived deadline.',
    op: 'request.create',
    flags: [
      { flags: '--type <type>', description: `${REQUEST_TYPES.join(', ')}; several joined with + or ;, or the flag repeated`, to: 'types', parse: typesOf, repeatable: true, required: true },
      { flags: '--name <text>', description: "requester's name (any script)", to: 'requester.name', required: true },
      { flags: '--email <addr>', description: "requester's e-mail address (required for --channel email; otherwise give at least one of --email, --address, --phone)", to: 'requester.email' },
      { flags: '--received <date>', description: "date received, YYYY-MM-DD, in the organisation's time zone", to: 'receivedDate', required: true },
      { flags: '--time <HH:MM>', description: 'time received (local)', to: 'receivedTime' },
      { flags: '--channel <channel>', description: 'how it arrived', to: 'channel', choices: CHANNELS, default: 'email' },
      { flags: '--mailbox <addr>', description: 'mailbox it arrived at (e-mail)', to: 'mailbox' },
      { flags: '--regime <regime>', description: 'the law that applies (default: Settings)', to: 'regime', choices: REGIMES },
      { flags: '--country <code>', description: 'two-letter country code (default: Settings)', to: 'country' },
      { flags: '--customer-id <text>', description: 'customer account number', to: 'requester.customerId' },
      { flags: '--phone <text>', description: 'phone number', to: 'requester.phone' },
      { flags: '--address <text>', description: 'postal address', to: 'requester.postalAddress' },
      { flags: '--relation <relation>', description: 'who asks', to: 'requester.relation', choices: RELATIONS, default: 'self' },
      { flags: '--on-behalf-of <name>', description: 'the subject, when a representative or parent asks', to: 'requester.onBehalfOf' },
      { flags: '--description <text>', description: 'what the subject asked', to: 'description' },
    ],
    // A repeated --type accumulates: `--type access --type erasure` asks for both.
    build: (input) => ({ ...input, types: [...new Set((input.types as string[][]).flat())] }),
    json: { description: 'print the request as JSON' },
    human: (r) => [`Created ${r.ref}: due ${r.due}.`, r.duplicateWarning].filter(Boolean).join('\n'),
  });

  opCommand(request, {
    command: 'list',
    description: 'List requests, soonest deadline first.',
    op: 'request.list',
    flags: [
      { flags: '--status <status>', description: `only these statuses, comma-separated or the flag repeated (${STATUSES.join(', ')})`, to: 'status', parse: (v) => listOf('--status', v, STATUSES), repeatable: true },
      { flags: '--open', description: 'only open requests', to: 'open' },
      { flags: '--overdue', description: 'only running requests past their deadline', to: 'overdue' },
      { flags: '--due-within <days>', description: 'only running requests due within this many days from today (with --overdue: the overdue ones too)', to: 'dueWithinDays', parse: (v) => wholeNumber('--due-within', v) },
      { flags: '--type <type>', description: 'only requests with this type (several joined with + or the flag repeated: any of them)', to: 'types', parse: typesOf, repeatable: true },
      { flags: '--channel <channel>', description: `only these channels, comma-separated or the flag repeated (${CHANNELS.join(', ')})`, to: 'channel', parse: (v) => listOf('--channel', v, CHANNELS), repeatable: true },
      { flags: '--search <text>', description: 'text in name, e-mail, reference or customer number', to: 'q' },
      { flags: '--sort <field>', description: 'sort order', to: 'sort', choices: REQUEST_SORTS, default: 'due' },
      { flags: '--desc', description: 'descending order' },
    ],
    build: (input, opts) => ({ ...input, dir: opts.desc ? 'desc' : 'asc' }),
    // Every matching request.
    run: (core, filter) => readAllPages((offset, limit) => call(core, 'request.list', { ...filter, offset, limit })),
    json: { description: 'print a JSON array', select: (page) => page.rows },
    human: (page) => page.rows.map(summaryLine).join('\n') || 'No requests.',
  });

  opCommand(request, {
    command: 'show <ref>',
    description: 'Show one request: deadline and its working, available actions, timeline, attachments.',
    op: 'request.get',
    args: ['ref'],
    json: { description: 'print it as JSON' },
    human: async (d, core) => detailText(d, (await call(core, 'settings.get', {})).timeZone),
  });

  opCommand(request, {
    command: 'import <file>',
    description: 'Import requests from CSV (header: type,name,email,received,channel,customer_id,regime,country,notes, and optionally phone,postal_address,status,responded_on,closed_on for requests already answered or closed). Valid lines go in as one transaction; exit 0 even when some lines are rejected (check "rejected"; "lines" says what each imported line became).',
    op: 'request.import',
    args: [{ read: 'utf8', to: 'csv' }],
    flags: [{ flags: '--dry-run', description: 'validate only; nothing is written', to: 'dryRun' }],
    json: { description: 'print { imported, rejected: [{ line, errors }], lines: [{ line, ref, status, respondedOn, closedOn }] } as JSON' },
    human: (r, _core, { opts }) =>
      [
        opts.dryRun ? `Dry run: ${r.imported} line(s) would be imported.` : `Imported ${r.imported} request(s).`,
        ...(r.lines ?? []).map((x) => `line ${x.line}: ${x.ref ?? 'would be'} ${x.status}${x.respondedOn ? `, answered ${x.respondedOn}` : ''}${x.closedOn ? `, closed ${x.closedOn}` : ''}`),
        ...r.rejected.map((x) => `line ${x.line}: ${x.errors.join('; ')}`),
      ].join('\n'),
  });

  opCommand(request, {
    command: 'import-eml <file>',
    description: 'Create a request from an e-mail (.eml): sender, date and body; the original is kept as an attachment.',
    op: 'request.importEml',
    args: [{ read: 'base64', to: 'base64', filenameTo: 'filename' }],
    flags: [
      { flags: '--type <type>', description: 'request type(s), joined with + or the flag repeated; default: the types recognised in the message (English or Dutch)', to: 'types', parse: typesOf, repeatable: true },
      { flags: '--dry-run', description: 'only show what would be filled in' },
    ],
    instead: {
      when: 'dryRun',
      op: 'request.parseEml',
      human: (d) =>
        [
          `From: ${d.name} <${d.email}>`,
          `Received: ${d.receivedDate} ${d.receivedTime ?? ''}`,
          `Mailbox: ${d.mailbox ?? '-'}`,
          `Types recognised: ${d.suggestedTypes.join(', ') || 'none (give --type)'}`,
          ...d.warnings.map((w) => `! ${w}`),
        ].join('\n'),
    },
    json: { description: 'print the request (or the draft) as JSON' },
    human: (r) => [`Created ${r.ref}: due ${r.due}.`, r.duplicateWarning].filter(Boolean).join('\n'),
  });

  // Workflow: one command per state-machine action (shared/model/request-machine.ts).
  workflow(request, 'start', 'Start work on a received request.', 'start');
  workflow(request, 'verify', 'Record the identity check (GDPR Art. 12(6)); ends a pause for identity.', 'verify', [
    { flags: '--method <method>', description: 'how identity was verified', to: 'method', choices: VERIFICATION_METHODS, required: true },
    ON('date verified'),
    { flags: '--by <name>', description: 'who verified (default: you)', to: 'by' },
  ]);
  workflow(request, 'pause', 'Ask the subject for identity proof or clarification; the clock stops.', 'pause', [
    { flags: '--reason <reason>', description: 'what was asked for', to: 'reason', choices: PAUSE_FOR, required: true },
    ON('date asked'),
  ]);
  workflow(request, 'resume', 'The subject answered; the clock runs again.', 'resume', [ON('date the answer arrived')]);
  workflow(request, 'extend', 'Record the extension notice (GDPR Art. 12(3): two more months; notice with reasons within the first month).', 'extend', [
    { flags: '--reasons <text>', description: 'reasons given to the subject', to: 'reasons', required: true },
    { flags: '--notice-sent-on <date>', description: 'date the notice was sent (default today)', to: 'extensionNoticeSentOn' },
  ]);
  workflow(request, 'respond', 'Record the response sent to the subject.', 'respond', [
    { flags: '--summary <text>', description: 'what was sent', to: 'summary', required: true },
    ON('date sent'),
  ]);
  workflow(
    request,
    'close',
    'Close a responded request; for rectification/erasure/restriction record GDPR Art. 19 per recipient.',
    'close',
    [{ flags: '--art19 <record>', description: 'RECIPIENT=notified:YYYY-MM-DD or RECIPIENT=impossible|disproportionate:REASON (repeatable)', repeatable: true }],
    (input, opts) => ({ ...input, art19: parseArt19(opts.art19 as string[] | undefined) }),
  );
  workflow(request, 'refuse', 'Refuse the request on a legal ground (GDPR Art. 12(4)-(5)).', 'refuse', [
    { flags: '--ground <ground>', description: 'the legal ground', to: 'ground', choices: REFUSAL_GROUNDS, required: true },
    { flags: '--reason <text>', description: 'the explanation sent to the subject', to: 'reason', required: true },
    ON('date sent'),
  ]);
  workflow(request, 'withdraw', 'The subject withdrew the request.', 'withdraw', [ON('date withdrawn')]);
  workflow(request, 'duplicate', 'Mark the request as a duplicate of an earlier one.', 'mark-duplicate', [
    { flags: '--of <ref>', description: 'the original request', to: 'originalRef', required: true },
  ]);

  opCommand(request, {
    command: 'note <ref>',
    description: 'Add a note to the timeline (internal unless --direction says otherwise).',
    op: 'request.addNote',
    args: ['ref'],
    flags: [
      { flags: '--text <text>', description: 'the note', to: 'text', required: true },
      { flags: '--direction <d>', description: 'internal, or correspondence with the subject', to: 'direction', choices: TIMELINE_DIRECTIONS, default: 'internal' },
      ON('date'),
    ],
    json: { description: 'print the request as JSON' },
    human: (d) => `Note added to ${d.ref}.`,
  });

  opCommand(request, {
    command: 'attach <ref> <file>',
    description: 'Attach a file; it is stored inside the encrypted database.',
    op: 'request.attach',
    args: ['ref', { read: 'base64', to: 'base64', filenameTo: 'filename' }],
    flags: [
      { flags: '--kind <kind>', description: 'what the file is', to: 'kind', choices: FILE_KINDS, default: 'document' },
      { flags: '--keep', description: 'keep an ID document after verification (default: remind to delete it)' },
    ],
    build: (input, opts) => (opts.keep ? { ...input, deleteAfterVerification: false } : input),
    json: { description: 'print the request as JSON' },
    human: (d, _core, { args }) => `Attached ${basename(args[1]!)} to ${d.ref} (#${d.attachments[0]?.id}).`,
  });

  opCommand(request, {
    command: 'attachment <ref> <id>',
    description: 'Save an attachment (its number or public id) to a file you name (never to a temp file).',
    op: 'request.attachmentGet',
    args: ['ref', 'attachmentId'],
    build: (input) => ({ ...input, attachmentId: recordId(input.attachmentId) }),
    output: {
      flags: '--out <file>',
      description: 'where to write it (never inside the data folder)',
      required: true,
      content: (a) => Buffer.from(a.base64, 'base64'),
      saved: (a, file) => `Saved ${a.filename} (${a.sizeBytes} bytes) to ${file}.`,
    },
  });

  opCommand(request, {
    command: 'attachment-delete <ref> <id>',
    description: "Delete an attachment's content (e.g. an ID scan after verification); its record stays.",
    op: 'request.attachmentDelete',
    args: ['ref', 'attachmentId'],
    flags: [{ flags: '--reason <text>', description: 'why', to: 'reason', required: true }],
    build: (input) => ({ ...input, attachmentId: recordId(input.attachmentId) }),
    json: { description: 'print the attachment record as JSON' },
    human: (a) => `Deleted the content of ${a.filename}.`,
  });

  opCommand(request, {
    command: 'export',
    description: 'Export the list as CSV (formula cells neutralised).',
    op: 'request.exportCsv',
    flags: [
      { flags: '--status <status>', description: 'only these statuses, comma-separated', to: 'status', parse: (v) => listOf('--status', v, STATUSES) },
      { flags: '--overdue', description: 'only overdue requests', to: 'overdue' },
      { flags: '--due-within <days>', description: 'only requests due within this many days', to: 'dueWithinDays', parse: (v) => wholeNumber('--due-within', v) },
    ],
    output: { flags: '--out <file>', description: 'write to this file (default: standard output; never inside the data folder)', content: (r) => r.csv },
  });

  opCommand(request, {
    command: 'dashboard',
    description: 'Open, due soon, overdue, awaiting the subject, on-time rate and next deadlines.',
    op: 'request.dashboard',
    json: { description: 'print as JSON' },
    human: (d) =>
      [
        `Open ${d.open}; due within 7 days ${d.dueWithin7Days}; overdue ${d.overdue}; awaiting the subject ${d.awaitingSubject}`,
        `On time (12 months): ${d.onTime.rate === null ? 'no answers yet' : `${Math.round(d.onTime.rate * 100)}% of ${d.onTime.answered}`}`,
        ...d.nextDeadlines.map((n) => `  ${n.due}  ${n.ref}  ${n.urgency}`),
      ].join('\n'),
  });

  opCommand(request, {
    command: 'reminders',
    description: 'Deadline reminders not yet shown (last 7 days, overdue); marks them shown.',
    op: 'request.dueReminders',
    flags: [{ flags: '--peek', description: 'do not mark them shown', to: 'peek' }],
    json: { description: 'print as JSON' },
    human: (list) => list.map((r) => `${r.ref}  ${r.threshold}  due ${r.due} (${r.daysLeft}d)`).join('\n') || 'No new reminders.',
  });
}
