import type { Command } from 'commander';
import { action, call, printResult, unlockCore, withCore, type DataDirOption } from '../run';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail.');

  audit
    .command('verify')
    .description('Recompute the audit chain and check every printed checkpoint. Exit code 1 when broken.')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print { ok, events, head, firstBadSeq } as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const v = await call(core, 'audit.verify', {});
          printResult(opts.json, v, () =>
            [
              v.ok
                ? `Audit trail intact: ${v.events} events, head ${v.head}; ${v.checkpoints.total} checkpoint(s) on the chain.`
                : `AUDIT TRAIL BROKEN: ${v.problem}.`,
              ...v.rechains.map(
                (r) =>
                  `Re-chained on ${r.at} when personal details moved out of the hashed events: events 1-${r.oldSeq} were recomputed. ` +
                  `Old head ${r.oldHash} = new head ${r.newHash}; heads printed before then are checked against the hash each event had then` +
                  (r.oldChainIntact ? ' (the old chain verified when it was moved).' : `; the old chain was already broken when it was moved: ${r.oldChainProblem}.`),
              ),
            ].join('\n'),
          );
          if (!v.ok) process.exitCode = 1;
        });
      }),
    );

  audit
    .command('list')
    .description('List the newest audit events.')
    .option('--data-dir <dir>', 'data folder')
    .option('--limit <n>', 'how many events', '50')
    .option('--operation <name>', 'only this operation')
    .option('--json', 'print the events as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean; limit: string; operation?: string }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const page = await call(core, 'audit.list', { limit: Number(opts.limit), ...(opts.operation ? { operation: opts.operation } : {}) });
          printResult(opts.json, page.rows, () =>
            page.rows.map((e) => `${String(e.seq).padStart(7)}  ${e.at}  ${e.actor.padEnd(16)}  ${e.operation}  ${e.entityType}${e.entityId ? ` ${e.entityId}` : ''}`).join('\n') || 'No events.',
          );
        });
      }),
    );
}
