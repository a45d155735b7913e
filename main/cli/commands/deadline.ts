import type { Command } from 'commander';
import { action, call, CliUserError, printResult, withCore } from '../run';

/** `--pause 2026-03-01..2026-03-05` (or `2026-03-01..` for a pause still open). */
export function parsePause(value: string, previous: Array<{ from: string; to: string | null }> = []): Array<{ from: string; to: string | null }> {
  const m = /^([^.]+)\.\.([^.]*)$/.exec(value.trim());
  if (!m) throw new CliUserError(`--pause "${value}" must look like 2026-03-01..2026-03-05 (asked..answered).`);
  return [...previous, { from: m[1]!, to: m[2] ? m[2] : null }];
}

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description('Compute the legal response deadline for a request, with its explanation.')
    .requiredOption('--regime <regime>', 'gdpr, uk-gdpr, ccpa, lgpd or fadp')
    .option('--country <code>', 'ISO 3166 country code (default NL for gdpr, GB for uk-gdpr)')
    .requiredOption('--received <date>', 'date of receipt, YYYY-MM-DD, in the organisation\'s time zone')
    .option('--pause <from..to>', 'a pause of the clock (repeatable), e.g. 2026-03-01..2026-03-05', (v: string, prev: Array<{ from: string; to: string | null }>) => {
      try {
        return parsePause(v, prev);
      } catch (err) {
        // Commander prints its own error for option parser failures; keep ours one line.
        process.stderr.write(`dpo: ${(err as Error).message}\n`);
        process.exit(1);
      }
    })
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: { regime: string; country?: string; received: string; pause?: Array<{ from: string; to: string | null }>; json?: boolean }) => {
        // Pure computation: no vault needed. Dispatch validates exactly as it does for the UI.
        await withCore({}, async (core) => {
          const input = {
            regime: opts.regime,
            received: opts.received,
            ...(opts.country ? { country: opts.country } : {}),
            ...(opts.pause ? { pauses: opts.pause } : {}),
          };
          const r = await call(core, 'deadline.compute', input as never);
          printResult(opts.json, r, () =>
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
          );
        });
      }),
    );
}
