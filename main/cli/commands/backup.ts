import type { Command } from 'commander';
import { resolve } from 'node:path';
import { action, CliUserError, cliActor, printResult, unlockCore, withCore, type DataDirOption } from '../run';
import { backupNow, restoreFromBackup } from '../../services/backup-service';
import { exportJson } from '../../store/export-json';
import { checkOutputPath } from '../../store/output-file';
import { checkBackupTarget } from '../../store/backup';
import { checkpointHead } from '../../services/audit-service';
import { promptSecret } from '../prompt';
import { APP_VERSION } from '../../../shared/version';
import { WorkbenchError } from '../../../shared/errors';

/** Service errors thrown outside dispatch are still user errors for the CLI. */
async function asUserErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof WorkbenchError) throw new CliUserError(err.message, err.toApiError());
    throw err;
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Write an encrypted, verified snapshot of the database (plus manifest and vault copy) to FILE.')
    .argument('<file>', 'where to write the backup, e.g. /media/usb/dpo-2026-11-28.db')
    .option('--force', 'replace an existing file of that name (and its manifest and vault copy)')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the backup manifest as JSON')
    .action(
      action(async (file: string, opts: DataDirOption & { json?: boolean; force?: boolean }) => {
        await withCore(opts, async (core) => {
          // Refused before asking for the passphrase: exists without --force, or inside the data folder.
          checkBackupTarget(file, core.session.dataDir, opts.force);
          await unlockCore(core);
          const info = await asUserErrors(() => backupNow(core.session, cliActor(), resolve(file), { force: opts.force }));
          printResult(opts.json, info, () => `Backed up to ${info.file} (${info.sizeBytes} bytes, SHA-256 ${info.sha256}, audit event ${info.auditSeq}).`);
        });
      }),
    );

  program
    .command('restore')
    .description('Check a backup and put it in place of the current database (which is kept aside).')
    .argument('<file>', 'the backup file written by "dpo backup" or the automatic backup')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (file: string, opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          const passphrase = process.env.DPO_PASSPHRASE ?? (await promptSecret('Passphrase: '));
          const r = await asUserErrors(() => restoreFromBackup(core.session, resolve(file), passphrase, cliActor()));
          printResult(opts.json, r, () => `Restored ${file} (audit trail up to event ${r.auditSeq}).${r.previous ? ` The previous database is kept at ${r.previous}.` : ''}`);
        });
      }),
    );

  program
    .command('export')
    .description('Export everything to one file for moving to another tool. The file is NOT encrypted.')
    .requiredOption('--format <format>', 'export format (json)')
    .requiredOption('--out <file>', 'the file to write (never inside the data folder)')
    .option('--force', 'replace an existing file')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print a summary as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean; force?: boolean; format: string; out: string }) => {
        if (opts.format !== 'json') throw new CliUserError(`--format "${opts.format}" is not supported; use json.`);
        await withCore(opts, async (core) => {
          checkOutputPath(opts.out, { dataDir: core.session.dataDir, force: opts.force });
          await unlockCore(core);
          const store = core.session.requireStore();
          process.stderr.write('Note: the export is a plain, unencrypted file. Keep it as safe as the data it holds.\n');
          const summary = await exportJson(store, resolve(opts.out), APP_VERSION, { force: opts.force });
          checkpointHead(store, 'export');
          store.tx(cliActor(), 'export.json', (t) => t.audit({ entityType: 'export', entityId: null, summary: { tables: summary.tables, auditSeq: summary.auditSeq } }));
          printResult(opts.json, summary, () => `Exported ${Object.values(summary.tables).reduce((a, b) => a + b, 0)} rows to ${summary.file} (audit head ${summary.auditHead} at event ${summary.auditSeq}).`);
        });
      }),
    );
}
