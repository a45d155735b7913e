import type { Command } from 'commander';
import { opCommand } from '../declare';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail.');

  opCommand(audit, {
    command: 'verify',
    description: 'Recompute the audit chain and check every printed checkpoint. Exit code 1 when broken.',
    op: 'audit.verify',
    json: { description: 'print { ok, events, head, firstBadSeq } as JSON' },
    human: (v) =>
      [
        v.ok ? `Audit trail intact: ${v.events} events, head ${v.head}; ${v.checkpoints.total} checkpoint(s) on the chain.` : `AUDIT TRAIL BROKEN: ${v.problem}.`,
        ...v.rechains.map(
          (r) =>
            `Re-chained on ${r.at} when personal details moved out of the hashed events: events 1-${r.oldSeq} were recomputed. ` +
            `Old head ${r.oldHash} = new head ${r.newHash}; heads printed before then are checked against the hash each event had then` +
            (r.oldChainIntact ? ' (the old chain verified when it was moved).' : `; the old chain was already broken when it was moved: ${r.oldChainProblem}.`),
        ),
      ].join('\n'),
    exitCode: (v) => (v.ok ? 0 : 1),
  });

  opCommand(audit, {
    command: 'list',
    description: 'List the newest audit events.',
    op: 'audit.list',
    flags: [
      { flags: '--limit <n>', description: 'how many events', to: 'limit', default: '50', parse: Number },
      { flags: '--operation <name>', description: 'only this operation', to: 'operation' },
    ],
    json: { description: 'print the events as JSON', select: (page) => page.rows },
    human: (page) =>
      page.rows.map((e) => `${String(e.seq).padStart(7)}  ${e.at}  ${e.actor.padEnd(16)}  ${e.operation}  ${e.entityType}${e.entityId ? ` ${e.entityId}` : ''}`).join('\n') || 'No events.',
  });
}
