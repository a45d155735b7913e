// `dpo processing …`: the record of processing activities (GDPR Art. 30) from scripts.
// Declarations over the contract's operations (opCommand); the names, flags and JSON keys of
// list and show are fixed because scripts depend on them. Codes (legal bases, kinds of data
// subjects, data categories, recipient kinds, sources, safeguards) are the model's kebab-case
// codes, listed by --help.
import type { Command } from 'commander';
import { DATA_CATEGORIES, RECIPIENT_KINDS, TRANSFER_SAFEGUARDS } from '../../../shared/model/disclosure';
import {
  DATA_SOURCES,
  LEGAL_BASES,
  PROCESSING_SORTS,
  RECORD_KINDS,
  SUBJECT_KINDS,
  type ActivityAsOf,
  type ActivityContent,
  type ProcessingDetail,
  type ProcessingSummary,
} from '../../../shared/model/processing';
import { PUBLIC_ID_PATTERN } from '../../../shared/model/fields';
import type { Core } from '../../app/core';
import { call, CliUserError } from '../run';
import { opCommand, type FlagSpec } from '../declare';

/** A comma-separated list of codes, each checked against its vocabulary. */
function codes(flag: string, allowed: readonly string[]) {
  return (value: string): string[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    for (const v of items) if (!allowed.includes(v)) throw new CliUserError(`${flag}: "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}.`);
    return items;
  };
}

/** --transfer US:sccs[:note] */
function transferOf(value: string): { country: string; safeguard: string; note?: string } {
  const [country, safeguard, ...note] = value.split(':');
  if (!country || !safeguard) throw new CliUserError(`--transfer: give COUNTRY:SAFEGUARD, e.g. US:sccs (safeguards: ${TRANSFER_SAFEGUARDS.join(', ')}).`);
  return { country, safeguard, ...(note.length ? { note: note.join(':') } : {}) };
}

/** --sub-processor "Datacenter BV:NL" */
function subProcessorOf(value: string): { name: string; country?: string } {
  const m = /^(.*?)(?::([A-Za-z]{2}))?$/.exec(value)!;
  return { name: m[1]!, ...(m[2] ? { country: m[2] } : {}) };
}

/** The content flags, shared by add and edit (edit puts them under `content.`). */
function contentFlags(prefix: '' | 'content.'): FlagSpec[] {
  const to = (path: string) => `${prefix}${path}`;
  return [
    { flags: '--name <text>', description: 'name of the processing activity', to: to('name') },
    { flags: '--purpose <text>', description: 'a purpose of the processing (repeatable; GDPR Art. 30(1)(b))', to: to('purposes'), repeatable: true },
    { flags: '--legal-basis <basis>', description: 'legal basis (GDPR Art. 6(1))', to: to('legalBasis'), choices: LEGAL_BASES },
    { flags: '--legitimate-interest-note <text>', description: 'the balancing of interests (needed with legitimate-interest)', to: to('legitimateInterestNote') },
    { flags: '--subject-kinds <k1,k2,...>', description: `categories of data subjects, comma-separated: ${SUBJECT_KINDS.join(', ')}`, to: to('subjectKinds'), parse: codes('--subject-kinds', SUBJECT_KINDS) },
    { flags: '--categories <c1,c2,...>', description: `categories of personal data, comma-separated: ${DATA_CATEGORIES.join(', ')}`, to: to('dataCategories'), parse: codes('--categories', DATA_CATEGORIES) },
    { flags: '--recipient-kinds <k1,k2,...>', description: `categories of recipients, comma-separated: ${RECIPIENT_KINDS.join(', ')}`, to: to('recipients.kinds'), parse: codes('--recipient-kinds', RECIPIENT_KINDS) },
    { flags: '--recipient-id <id>', description: 'a recipient from the disclosures register\'s directory, by id (repeatable)', to: to('recipients.recipientIds'), repeatable: true },
    { flags: '--recipients-note <text>', description: 'a note on the recipients', to: to('recipients.note') },
    { flags: '--transfer <CC:safeguard[:note]>', description: `a third-country transfer, e.g. US:sccs (repeatable; safeguards: ${TRANSFER_SAFEGUARDS.join(', ')})`, to: to('transfers'), repeatable: true, parse: transferOf },
    { flags: '--retention <text>', description: 'retention period or the criteria for it (GDPR Art. 30(1)(f))', to: to('retention') },
    { flags: '--security <text>', description: 'security measures (GDPR Art. 30(1)(g), Art. 32)', to: to('security') },
    { flags: '--sources <s1,s2,...>', description: `where the data comes from, comma-separated: ${DATA_SOURCES.join(', ')}`, to: to('sources'), parse: codes('--sources', DATA_SOURCES) },
    { flags: '--source-note <text>', description: 'a note on the source of the data', to: to('sourceNote') },
    { flags: '--automated-decisions <text>', description: 'automated decisions are made: describe them and their logic (GDPR Art. 22)', to: to('automatedDecisionsNote') },
    { flags: '--owner <text>', description: 'who is responsible for the activity', to: to('owner') },
    { flags: '--reviewed-on <YYYY-MM-DD>', description: 'the date it was last reviewed', to: to('lastReviewedOn') },
    { flags: '--controller <name>', description: 'processor records: the controller (customer) the processing is done for', to: to('controllerName') },
    { flags: '--controller-contact <text>', description: "processor records: the controller's contact", to: to('controllerContact') },
    { flags: '--processing-category <text>', description: 'processor records: a category of processing (repeatable; GDPR Art. 30(2)(b))', to: to('processingCategories'), repeatable: true },
    { flags: '--sub-processor <name[:CC]>', description: 'processor records: a sub-processor and its country (repeatable)', to: to('subProcessors'), repeatable: true, parse: subProcessorOf },
  ];
}

/** An activity named by its id (UUID) or its reference (PA-001). */
async function idOf(core: Core, idOrRef: string): Promise<string> {
  if (PUBLIC_ID_PATTERN.test(idOrRef.toLowerCase())) return idOrRef.toLowerCase();
  const page = await call(core, 'processing.list', { limit: 1000 });
  const hit = page.rows.find((r) => r.ref.toLowerCase() === idOrRef.trim().toLowerCase());
  if (!hit) throw new CliUserError(`<id>: there is no processing activity ${idOrRef.slice(0, 40)}.`);
  return hit.id;
}

function summaryLine(a: ProcessingSummary): string {
  const review = a.reviewDue ? (a.lastReviewedOn ? `review due (last ${a.lastReviewedOn})` : 'never reviewed') : `reviewed ${a.lastReviewedOn}`;
  return `${a.ref}  ${a.kind.padEnd(10)}  ${a.name}${a.controllerName ? ` (for ${a.controllerName})` : ''}  [${review}]${a.example ? '  example' : ''}`;
}

function contentLines(c: ActivityContent, named: Array<{ name: string; kind: string }>): string[] {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '-');
  const transfers = list(c.transfers.map((t) => `${t.country} (${t.safeguard})${t.note ? `: ${t.note}` : ''}`));
  if (c.kind === 'processor')
    return [
      `Controller:            ${c.controllerName}${c.controllerContact ? ` (${c.controllerContact})` : ''}`,
      `Processing categories: ${list(c.processingCategories)}`,
      `Sub-processors:        ${list(c.subProcessors.map((s) => (s.country ? `${s.name} (${s.country})` : s.name)))}`,
      `Transfers:             ${transfers}`,
      `Security:              ${c.security ?? '-'}`,
      `Owner:                 ${c.owner ?? '-'}`,
      `Last reviewed:         ${c.lastReviewedOn ?? 'never'}`,
    ];
  return [
    `Purposes:              ${list(c.purposes)}`,
    `Legal basis:           ${c.legalBasis}${c.legitimateInterestNote ? ` — ${c.legitimateInterestNote}` : ''}`,
    `Data subjects:         ${list(c.subjectKinds)}`,
    `Personal data:         ${list(c.dataCategories)}`,
    `Recipients:            ${list([...c.recipients.kinds, ...named.map((r) => `${r.name} (${r.kind})`)])}${c.recipients.note ? ` — ${c.recipients.note}` : ''}`,
    `Transfers:             ${transfers}`,
    `Retention:             ${c.retention}`,
    `Security:              ${c.security ?? '-'}`,
    `Sources:               ${list(c.sources)}${c.sourceNote ? ` — ${c.sourceNote}` : ''}`,
    `Automated decisions:   ${c.automatedDecisions ? `yes — ${c.automatedDecisionsNote ?? ''}` : 'no'}`,
    `Owner:                 ${c.owner ?? '-'}`,
    `Last reviewed:         ${c.lastReviewedOn ?? 'never'}`,
  ];
}

function detailText(d: ProcessingDetail): string {
  const head = `${d.ref}  ${d.name}  (${d.kind} record, version ${d.version}${d.deleted ? ', removed from the record' : ''}${d.example ? ', from the example' : ''})`;
  const versions = d.versions.map((v) => `  v${v.version}  ${v.at}  ${v.by}${v.deleted ? `  removed: ${v.reason ?? ''}` : ''}`);
  const cited = Object.entries(d.content.citations).map(([field, sentence]) => `  ${field}: "${sentence}"`);
  return [head, ...contentLines(d.content, d.recipients), ...(cited.length ? ['Sources in the policy:', ...cited] : []), 'Versions:', ...versions].join('\n');
}

function recordText(entries: ActivityAsOf[], title: string): string[] {
  return [title, ...(entries.length ? entries.map((a) => `  ${a.ref}  v${a.version}  ${a.content.name}`) : ['  none'])];
}

export function registerProcessingCommands(program: Command): void {
  const processing = program.command('processing').description('Records of processing activities (GDPR Art. 30): list, show, add, edit, export.');

  opCommand(processing, {
    command: 'list',
    description: 'List the processing activities in the record (controller and processor), by reference.',
    op: 'processing.list',
    flags: [
      { flags: '--kind <kind>', description: 'only controller (Art. 30(1)) or processor (Art. 30(2)) records', to: 'kind', choices: RECORD_KINDS },
      { flags: '--subject-kind <kind>', description: 'only activities about this kind of data subject', to: 'subjectKind', choices: SUBJECT_KINDS },
      { flags: '--review-due', description: 'only activities whose review is due (setting processingReviewMonths)', to: 'reviewDue' },
      { flags: '--sort <sort>', description: 'sort order', to: 'sort', choices: PROCESSING_SORTS },
    ],
    build: (input) => ({ ...input, limit: 1000 }),
    json: { description: 'print a JSON array', select: (page) => page.rows },
    human: (page) => page.rows.map(summaryLine).join('\n') || 'No processing activities. Add one, or load the example record: dpo processing load-example',
  });

  opCommand(processing, {
    command: 'show <id>',
    description: 'Show one processing activity with its versions (by id or reference, e.g. PA-001).',
    op: 'processing.get',
    args: ['id'],
    argHelp: ['the activity id (UUID) or reference (PA-001)'],
    run: async (core, input) => call(core, 'processing.get', { id: await idOf(core, input.id) }),
    json: { description: 'print the activity as JSON' },
    human: detailText,
  });

  opCommand(processing, {
    command: 'add',
    description: 'Add a processing activity: a controller record (GDPR Art. 30(1)) or a processor record for a customer (Art. 30(2)).',
    op: 'processing.add',
    flags: [{ flags: '--kind <kind>', description: 'controller (our own processing) or processor (for a customer)', to: 'kind', choices: RECORD_KINDS, default: 'controller' }, ...contentFlags('')],
    build: (input) => (input.automatedDecisionsNote ? { ...input, automatedDecisions: true } : input),
    json: { description: 'print the activity as JSON' },
    human: (d) => `Added ${d.ref} (${d.id}): ${d.name}.`,
  });

  opCommand(processing, {
    command: 'edit <id>',
    description: 'Change a processing activity: the flags given replace those fields, the rest stays; a new version is kept beside the old ones.',
    op: 'processing.edit',
    args: ['id'],
    argHelp: ['the activity id (UUID) or reference (PA-001)'],
    flags: [...contentFlags('content.'), { flags: '--no-automated-decisions', description: 'no automated decisions are made (clears the description)' }],
    build: (input, opts) => {
      const content = (input.content ?? {}) as Record<string, unknown>;
      if (content.automatedDecisionsNote) content.automatedDecisions = true;
      if (opts.automatedDecisions === false) Object.assign(content, { automatedDecisions: false, automatedDecisionsNote: null });
      return { ...input, content };
    },
    run: async (core, input) => {
      const id = await idOf(core, input.id);
      const current = await call(core, 'processing.get', { id });
      const changes = input.content as Record<string, unknown>;
      if (!Object.keys(changes).length) throw new CliUserError('Give at least one field to change (see --help).');
      const recipients = changes.recipients ? { ...(current.content.kind === 'controller' ? current.content.recipients : {}), ...(changes.recipients as object) } : undefined;
      return call(core, 'processing.edit', { id, expectedVersion: current.version, content: { ...current.content, ...changes, ...(recipients ? { recipients } : {}) } as ActivityContent });
    },
    json: { description: 'print the activity as JSON' },
    human: (d) => `Saved ${d.ref} as version ${d.version}.`,
  });

  opCommand(processing, {
    command: 'reviewed <id>',
    description: 'Record that a processing activity was reviewed (a new version with the review date).',
    op: 'processing.reviewed',
    args: ['id'],
    argHelp: ['the activity id (UUID) or reference (PA-001)'],
    flags: [{ flags: '--on <YYYY-MM-DD>', description: 'the date of the review', to: 'on', required: true }],
    run: async (core, input) => call(core, 'processing.reviewed', { ...input, id: await idOf(core, input.id) }),
    json: { description: 'print the activity as JSON' },
    human: (d) => `${d.ref} reviewed on ${d.lastReviewedOn} (version ${d.version}).`,
  });

  opCommand(processing, {
    command: 'delete <id>',
    description: 'Remove a processing activity from the record; its versions stay, so the record as it stood earlier still shows it.',
    op: 'processing.delete',
    args: ['id'],
    argHelp: ['the activity id (UUID) or reference (PA-001)'],
    flags: [{ flags: '--reason <text>', description: 'why it is removed', to: 'reason', required: true }],
    run: async (core, input) => call(core, 'processing.delete', { ...input, id: await idOf(core, input.id) }),
    json: { description: 'print the activity as JSON' },
    human: (d) => `Removed ${d.ref} from the record (version ${d.version}).`,
  });

  opCommand(processing, {
    command: 'record',
    description: 'The whole record (controller and processor activities) as it stood at the end of a day.',
    op: 'processing.asOf',
    flags: [{ flags: '--date <YYYY-MM-DD>', description: 'the day (default today)', to: 'date' }],
    json: { description: 'print { asOf, controller[], processor[] } as JSON' },
    human: (r) => [`Record of processing activities as of ${r.asOf}:`, ...recordText(r.controller, 'Controller (Art. 30(1)):'), ...recordText(r.processor, 'Processor (Art. 30(2)):')].join('\n'),
  });

  opCommand(processing, {
    command: 'covering',
    description: 'The controller activities that cover a kind of data subject: purposes, categories, recipients, retention and source for an access response.',
    op: 'processing.covering',
    flags: [
      { flags: '--subject-kind <kind>', description: 'the kind of data subject', to: 'subjectKind', choices: SUBJECT_KINDS, required: true },
      { flags: '--date <YYYY-MM-DD>', description: 'as of this day (default today)', to: 'asOf' },
    ],
    json: { description: 'print { subjectKind, asOf, activities[] } as JSON' },
    human: (r) => (r.activities.length ? r.activities.map((a) => `${a.ref}  ${a.name}: ${a.purposes.join('; ')}`).join('\n') : `No activity covers ${r.subjectKind} as of ${r.asOf}.`),
  });

  opCommand(processing, {
    command: 'export',
    description: 'Export the record as CSV, as it stood at the end of a day (formula cells neutralised).',
    op: 'processing.csv',
    flags: [
      { flags: '--kind <kind>', description: 'only controller or processor records', to: 'kind', choices: RECORD_KINDS },
      { flags: '--date <YYYY-MM-DD>', description: 'the day (default today)', to: 'date' },
    ],
    output: { flags: '--out <file>', description: 'write to this file (default: standard output; never inside the data folder)', content: (r) => r.csv, saved: (r, file) => `Saved ${r.rows} activities to ${file}.` },
  });

  opCommand(processing, {
    command: 'load-example',
    description: "Load the example record taken from the organisation's privacy policy (each example activity once; edit or delete it afterwards).",
    op: 'processing.loadExample',
    json: { description: 'print { added, skipped } as JSON' },
    human: (r) => `Loaded ${r.added} example activities${r.skipped ? ` (${r.skipped} already there, left as they are)` : ''}.`,
  });
}
