// `dpo disclosure …`: the disclosures register from scripts. Declarations over the contract's
// operations (opCommand); the names, flags and JSON keys of add/list/stats are fixed because
// scripts depend on them. Kinds, grounds and categories are the model's kebab-case codes, listed
// by --help.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DATA_CATEGORIES,
  DISCLOSURE_GROUNDS,
  FLOW_FREQUENCIES,
  RECIPIENT_KINDS,
  TRANSFER_SAFEGUARDS,
  type DisclosureStats,
  type DisclosureSummary,
  type SubjectDisclosure,
} from '../../../shared/model/disclosure';
import { writeOutputFile } from '../../app/host-files';
import { action, call, readAllPages, CliUserError, unlockCore, withCore, type DataDirOption } from '../run';
import { opCommand } from '../declare';

function categoriesOf(value: string): string[] {
  const items = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (!items.length) throw new CliUserError('--categories: give at least one category.');
  for (const v of items)
    if (!(DATA_CATEGORIES as readonly string[]).includes(v)) throw new CliUserError(`--categories: "${v.slice(0, 40)}" is not one of ${DATA_CATEGORIES.join(', ')}.`);
  return items;
}

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new CliUserError(`${flag} must be a whole number ("${value.slice(0, 20)}" is not).`);
  return Number(value);
}

function fileUpload(path: string): { filename: string; base64: string } {
  try {
    return { filename: basename(path), base64: readFileSync(path).toString('base64') };
  } catch {
    throw new CliUserError(`--file: cannot read ${path}.`);
  }
}

function summaryLine(d: DisclosureSummary): string {
  const secrecy = d.secrecy === 'secret' ? 'secret' : d.secrecy === 'secret-until' ? `secret until ${d.secretUntil}` : 'may tell';
  return `${d.ref}  ${d.date}  ${d.recipient.kind.padEnd(22)}  ${d.ground.padEnd(20)}  ${secrecy}${d.inquiry ? '  inquiry (Art. 4(9))' : ''}  ${d.subjectsCount} subject(s)  ${d.recipient.name}`;
}

function statsText(s: DisclosureStats): string {
  if (!s.quarters.length) return 'No disclosures in this period.';
  const lines = ['quarter   disclosures  inquiries  subjects  later told'];
  for (const q of [...s.quarters, { quarter: 'total', ...s.total }])
    lines.push(`${q.quarter.padEnd(8)}  ${String(q.disclosures).padStart(11)}  ${String(q.inquiries).padStart(9)}  ${String(q.subjectsAffected).padStart(8)}  ${String(q.laterTold).padStart(10)}`);
  const nonZero = (r: Record<string, number>) => Object.entries(r).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
  lines.push(`By recipient kind: ${nonZero(s.total.byRecipientKind)}`, `By ground: ${nonZero(s.total.byGround)}`);
  return lines.join('\n');
}

export function registerDisclosureCommands(program: Command): void {
  const disclosure = program.command('disclosure').description('Disclosures of customer data: add, list, statistics.');

  opCommand(disclosure, {
    command: 'add',
    description: 'Record a disclosure: to whom, on what ground, which data, about whom, and whether the subject may be told.',
    op: 'disclosure.add',
    flags: [
      { flags: '--recipient <name>', description: 'who received the data (found in or added to the recipients directory)', to: 'recipient.name', required: true },
      { flags: '--recipient-kind <kind>', description: 'kind of recipient', to: 'recipient.kind', choices: RECIPIENT_KINDS, required: true },
      { flags: '--recipient-country <code>', description: "recipient's two-letter country code", to: 'recipient.country' },
      { flags: '--third-country', description: 'the recipient is outside the EEA (needs --safeguard)', to: 'recipient.thirdCountry' },
      { flags: '--safeguard <safeguard>', description: 'transfer safeguard (GDPR Art. 45-49)', to: 'recipient.safeguard', choices: TRANSFER_SAFEGUARDS },
      { flags: '--ground <ground>', description: 'legal ground', to: 'ground', choices: DISCLOSURE_GROUNDS, required: true },
      { flags: '--ground-note <text>', description: 'balancing note (legitimate interest) or explanation', to: 'groundNote' },
      { flags: '--date <YYYY-MM-DD>', description: 'date of the disclosure', to: 'date', required: true },
      { flags: '--time <HH:MM>', description: 'time of the disclosure (local)', to: 'time' },
      { flags: '--categories <c1,c2,...>', description: `data categories, comma-separated: ${DATA_CATEGORIES.join(', ')}`, to: 'categories', parse: categoriesOf, required: true },
      { flags: '--subject-email <addr>', description: "a subject's e-mail address (repeatable)", to: 'subjects.emails', repeatable: true },
      { flags: '--customer-id <id>', description: "a subject's customer number (repeatable)", to: 'subjects.customerIds', repeatable: true },
      { flags: '--request <ref>', description: 'a request (DSR-…) whose requester this concerns (repeatable)', to: 'subjects.requestRefs', repeatable: true },
      { flags: '--bulk-count <n>', description: 'a bulk disclosure: how many subjects', to: 'subjects.bulkCount', parse: (v) => wholeNumber('--bulk-count', v) },
      { flags: '--reference <text>', description: "the instrument's reference (order number, article of law)", to: 'reference' },
      { flags: '--case <text>', description: 'the case it belongs to', to: 'caseRef' },
      { flags: '--approved-by <name>', description: 'who approved it', to: 'approvedBy' },
      { flags: '--approved-on <YYYY-MM-DD>', description: 'when it was approved', to: 'approvedOn' },
      { flags: '--secret-until <YYYY-MM-DD>', description: 'the subject may not be told before this date (needs --secrecy-ground)', to: 'secrecy.until' },
      { flags: '--secret', description: 'the subject may not be told (needs --secrecy-ground)', to: 'secrecy.decision', parse: () => 'secret' },
      { flags: '--secrecy-ground <text>', description: 'legal ground for secrecy (GDPR Art. 23 and the national provision)', to: 'secrecy.ground' },
      { flags: '--inquiry', description: 'a particular inquiry by a public authority (GDPR Art. 4(9)): logged and counted, never shown to the subject', to: 'inquiry' },
      { flags: '--frequency <frequency>', description: 'a recurring flow (partners, advertisers): how often', to: 'flow.frequency', choices: FLOW_FREQUENCIES },
      { flags: '--flow-from <YYYY-MM-DD>', description: 'first day of the recurring flow (default --date)', to: 'flow.from' },
      { flags: '--flow-to <YYYY-MM-DD>', description: 'last day of the recurring flow', to: 'flow.to' },
      { flags: '--file <path>', description: 'attach a file, e.g. the order itself (repeatable)', to: 'files', repeatable: true, parse: fileUpload },
    ],
    build: (input) => {
      const secrecy = input.secrecy as { decision?: string; until?: string; ground?: string } | undefined;
      if (secrecy?.decision && secrecy.until) throw new CliUserError('--secret and --secret-until: give one of them.');
      if (secrecy?.until) secrecy.decision = 'secret-until';
      if (secrecy && !secrecy.decision) secrecy.decision = 'may-tell';
      const flow = input.flow as { frequency?: string; from?: string } | undefined;
      if (flow && !flow.frequency) throw new CliUserError('--frequency: give how often the recurring flow runs.');
      if (flow && !flow.from) flow.from = input.date as string;
      return input;
    },
    json: { description: 'print the disclosure as JSON' },
    human: (d) => `Recorded ${d.ref} (${d.id}): ${d.recipient.name}, ${d.ground}, ${d.subjectsCount} subject(s)${d.secrecy === 'may-tell' ? '' : d.secretUntil ? `, secret until ${d.secretUntil}` : ', secret'}.`,
  });

  opCommand(disclosure, {
    command: 'list',
    description: 'List disclosures, newest first.',
    op: 'disclosure.list',
    flags: [
      { flags: '--subject-email <addr>', description: "only disclosures of this subject's data (also through linked requests)", to: 'subjectEmail' },
      { flags: '--customer-id <id>', description: 'only disclosures about this customer number', to: 'customerId' },
      { flags: '--from <date>', description: 'first day, YYYY-MM-DD', to: 'from' },
      { flags: '--to <date>', description: 'last day, YYYY-MM-DD', to: 'to' },
      { flags: '--recipient-kind <kind>', description: 'only this kind of recipient', to: 'recipientKind', choices: RECIPIENT_KINDS },
      { flags: '--ground <ground>', description: 'only this legal ground', to: 'ground', choices: DISCLOSURE_GROUNDS },
      { flags: '--secret', description: 'only those the subject may not be told today', to: 'secret' },
    ],
    // Every matching disclosure.
    run: (core, filter) => readAllPages((offset, limit) => call(core, 'disclosure.list', { ...filter, offset, limit })),
    json: { description: 'print a JSON array', select: (page) => page.rows },
    human: (page) => page.rows.map(summaryLine).join('\n') || 'No disclosures.',
  });

  opCommand(disclosure, {
    command: 'subject',
    description: "Who received this person's data and why: what the access response may show, and what stays withheld (secret until a date, or an Art. 4(9) inquiry).",
    op: 'disclosure.forSubject',
    flags: [
      { flags: '--email <addr>', description: "the subject's e-mail address", to: 'email' },
      { flags: '--customer-id <id>', description: "the subject's customer number", to: 'customerId' },
      { flags: '--request <ref>', description: 'the requester of this request (DSR-…)', to: 'ref' },
    ],
    json: { description: 'print { asOf, shown[], withheld[] } as JSON' },
    human: (v) => {
      const line = (x: SubjectDisclosure) => `  ${x.ref}  ${x.date}  ${x.recipient.name} (${x.recipient.kind})  ${x.ground}  ${x.categories.join(', ')}`;
      const why = (x: SubjectDisclosure) =>
        x.withheld?.reason === 'particular-inquiry' ? 'particular inquiry (Art. 4(9)): not a recipient' : x.withheld?.until ? `withheld until ${x.withheld.until}: ${x.withheld.ground ?? ''}` : `withheld: ${x.withheld?.ground ?? ''}`;
      return [
        `Will appear in the access response (as of ${v.asOf}):`,
        ...(v.shown.length ? v.shown.map(line) : ['  none']),
        'Withheld from the subject:',
        ...(v.withheld.length ? v.withheld.map((x) => `${line(x)}  [${why(x)}]`) : ['  none']),
      ].join('\n');
    },
  });

  opCommand(disclosure, {
    command: 'stats',
    description: 'Transparency statistics per quarter: counts by recipient kind and ground, subjects affected, later told.',
    op: 'disclosure.stats',
    flags: [
      { flags: '--from <date>', description: 'first day, YYYY-MM-DD', to: 'from' },
      { flags: '--to <date>', description: 'last day, YYYY-MM-DD', to: 'to' },
    ],
    json: { description: 'print { from, to, quarters[], total } as JSON' },
    human: statsText,
  });

  opCommand(disclosure, {
    command: 'recipients',
    description: 'The recipients directory: each entry with its id (for recipient-correct), kind and country.',
    op: 'disclosure.recipients',
    json: { description: 'print a JSON array' },
    human: (list) => list.map((r) => `${r.id}  ${r.kind.padEnd(22)}  ${(r.country ?? '—').padEnd(2)}  v${r.version}  ${r.name}`).join('\n') || 'No recipients yet.',
  });

  opCommand(disclosure, {
    command: 'recipient-correct <id>',
    description: 'Correct a recipients directory entry: a new version with its reason; what you do not give stays as it is.',
    op: 'disclosure.correctRecipient',
    args: ['id'],
    argHelp: ['the entry id, from `dpo disclosure recipients`'],
    flags: [
      { flags: '--reason <text>', description: 'what was corrected, and why', to: 'reason', required: true },
      { flags: '--name <name>', description: 'the corrected name', to: 'name' },
      { flags: '--kind <kind>', description: 'the corrected kind (applies to every disclosure to it)', to: 'kind', choices: RECIPIENT_KINDS },
      { flags: '--country <code>', description: 'two-letter country code', to: 'country' },
      { flags: '--contact <text>', description: 'contact details', to: 'contact' },
      { flags: '--third-country', description: 'the recipient is outside the EEA (needs --safeguard)', to: 'thirdCountry' },
      { flags: '--safeguard <safeguard>', description: 'transfer safeguard (GDPR Art. 45-49)', to: 'safeguard', choices: TRANSFER_SAFEGUARDS },
    ],
    // The operation takes the whole entry: the current one, with what the flags change.
    run: async (core, input) => {
      const { versions: _v, disclosures: _d, ...current } = await call(core, 'disclosure.recipient', { id: input.id });
      void _v;
      void _d;
      return call(core, 'disclosure.correctRecipient', { ...current, expectedVersion: current.version, ...input });
    },
    json: { description: 'print the entry with its versions as JSON' },
    human: (r) => `Corrected ${r.name} (${r.kind}): version ${r.version}.`,
  });

  disclosure
    .command('stats-export')
    .description('Export the quarterly statistics as CSV (formula cells neutralised).')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--out <file>', 'write to this file (default: standard output; never inside the data folder)')
    .option('--force', 'overwrite an existing --out file')
    .option('--data-dir <dir>', 'data folder')
    .action(
      action(async (opts: DataDirOption & { from?: string; to?: string; out?: string; force?: boolean }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const r = await call(core, 'disclosure.statsCsv', { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) });
          if (opts.out) await writeOutputFile(opts.out, { dataDir: core.session.dataDir, force: opts.force }, (out) => out.write(r.csv));
          else process.stdout.write(r.csv);
        });
      }),
    );
}
