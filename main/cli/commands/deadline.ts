import type { Command } from 'commander';
import { REGIMES } from '../../../shared/model/fields';
import { opCommand } from '../declare';
import { CliUserError } from '../run';

/** `--pause 2026-03-01..2026-03-05` (or `2026-03-01..` for a pause still open). */
function parsePause(value: string): { from: string; to: string | null } {
  const m = /^([^.]+)\.\.([^.]*)$/.exec(value.trim());
  if (!m) throw new CliUserError(`--pause "${value}" must look like 2026-03-01..2026-03-05 (asked..answered).`);
  return { from: m[1]!, to: m[2] ? m[2] : null };
}

export function registerDeadlineCommand(program: Command): void {
  // Pure computation: no vault needed. Dispatch validates exactly as it does for the UI. The
  // regime is not a commander choice: the published error quotes the value typed ("foo").
  opCommand(program, {
    command: 'deadline',
    description: 'Compute the legal response deadline for a request, with its explanation.',
    op: 'deadline.compute',
    flags: [
      { flags: '--regime <regime>', description: REGIMES.join(', '), to: 'regime', required: true },
      { flags: '--country <code>', description: 'ISO 3166 country code (default NL for gdpr, GB for uk-gdpr)', to: 'country' },
      { flags: '--received <date>', description: "date of receipt, YYYY-MM-DD, in the organisation's time zone", to: 'received', required: true },
      { flags: '--pause <from..to>', description: 'a pause of the clock (repeatable), e.g. 2026-03-01..2026-03-05', to: 'pauses', repeatable: true, parse: parsePause },
    ],
    json: { description: 'print the result as JSON' },
    human: (r) =>
      [
        `Due ${r.due} (${r.regime.toUpperCase()}, ${r.country})`,
        r.extendedDue ? `If extended (notice by ${r.extensionNoticeBy}): ${r.extendedDue}` : 'No extension possible under this regime.',
        r.acknowledgeBy ? `Acknowledge by ${r.acknowledgeBy}` : null,
        `Internal target ${r.internalTarget}`,
        ...r.explanation.map((l) => `  · ${l}`),
        `Rules version ${r.rulesVersion}`,
      ]
        .filter((l): l is string => l !== null)
        .join('\n'),
  });
}
