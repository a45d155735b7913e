// `dpo request …`: subject requests from scripts. Every command goes through the same dispatch
// and contract as the UI (shared/api.ts); names, flags and JSON keys of add/list/show/import are
// fixed because scripts depend on them.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Core } from '../../services/core';
import type { OpInput } from '../../../shared/api';
import { CHANNELS, STATUSES, type RequestDetail, type RequestSummary } from '../../../shared/model/request';
import { parseTypeList } from '../../services/requests/import-csv';
import { localDateInZone, localTimeInZone } from '../../../shared/dates';
import { writeOutputFile } from '../../store/output-file';
import { action, call, CliUserError, printResult, unlockCore, withCore, type DataDirOption } from '../run';

type Opts = DataDirOption & { json?: boolean };

async function unlocked<T>(opts: DataDirOption, fn: (core: Core) => Promise<T>): Promise<T> {
  return withCore(opts, async (core) => {
    await unlockCore(core);
    return fn(core);
  });
}

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

function readFileOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CliUserError(`Cannot read ${file}.`);
  }
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
    `Received: ${d.received}${d.receivedTime ? ` ${d.receivedTime}` : ''} by ${d.channel}${d.mailbox ? ` (${d.mailbox})` : ''}; ${d.regime.toUpperCase()} ${d.country}`,
    `Due: ${d.due}${d.clockStopped ? ' (clock stopped; provisional)' : ''}; internal target ${d.deadline.internalTarget}`,
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
  lines.push(`Actions: ${d.availableActions.map((a) => a.action).join(', ') || 'none (final)'}`);
  if (d.attachments.length) {
    lines.push('Attachments:');
    for (const a of d.attachments)
      lines.push(`  #${a.id} ${a.filename} (${a.kind}, ${a.sizeBytes} bytes)${a.deletedAt ? ' [deleted]' : ''}${a.deleteReminder ? ' [delete now: identity verified]' : ''}`);
  }
  lines.push('Timeline (newest first):');
  for (const e of d.timeline) lines.push(`  ${localDateTime(e.at, timeZone)}  [${e.direction}]  ${e.text}`);
  return lines.join('\n');
}

/** Shared flags of every workflow command. */
function workflow(
  parent: Command,
  name: string,
  description: string,
  build: (ref: string, opts: Record<string, string | boolean | string[] | undefined>) => OpInput<'request.transition'>,
  configure: (c: Command) => Command = (c) => c,
): void {
  configure(
    parent
      .command(`${name} <ref>`)
      .description(description)
      .option('--data-dir <dir>', 'data folder')
      .option('--note <text>', 'internal note recorded with the action')
      .option('--expected-version <n>', 'refuse if the request changed since this version')
      .option('--json', 'print the request as JSON'),
  ).action(
    action(async (ref: string, opts: Opts & Record<string, string | boolean | string[] | undefined>) => {
      const input = build(ref, opts) as Record<string, unknown>;
      if (typeof opts.note === 'string') input.note = opts.note;
      if (typeof opts.expectedVersion === 'string') input.expectedVersion = Number(opts.expectedVersion);
      await unlocked(opts, async (core) => {
        const d = await call(core, 'request.transition', input as OpInput<'request.transition'>);
        printResult(opts.json, d, () => `${d.ref} is now ${d.status}; due ${d.due}.`);
      });
    }),
  );
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const withOn = (o: Record<string, unknown>, flag = 'on') => (str(o[flag]) ? { on: str(o[flag]) } : {});

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

  request
    .command('add')
    .description('Record a new request; prints it with its reference and derived deadline.')
    .requiredOption('--type <type>', 'access, rectification, erasure, restriction, portability, objection, marketing-optout, consent-withdrawal, automated-decision, other; several joined with + or ;')
    .requiredOption('--name <text>', "requester's name (any script)")
    .requiredOption('--email <addr>', "requester's e-mail address")
    .requiredOption('--received <date>', 'date received, YYYY-MM-DD, in the organisation\'s time zone')
    .option('--time <HH:MM>', 'time received (local)')
    .option('--channel <channel>', CHANNELS.join(', '), 'email')
    .option('--mailbox <addr>', 'mailbox it arrived at (e-mail)')
    .option('--regime <regime>', 'gdpr, uk-gdpr, ccpa, lgpd or fadp (default: Settings)')
    .option('--country <code>', 'two-letter country code (default: Settings)')
    .option('--customer-id <text>', 'customer account number')
    .option('--phone <text>', 'phone number')
    .option('--address <text>', 'postal address')
    .option('--relation <relation>', 'self, representative or parent', 'self')
    .option('--on-behalf-of <name>', 'the subject, when a representative or parent asks')
    .option('--description <text>', 'what the subject asked')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the request as JSON')
    .action(
      action(async (opts: Opts & Record<string, string | undefined>) => {
        const input = {
          types: typesOf(opts.type!),
          requester: {
            name: opts.name!,
            email: opts.email!,
            customerId: opts.customerId ?? null,
            phone: opts.phone ?? null,
            postalAddress: opts.address ?? null,
            relation: opts.relation,
            onBehalfOf: opts.onBehalfOf ?? null,
          },
          channel: opts.channel,
          mailbox: opts.mailbox ?? null,
          receivedDate: opts.received!,
          receivedTime: opts.time ?? null,
          ...(opts.regime ? { regime: opts.regime.toLowerCase() } : {}),
          ...(opts.country ? { country: opts.country } : {}),
          description: opts.description ?? null,
        };
        await unlocked(opts, async (core) => {
          const r = await call(core, 'request.create', input as OpInput<'request.create'>);
          printResult(opts.json, r, () => [`Created ${r.ref}: due ${r.due}.`, r.duplicateWarning].filter(Boolean).join('\n'));
        });
      }),
    );

  request
    .command('list')
    .description('List requests, soonest deadline first.')
    .option('--status <status>', `only these statuses, comma-separated (${STATUSES.join(', ')})`)
    .option('--open', 'only open requests')
    .option('--overdue', 'only running requests past their deadline')
    .option('--due-within <days>', 'only running requests due within this many days (overdue included)')
    .option('--type <type>', 'only requests with this type (several joined with +: any of them)')
    .option('--channel <channel>', `only these channels, comma-separated (${CHANNELS.join(', ')})`)
    .option('--search <text>', 'text in name, e-mail, reference or customer number')
    .option('--sort <field>', 'due, received, ref, name, status or updated', 'due')
    .option('--desc', 'descending order')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print a JSON array')
    .action(
      action(async (opts: Opts & { status?: string; open?: boolean; overdue?: boolean; dueWithin?: string; type?: string; channel?: string; search?: string; sort: string; desc?: boolean }) => {
        const filter = {
          ...(opts.status ? { status: listOf('--status', opts.status, STATUSES) } : {}),
          ...(opts.open ? { open: true } : {}),
          ...(opts.overdue ? { overdue: true } : {}),
          ...(opts.dueWithin !== undefined ? { dueWithinDays: wholeNumber('--due-within', opts.dueWithin) } : {}),
          ...(opts.type ? { types: typesOf(opts.type) } : {}),
          ...(opts.channel ? { channel: listOf('--channel', opts.channel, CHANNELS) } : {}),
          ...(opts.search ? { q: opts.search } : {}),
          sort: opts.sort,
          dir: opts.desc ? 'desc' : 'asc',
        } as OpInput<'request.list'>;
        await unlocked(opts, async (core) => {
          const rows: RequestSummary[] = [];
          for (let offset = 0; ; offset += 1000) {
            const page = await call(core, 'request.list', { ...filter, offset, limit: 1000 });
            rows.push(...page.rows);
            if (rows.length >= page.total || page.rows.length === 0) break;
          }
          printResult(opts.json, rows, () => rows.map(summaryLine).join('\n') || 'No requests.');
        });
      }),
    );

  request
    .command('show <ref>')
    .description('Show one request: deadline and its working, available actions, timeline, attachments.')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print it as JSON')
    .action(
      action(async (ref: string, opts: Opts) => {
        await unlocked(opts, async (core) => {
          const d = await call(core, 'request.get', { ref });
          const { timeZone } = await call(core, 'settings.get', {});
          printResult(opts.json, d, () => detailText(d, timeZone));
        });
      }),
    );

  request
    .command('import <file>')
    .description('Import requests from CSV (header: type,name,email,received,channel,customer_id,regime,country,notes). Valid lines go in as one transaction; exit 0 even when some lines are rejected (check "rejected").')
    .option('--dry-run', 'validate only; nothing is written')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print { imported, rejected: [{ line, errors }] } as JSON')
    .action(
      action(async (file: string, opts: Opts & { dryRun?: boolean }) => {
        const csv = readFileOrFail(file).toString('utf8');
        await unlocked(opts, async (core) => {
          const r = await call(core, 'request.import', { csv, dryRun: Boolean(opts.dryRun) });
          printResult(opts.json, r, () =>
            [
              opts.dryRun ? `Dry run: ${r.imported} line(s) would be imported.` : `Imported ${r.imported} request(s).`,
              ...r.rejected.map((x) => `line ${x.line}: ${x.errors.join('; ')}`),
            ].join('\n'),
          );
        });
      }),
    );

  request
    .command('import-eml <file>')
    .description('Create a request from an e-mail (.eml): sender, date and body; the original is kept as an attachment.')
    .option('--type <type>', 'request type(s); default other', 'other')
    .option('--dry-run', 'only show what would be filled in')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the request (or the draft) as JSON')
    .action(
      action(async (file: string, opts: Opts & { type: string; dryRun?: boolean }) => {
        const base64 = readFileOrFail(file).toString('base64');
        const types = typesOf(opts.type);
        await unlocked(opts, async (core) => {
          if (opts.dryRun) {
            const d = await call(core, 'request.parseEml', { base64, filename: basename(file) });
            printResult(opts.json, d, () => [`From: ${d.name} <${d.email}>`, `Received: ${d.receivedDate} ${d.receivedTime ?? ''}`, `Mailbox: ${d.mailbox ?? '-'}`, ...d.warnings.map((w) => `! ${w}`)].join('\n'));
            return;
          }
          const r = await call(core, 'request.importEml', { base64, filename: basename(file), types: types as never });
          printResult(opts.json, r, () => [`Created ${r.ref}: due ${r.due}.`, r.duplicateWarning].filter(Boolean).join('\n'));
        });
      }),
    );

  // Workflow: one command per state-machine action (shared/model/request-machine.ts).
  workflow(request, 'start', 'Start work on a received request.', (ref) => ({ ref, action: 'start' }));
  workflow(
    request,
    'verify',
    "Record the identity check (GDPR Art. 12(6)); ends a pause for identity.",
    (ref, o) => ({ ref, action: 'verify', method: str(o.method) as never, ...withOn(o), ...(str(o.by) ? { by: str(o.by) } : {}) }),
    (c) => c.requiredOption('--method <method>', 'account-email, id-document or other').option('--on <date>', 'date verified (default today)').option('--by <name>', 'who verified (default: you)'),
  );
  workflow(
    request,
    'pause',
    'Ask the subject for identity proof or clarification; the clock stops.',
    (ref, o) => ({ ref, action: 'pause', reason: str(o.reason) as never, ...withOn(o) }),
    (c) => c.requiredOption('--reason <reason>', 'identity or clarification').option('--on <date>', 'date asked (default today)'),
  );
  workflow(
    request,
    'resume',
    'The subject answered; the clock runs again.',
    (ref, o) => ({ ref, action: 'resume', ...withOn(o) }),
    (c) => c.option('--on <date>', 'date the answer arrived (default today)'),
  );
  workflow(
    request,
    'extend',
    'Record the extension notice (GDPR Art. 12(3): two more months; notice with reasons within the first month).',
    (ref, o) => ({ ref, action: 'extend', reasons: str(o.reasons) ?? '', ...(str(o.noticeSentOn) ? { extensionNoticeSentOn: str(o.noticeSentOn) } : {}) }),
    (c) => c.requiredOption('--reasons <text>', 'reasons given to the subject').option('--notice-sent-on <date>', 'date the notice was sent (default today)'),
  );
  workflow(
    request,
    'respond',
    'Record the response sent to the subject.',
    (ref, o) => ({ ref, action: 'respond', summary: str(o.summary) ?? '', ...withOn(o) }),
    (c) => c.requiredOption('--summary <text>', 'what was sent').option('--on <date>', 'date sent (default today)'),
  );
  workflow(
    request,
    'close',
    'Close a responded request; for rectification/erasure/restriction record GDPR Art. 19 per recipient.',
    (ref, o) => ({ ref, action: 'close', art19: parseArt19(o.art19 as string[] | undefined) as never }),
    (c) => c.option('--art19 <record>', 'RECIPIENT=notified:YYYY-MM-DD or RECIPIENT=impossible|disproportionate:REASON (repeatable)', (v: string, prev: string[] = []) => [...prev, v]),
  );
  workflow(
    request,
    'refuse',
    'Refuse the request on a legal ground (GDPR Art. 12(4)-(5)).',
    (ref, o) => ({ ref, action: 'refuse', ground: str(o.ground) as never, reason: str(o.reason) ?? '', ...withOn(o) }),
    (c) =>
      c
        .requiredOption('--ground <ground>', 'manifestly-unfounded, excessive, identity-not-established or exemption')
        .requiredOption('--reason <text>', 'the explanation sent to the subject')
        .option('--on <date>', 'date sent (default today)'),
  );
  workflow(
    request,
    'withdraw',
    'The subject withdrew the request.',
    (ref, o) => ({ ref, action: 'withdraw', ...withOn(o) }),
    (c) => c.option('--on <date>', 'date withdrawn (default today)'),
  );
  workflow(
    request,
    'duplicate',
    'Mark the request as a duplicate of an earlier one.',
    (ref, o) => ({ ref, action: 'mark-duplicate', originalRef: str(o.of) ?? '' }),
    (c) => c.requiredOption('--of <ref>', 'the original request'),
  );

  request
    .command('note <ref>')
    .description('Add a note to the timeline (internal unless --direction says otherwise).')
    .requiredOption('--text <text>', 'the note')
    .option('--direction <d>', 'internal, to-subject or from-subject', 'internal')
    .option('--on <date>', 'date (default today)')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the request as JSON')
    .action(
      action(async (ref: string, opts: Opts & { text: string; direction: string; on?: string }) => {
        await unlocked(opts, async (core) => {
          const d = await call(core, 'request.addNote', { ref, text: opts.text, direction: opts.direction as never, ...(opts.on ? { on: opts.on } : {}) });
          printResult(opts.json, d, () => `Note added to ${d.ref}.`);
        });
      }),
    );

  request
    .command('attach <ref> <file>')
    .description('Attach a file; it is stored inside the encrypted database.')
    .option('--kind <kind>', 'document, id-document, original-email, letter or proof-of-authority', 'document')
    .option('--keep', 'keep an ID document after verification (default: remind to delete it)')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the request as JSON')
    .action(
      action(async (ref: string, file: string, opts: Opts & { kind: string; keep?: boolean }) => {
        const base64 = readFileOrFail(file).toString('base64');
        await unlocked(opts, async (core) => {
          const d = await call(core, 'request.attach', {
            ref,
            filename: basename(file),
            base64,
            kind: opts.kind as never,
            ...(opts.keep ? { deleteAfterVerification: false } : {}),
          });
          printResult(opts.json, d, () => `Attached ${basename(file)} to ${d.ref} (#${d.attachments[0]?.id}).`);
        });
      }),
    );

  request
    .command('attachment <ref> <id>')
    .description('Save an attachment to a file you name (never to a temp file).')
    .requiredOption('--out <file>', 'where to write it (never inside the data folder)')
    .option('--force', 'overwrite an existing file')
    .option('--data-dir <dir>', 'data folder')
    .action(
      action(async (ref: string, id: string, opts: DataDirOption & { out: string; force?: boolean }) => {
        await unlocked(opts, async (core) => {
          const a = await call(core, 'request.attachmentGet', { ref, attachmentId: Number(id) });
          await writeOutputFile(opts.out, { dataDir: core.session.dataDir, force: opts.force }, (out) => out.write(Buffer.from(a.base64, 'base64')));
          process.stdout.write(`Saved ${a.filename} (${a.sizeBytes} bytes) to ${opts.out}.\n`);
        });
      }),
    );

  request
    .command('attachment-delete <ref> <id>')
    .description('Delete an attachment\'s content (e.g. an ID scan after verification); its record stays.')
    .requiredOption('--reason <text>', 'why')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the attachment record as JSON')
    .action(
      action(async (ref: string, id: string, opts: Opts & { reason: string }) => {
        await unlocked(opts, async (core) => {
          const a = await call(core, 'request.attachmentDelete', { ref, attachmentId: Number(id), reason: opts.reason });
          printResult(opts.json, a, () => `Deleted the content of ${a.filename}.`);
        });
      }),
    );

  request
    .command('export')
    .description('Export the list as CSV (formula cells neutralised).')
    .option('--status <status>', 'only these statuses, comma-separated')
    .option('--overdue', 'only overdue requests')
    .option('--due-within <days>', 'only requests due within this many days')
    .option('--out <file>', 'write to this file (default: standard output; never inside the data folder)')
    .option('--force', 'overwrite an existing --out file')
    .option('--data-dir <dir>', 'data folder')
    .action(
      action(async (opts: DataDirOption & { status?: string; overdue?: boolean; dueWithin?: string; out?: string; force?: boolean }) => {
        await unlocked(opts, async (core) => {
          const r = await call(core, 'request.exportCsv', {
            ...(opts.status ? { status: listOf('--status', opts.status, STATUSES) } : {}),
            ...(opts.overdue ? { overdue: true } : {}),
            ...(opts.dueWithin !== undefined ? { dueWithinDays: wholeNumber('--due-within', opts.dueWithin) } : {}),
          });
          if (opts.out) await writeOutputFile(opts.out, { dataDir: core.session.dataDir, force: opts.force }, (out) => out.write(r.csv));
          else process.stdout.write(r.csv);
        });
      }),
    );

  request
    .command('dashboard')
    .description('Open, due soon, overdue, awaiting the subject, on-time rate and next deadlines.')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print as JSON')
    .action(
      action(async (opts: Opts) => {
        await unlocked(opts, async (core) => {
          const d = await call(core, 'request.dashboard', {});
          printResult(opts.json, d, () =>
            [
              `Open ${d.open}; due within 7 days ${d.dueWithin7Days}; overdue ${d.overdue}; awaiting the subject ${d.awaitingSubject}`,
              `On time (12 months): ${d.onTime.rate === null ? 'no answers yet' : `${Math.round(d.onTime.rate * 100)}% of ${d.onTime.answered}`}`,
              ...d.nextDeadlines.map((n) => `  ${n.due}  ${n.ref}  ${n.urgency}`),
            ].join('\n'),
          );
        });
      }),
    );

  request
    .command('reminders')
    .description('Deadline reminders not yet shown (last 7 days, overdue); marks them shown.')
    .option('--peek', 'do not mark them shown')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print as JSON')
    .action(
      action(async (opts: Opts & { peek?: boolean }) => {
        await unlocked(opts, async (core) => {
          const list = await call(core, 'request.dueReminders', { peek: Boolean(opts.peek) });
          printResult(opts.json, list, () => list.map((r) => `${r.ref}  ${r.threshold}  due ${r.due} (${r.daysLeft}d)`).join('\n') || 'No new reminders.');
        });
      }),
    );
}
