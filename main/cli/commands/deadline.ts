import type { Command } from 'commander';
import type { DeadlineResult, PauseReason } from '../../../shared/deadlines';
import { REGIMES } from '../../../shared/model/fields';
import { opCommand } from '../declare';
import { CliUserError } from '../run';

export interface CliPause {
  from: string;
  to: string | null;
  reason?: PauseReason;
}

/** The reasons `--pause …:reason` takes; `authority` is the short form of the engine's name. */
const PAUSE_REASON_WORDS: Readonly<Record<string, PauseReason>> = {
  identity: 'identity',
  fee: 'fee',
  authority: 'third-party-authority',
  'third-party-authority': 'third-party-authority',
  clarification: 'clarification',
};

/**
 * `--pause 2026-03-01..2026-03-05[:reason]`, or `2026-03-01..` for a pause still open (counted
 * to --as-of). Without a reason the engine takes the reason that gives the earliest date and
 * says so in a warning.
 */
export function parsePause(value: string): CliPause {
  const m = /^([^.:]+)\.\.([^.:]*)(?::([a-z-]*))?$/.exec(value.trim());
  const shape = `--pause "${value}" must look like 2026-03-01..2026-03-05 (asked..answered), optionally :identity, :fee, :authority or :clarification`;
  if (!m) throw new CliUserError(`${shape}.`);
  const word = m[3];
  if (word !== undefined && !PAUSE_REASON_WORDS[word]) throw new CliUserError(`${shape}; "${word}" is not a pause reason.`);
  const pause: CliPause = { from: m[1]!, to: m[2] ? m[2] : null };
  if (word !== undefined) pause.reason = PAUSE_REASON_WORDS[word]!;
  return pause;
}

/** A code option given as an empty string is a mistake, not "use the default". */
function codeOption(name: string, value: string): string {
  if (value.trim() === '') throw new CliUserError(`--${name} is empty; give a code (e.g. ${name === 'country' ? 'NL' : 'ENG'}) or leave the option out.`);
  return value;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  due: 'due date',
  extendedDue: 'extended due date',
  extensionNoticeBy: 'extension notice date',
  acknowledgeBy: 'acknowledgement date',
};

/** The plain-text answer: binding dates first, later readings beneath them, every warning. */
export function plainDeadline(r: DeadlineResult): string {
  const later = (field: string) => r.alternatives.filter((a) => a.field === field).map((a) => `    a later reading gives ${a.date} (${a.reading}; ${a.source})`);
  const working = r.explanation.filter((_, i) => r.explanationLines[i]?.code !== 'alternative');
  return [
    `Due ${r.due} (${r.regime.toUpperCase()}, ${r.country}${r.region ? `-${r.region}` : ''})`,
    ...later('due'),
    r.extendedDue ? `If extended (notice by ${r.extensionNoticeBy}): ${r.extendedDue}` : 'No extension possible under this regime.',
    ...later('extendedDue'),
    r.acknowledgeBy ? `Acknowledge by ${r.acknowledgeBy}` : null,
    ...later('acknowledgeBy'),
    `Internal target ${r.internalTarget}`,
    ...r.warnings.map((w) => `Warning: ${w.message}`),
    ...working.map((l) => `  · ${l}`),
    ...r.alternatives.map((a) => `  · A later reading gives ${a.date} as the ${FIELD_WORDS[a.field] ?? a.field} (${a.reading}; ${a.source})`),
    `Rules version ${r.rulesVersion}`,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

export function registerDeadlineCommand(program: Command): void {
  // Pure computation: no vault needed. Dispatch validates exactly as it does for the UI. The
  // regime is not a commander choice: the published error quotes the value typed ("foo").
  opCommand(program, {
    command: 'deadline',
    description: 'Compute the legal response deadline for a request, with its explanation, later readings and warnings.',
    op: 'deadline.compute',
    flags: [
      { flags: '--regime <regime>', description: REGIMES.join(', '), to: 'regime', required: true },
      { flags: '--country <code>', description: 'ISO 3166 country code (default NL for gdpr, GB for uk-gdpr)', to: 'country', parse: (v) => codeOption('country', v) },
      {
        flags: '--region <code>',
        description: "the organisation's region for regional holidays (e.g. ENG, SCT, BY, ZH); without one only holidays common to the whole country count",
        to: 'region',
        parse: (v) => codeOption('region', v),
      },
      { flags: '--received <date>', description: "date of receipt, YYYY-MM-DD, in the organisation's time zone", to: 'received', required: true },
      {
        flags: '--pause <from..to[:reason]>',
        description:
          'a pause of the clock (repeatable), e.g. 2026-03-01..2026-03-05:identity; reasons identity, fee, authority, clarification; no reason = the earliest reading; 2026-03-01.. = still open (needs --as-of)',
        to: 'pauses',
        repeatable: true,
        parse: parsePause,
      },
      { flags: '--as-of <date>', description: "today's date, YYYY-MM-DD: an open pause is counted up to it", to: 'asOf' },
    ],
    json: { description: 'print the result as JSON' },
    human: (r) => plainDeadline(r),
  });
}
