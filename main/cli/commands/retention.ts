// `dpo retention …`: what is due for purging, the purge (only with --yes, after its preview),
// and holds. Declarations over the retention operations.
import type { Command } from 'commander';
import { opCommand } from '../declare';
import { call } from '../run';
import type { RetentionPreview } from '../../../shared/model/retention';

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "47 requests, 3 disclosures, 12 files": the record kinds with something due (requests always). */
function records(r: { requests: number; disclosures: number; breaches: number; reports: number }): string {
  const parts = [`${r.requests} requests`];
  if (r.disclosures) parts.push(`${r.disclosures} disclosures`);
  if (r.breaches) parts.push(`${r.breaches} breaches`);
  if (r.reports) parts.push(`${r.reports} stored audit packs`);
  return parts.join(', ');
}

export function previewLine(p: RetentionPreview): string {
  const lines = [`${records(p)}, ${p.files} files, ${mb(p.bytes)} will be purged (${p.auditDetails} audit details erased).`];
  if (p.held) lines.push(`${p.held} record(s) due but on hold.`);
  if (p.upcomingTotal) lines.push(`${p.upcomingTotal} more become due in the next 30 days${p.upcoming.length ? ` (first: ${p.upcoming[0]!.ref} on ${p.upcoming[0]!.dueOn})` : ''}.`);
  if (p.oldBackups.length)
    lines.push(`${p.oldBackups.length} automatic backup(s) are older than the retention period and still hold purged data; add --delete-old-backups to delete them.`);
  return lines.join('\n');
}

export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('Retention: purge personal data whose retention period has ended (GDPR Art. 5(1)(e)).');

  opCommand(retention, {
    command: 'preview',
    description: 'Show what a purge would pseudonymise today, and what becomes due in the next 30 days.',
    op: 'retention.preview',
    json: { description: 'print { requests, disclosures, breaches, reports, files, bytes, auditDetails, held, upcoming, oldBackups, dueByKind, holds } as JSON' },
    human: previewLine,
  });

  opCommand(retention, {
    command: 'purge',
    description: 'Pseudonymise what is due (personal fields → marker, file bytes deleted, search entries and audit details erased). Shows the preview; purges only with --yes.',
    op: 'retention.purge',
    flags: [
      { flags: '--yes', description: 'purge now, without asking again' },
      { flags: '--delete-old-backups', description: 'also delete automatic backups older than the retention period', to: 'deleteOldBackups' },
    ],
    json: { description: 'print { done, preview, requests, disclosures, breaches, reports, files, bytes, auditDetails, batches, backupsDeleted } as JSON' },
    build: (input, opts) => ({ ...input, confirm: opts.yes === true }),
    // Without --yes nothing changes: the preview is shown and the purge is left for a second, confirmed run.
    run: async (core, input) => {
      if (input.confirm === true) return call(core, 'retention.purge', input);
      const preview = await call(core, 'retention.preview', {});
      return { done: false, preview, requests: 0, disclosures: 0, breaches: 0, reports: 0, files: 0, bytes: 0, auditDetails: 0, batches: 0, backupsDeleted: 0 };
    },
    human: (r) =>
      r.done
        ? `Purged ${records(r)} and ${r.files} files (${mb(r.bytes)}); ${r.auditDetails} audit details erased in ${r.batches} batch(es).${r.backupsDeleted ? ` Deleted ${r.backupsDeleted} old backup(s).` : ''}\nBackups made before this purge still hold the purged data.`
        : `${previewLine(r.preview)}\nNothing was changed. Run again with --yes to purge.`,
  });

  opCommand(retention, {
    command: 'hold <ref>',
    description: 'Keep a request (DSR-…), a disclosure (D-…) or a breach (B-…) from being purged until a date (a legal claim, a complaint pending); a request\'s hold also keeps the disclosures about it.',
    op: 'retention.hold',
    args: ['ref'],
    flags: [
      { flags: '--until <YYYY-MM-DD>', description: 'the last day of the hold', to: 'until', required: true },
      { flags: '--reason <text>', description: 'why it is kept', to: 'reason', required: true },
    ],
    json: { description: 'print { kind, ref, until } as JSON' },
    human: (r) => `${r.ref} is on hold until ${r.until}; it will not be purged before then.`,
  });
}
