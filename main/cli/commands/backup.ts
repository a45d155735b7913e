// `dpo backup`, `dpo restore`, `dpo export`: declarations over backup.toFile, backup.restoreFile
// and export.write. The operations write the files and their audit events; the CLI only resolves
// the path the user typed and refuses a bad output path before asking for the passphrase.
import type { Command } from 'commander';
import { EXPORT_FORMATS } from '../../../shared/model/export';
import { checkBackupTarget, checkOutputPath } from '../../app/host-files';
import { opCommand } from '../declare';
import { CliUserError } from '../run';

export function registerBackupCommands(program: Command): void {
  opCommand(program, {
    command: 'backup <file>',
    description: 'Write an encrypted, verified snapshot of the database (plus manifest and vault copy) to FILE.',
    op: 'backup.toFile',
    args: [{ path: 'file' }],
    argHelp: ['where to write the backup, e.g. /media/usb/dpo-2026-11-28.db'],
    flags: [{ flags: '--force', description: 'replace an existing file of that name (and its manifest and vault copy)', to: 'force' }],
    // Refused before asking for the passphrase: exists without --force, or inside the data folder.
    check: (core, { args, opts }) => void checkBackupTarget(args[0]!, core.session.dataDir, opts.force),
    json: { description: 'print the backup manifest as JSON' },
    human: (info) => `Backed up to ${info.file} (${info.sizeBytes} bytes, SHA-256 ${info.sha256}, audit event ${info.auditSeq}).`,
  });

  opCommand(program, {
    command: 'restore <file>',
    description: 'Check a backup and put it in place of the current database (which is kept aside).',
    op: 'backup.restoreFile',
    args: [{ path: 'file' }],
    argHelp: ['the backup file written by "dpo backup" or the automatic backup'],
    passphrase: { to: 'passphrase', prompt: 'Passphrase: ' },
    json: { description: 'print the result as JSON' },
    human: (r, _core, { args }) => `Restored ${args[0]} (audit trail up to event ${r.auditSeq}).${r.previous ? ` The previous database is kept at ${r.previous}.` : ''}`,
  });

  opCommand(program, {
    command: 'export',
    description: 'Export everything to one file for moving to another tool. The file is NOT encrypted.',
    op: 'export.write',
    flags: [
      {
        flags: '--format <format>',
        description: `export format (${EXPORT_FORMATS.join(', ')})`,
        to: 'format',
        required: true,
        parse: (v) => {
          if (!(EXPORT_FORMATS as readonly string[]).includes(v)) throw new CliUserError(`--format "${v.slice(0, 40)}" is not supported; use ${EXPORT_FORMATS.join(' or ')}.`);
          return v;
        },
      },
      { flags: '--out <file>', description: 'the file to write (never inside the data folder)', to: 'file', required: true, path: true },
      { flags: '--force', description: 'replace an existing file', to: 'force' },
    ],
    check: (core, { opts }) => void checkOutputPath(String(opts.out), { dataDir: core.session.dataDir, force: opts.force }),
    notice: 'Note: the export is a plain, unencrypted file. Keep it as safe as the data it holds.',
    json: { description: 'print a summary as JSON' },
    human: (s) => `Exported ${Object.values(s.tables).reduce((a, b) => a + b, 0)} rows to ${s.file} (audit head ${s.auditHead} at event ${s.auditSeq}).`,
  });
}
