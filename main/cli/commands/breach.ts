// `dpo breach …`: the breach register (GDPR Art. 33(5)) from scripts. Declarations over the
// contract's operations (opCommand); the names, flags and JSON keys of add / list / show are fixed
// because scripts depend on them. Times are wall-clock "YYYY-MM-DD HH:MM" in --zone (default: the
// organisation's time zone in Settings); the JSON gives them in UTC beside that zone.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  BREACH_FILE_KINDS,
  BREACH_NATURES,
  BREACH_ROLES,
  CLOCK_STATES,
  NOT_TOLD_GROUNDS,
  RISK_LEVELS,
  SUBJECT_CATEGORIES,
  SUBJECT_NOTICES,
  type BreachDetail,
  type BreachSummary,
} from '../../../shared/model/breach';
import { DATA_CATEGORIES } from '../../../shared/model/disclosure';
import { splitHours } from '../../../shared/breaches/clock';
import { isKnownTimeZone } from '../../../shared/dates/instant';
import { call, readAllPages, CliUserError } from '../run';
import { opCommand } from '../declare';

/** "a,b" or a repeated flag; each value must be one of `allowed`. */
function listOf(flag: string, allowed: readonly string[]) {
  return (value: string): string[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    if (!items.length) throw new CliUserError(`${flag}: give at least one of ${allowed.join(', ')}.`);
    for (const v of items) if (!allowed.includes(v)) throw new CliUserError(`${flag}: "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}.`);
    return items;
  };
}

function wholeNumber(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new CliUserError(`${flag} must be a whole number ("${value.slice(0, 20)}" is not).`);
    return Number(value);
  };
}

function fileUpload(path: string): { filename: string; base64: string } {
  try {
    return { filename: basename(path), base64: readFileSync(path).toString('base64') };
  } catch {
    throw new CliUserError(`--file: cannot read ${path}.`);
  }
}

/** "71 h 30 min left" / "3 h 15 min overdue" / "notified in time (10.5 h)". */
export function clockText(b: Pick<BreachSummary, 'clock'>): string {
  const c = b.clock;
  const hm = (h: number) => {
    const { hours, minutes } = splitHours(h);
    return `${hours} h ${minutes} min`;
  };
  switch (c.state) {
    case 'running':
      return `${hm(c.hoursLeft ?? 0)} left (due ${c.deadline})`;
    case 'overdue':
      return `${hm(c.hoursLeft ?? 0)} overdue (was due ${c.deadline})`;
    case 'notified-in-time':
      return `notified in time, after ${c.hoursTaken} h`;
    case 'notified-late':
      return `notified late, after ${c.hoursTaken} h`;
    case 'not-required':
      return 'no notification needed (no risk)';
    case 'processor':
      return 'processor: customers (controllers) told';
  }
}

function summaryLine(b: BreachSummary): string {
  return `${b.ref}  ${b.awareAt.local.replace('T', ' ')} ${b.awareAt.zone}  ${b.risk.padEnd(9)}  ${b.natures.join('+').padEnd(16)}  ${clockText(b)}  ${b.title}`;
}

function detailText(b: BreachDetail): string {
  const c = b.content;
  const lines = [
    `${b.ref}  ${b.title}  (version ${b.version})`,
    `Role: ${c.role}   Risk: ${c.risk}   Nature: ${c.natures.join(', ')}`,
    `Discovered: ${c.discoveredAt.local.replace('T', ' ')} ${c.discoveredAt.zone}   Aware: ${c.awareAt.local.replace('T', ' ')} ${c.awareAt.zone} (${c.awareAt.at})`,
    `72-hour clock (GDPR Art. 33(1)): ${clockText(b)}`,
  ];
  if (c.subjectsApprox !== null || c.recordsApprox !== null) lines.push(`About ${c.subjectsApprox ?? '?'} subject(s), ${c.recordsApprox ?? '?'} record(s)`);
  if (c.notification)
    lines.push(
      `Notified: ${c.notification.at.local.replace('T', ' ')} ${c.notification.at.zone}${c.notification.reference ? `, reference ${c.notification.reference}` : ''}${c.notification.late ? `, late: ${c.notification.delayReasons ?? ''}` : ''}`,
    );
  for (const f of c.followUps) lines.push(`Follow-up: ${f.at.local.replace('T', ' ')} ${f.at.zone}: ${f.summary}`);
  lines.push(`Subjects (Art. 34): ${c.subjectsTold.decision}${c.subjectsTold.on ? ` on ${c.subjectsTold.on}` : ''}${c.subjectsTold.ground ? ` (${c.subjectsTold.ground})` : ''}`);
  for (const x of c.controllersNotified) lines.push(`Customer told: ${x.controller} at ${x.notifiedAt.local.replace('T', ' ')} ${x.notifiedAt.zone}`);
  for (const f of b.files) lines.push(`File: ${f.filename} (${f.purpose}, ${f.sizeBytes} bytes)`);
  return lines.join('\n');
}

export function registerBreachCommands(program: Command): void {
  const breach = program.command('breach').description('The breach register (GDPR Art. 33(5)): add, list, show, notify.');

  opCommand(breach, {
    command: 'add',
    description: 'Record a personal-data breach. The 72-hour clock (GDPR Art. 33(1)) runs from --aware.',
    op: 'breach.add',
    flags: [
      { flags: '--title <text>', description: 'a short title', to: 'title', required: true },
      { flags: '--role <role>', description: 'our side: our own data, or a customer\'s as its processor (Art. 33(2))', to: 'role', choices: BREACH_ROLES, default: 'controller' },
      { flags: '--discovered <YYYY-MM-DD HH:MM>', description: 'when the breach was discovered', to: 'discoveredAt.local', required: true },
      { flags: '--aware <YYYY-MM-DD HH:MM>', description: 'when you became aware of it: the 72 hours start here', to: 'awareAt.local', required: true },
      { flags: '--zone <IANA zone>', description: 'time zone of the times given (default: Settings, e.g. Europe/Amsterdam)' },
      { flags: '--nature <n1,n2>', description: `nature, comma-separated or repeated: ${BREACH_NATURES.join(', ')}`, to: 'natures', repeatable: true, parse: listOf('--nature', BREACH_NATURES), required: true },
      { flags: '--risk <risk>', description: 'risk to the subjects', to: 'risk', choices: RISK_LEVELS, required: true },
      { flags: '--risk-reasoning <text>', description: 'the reasoning behind the risk assessment', to: 'riskReasoning', required: true },
      { flags: '--description <text>', description: 'what happened', to: 'description' },
      { flags: '--subject-categories <c1,c2>', description: `categories of subjects: ${SUBJECT_CATEGORIES.join(', ')}`, to: 'subjectCategories', repeatable: true, parse: listOf('--subject-categories', SUBJECT_CATEGORIES) },
      { flags: '--data-categories <c1,c2>', description: `categories of data: ${DATA_CATEGORIES.join(', ')}`, to: 'dataCategories', repeatable: true, parse: listOf('--data-categories', DATA_CATEGORIES) },
      { flags: '--subjects <n>', description: 'approximate number of subjects', to: 'subjectsApprox', parse: wholeNumber('--subjects') },
      { flags: '--records <n>', description: 'approximate number of records', to: 'recordsApprox', parse: wholeNumber('--records') },
      { flags: '--consequences <text>', description: 'likely consequences', to: 'consequences' },
      { flags: '--measures-taken <text>', description: 'measures taken', to: 'measuresTaken' },
      { flags: '--measures-proposed <text>', description: 'measures proposed', to: 'measuresProposed' },
      { flags: '--subjects-told <decision>', description: 'were the subjects told (Art. 34)', to: 'subjectsTold.decision', choices: SUBJECT_NOTICES },
      { flags: '--told-on <YYYY-MM-DD>', description: 'the date the subjects were told', to: 'subjectsTold.on' },
      { flags: '--told-how <text>', description: 'how the subjects were told', to: 'subjectsTold.how' },
      { flags: '--not-told-ground <ground>', description: 'why the subjects were not told (Art. 34(1), 34(3))', to: 'subjectsTold.ground', choices: NOT_TOLD_GROUNDS },
      { flags: '--not-told-reason <text>', description: 'the explanation', to: 'subjectsTold.reason' },
      { flags: '--file <path>', description: 'attach evidence (repeatable)', to: 'files', repeatable: true, parse: fileUpload },
    ],
    build: (input, opts) => {
      const zone = opts.zone as string | undefined;
      if (zone !== undefined && !isKnownTimeZone(zone)) throw new CliUserError(`--zone: "${zone.slice(0, 60)}" is not a known time zone (use a name like Europe/Amsterdam).`);
      if (zone) {
        (input.discoveredAt as Record<string, unknown>).zone = zone;
        (input.awareAt as Record<string, unknown>).zone = zone;
      }
      return input;
    },
    json: { description: 'print the breach as JSON (with hoursLeft while the clock runs)' },
    human: (b) => `Recorded ${b.ref} (${b.id}): ${clockText(b)}.`,
  });

  opCommand(breach, {
    command: 'list',
    description: 'List breaches, most recent awareness first, with their 72-hour clocks.',
    op: 'breach.list',
    flags: [
      { flags: '--from <date>', description: 'aware on or after, YYYY-MM-DD', to: 'from' },
      { flags: '--to <date>', description: 'aware on or before, YYYY-MM-DD', to: 'to' },
      { flags: '--risk <risk>', description: 'only this risk', to: 'risk', choices: RISK_LEVELS },
      { flags: '--role <role>', description: 'only this role', to: 'role', choices: BREACH_ROLES },
      { flags: '--clock <state>', description: 'only this clock state', to: 'clock', choices: CLOCK_STATES },
    ],
    // Every matching breach.
    run: (core, filter) => readAllPages((offset, limit) => call(core, 'breach.list', { ...filter, offset, limit })),
    json: { description: 'print a JSON array (each with hoursLeft while its clock runs)', select: (page) => page.rows },
    human: (page) => page.rows.map(summaryLine).join('\n') || 'No breaches.',
  });

  opCommand(breach, {
    command: 'show <ref>',
    description: 'One breach with its clock, notification, follow-ups and files.',
    op: 'breach.get',
    args: ['id'],
    argHelp: ['the reference (B-2026-0001) or id'],
    json: { description: 'print the breach as JSON (hoursLeft: hours to the deadline while the clock runs, else null)' },
    human: detailText,
  });

  opCommand(breach, {
    command: 'notify <ref>',
    description: 'Record the notification to the supervisory authority; it stops the 72-hour clock.',
    op: 'breach.notify',
    args: ['id'],
    argHelp: ['the reference (B-2026-0001) or id'],
    flags: [
      { flags: '--at <YYYY-MM-DD HH:MM>', description: 'when the authority was notified', to: 'at.local', required: true },
      { flags: '--zone <IANA zone>', description: 'time zone of --at (default: Settings)', to: 'at.zone' },
      { flags: '--reference <text>', description: "the authority's reference number", to: 'reference' },
      { flags: '--authority <name>', description: 'the supervisory authority', to: 'authority' },
      { flags: '--delay-reasons <text>', description: 'reasons for the delay, required past 72 hours (Art. 33(1))', to: 'delayReasons' },
    ],
    json: { description: 'print the breach as JSON' },
    human: (b) => `${b.ref}: ${clockText(b)}.`,
  });

  opCommand(breach, {
    command: 'follow-up <ref>',
    description: 'Record further information sent to the authority after the notification (GDPR Art. 33(4)).',
    op: 'breach.followUp',
    args: ['id'],
    argHelp: ['the reference (B-2026-0001) or id'],
    flags: [
      { flags: '--at <YYYY-MM-DD HH:MM>', description: 'when it was sent', to: 'at.local', required: true },
      { flags: '--zone <IANA zone>', description: 'time zone of --at (default: Settings)', to: 'at.zone' },
      { flags: '--summary <text>', description: 'what was added', to: 'summary', required: true },
      { flags: '--reference <text>', description: "the authority's reference number", to: 'reference' },
    ],
    json: { description: 'print the breach as JSON' },
    human: (b) => `${b.ref}: follow-up ${b.content.followUps.length} recorded.`,
  });

  opCommand(breach, {
    command: 'attach <ref> <file>',
    description: 'Keep a file with the breach (inside the encrypted database).',
    op: 'breach.attach',
    args: ['id', { read: 'base64', to: 'base64', filenameTo: 'filename' }],
    argHelp: ['the reference (B-2026-0001) or id', 'the file'],
    flags: [{ flags: '--purpose <purpose>', description: 'what the file is', to: 'purpose', choices: BREACH_FILE_KINDS, default: 'evidence' }],
    json: { description: 'print the breach as JSON' },
    human: (b) => `${b.ref}: ${b.files.length} file(s).`,
  });
}
