import type { Command } from 'commander';
import { call, CliUserError } from '../run';
import { opCommand } from '../declare';
import { promptSecret } from '../prompt';

export function registerVaultCommands(program: Command): void {
  opCommand(program, {
    command: 'init',
    description: 'Create the vault: set a passphrase and get the one-time recovery code.',
    op: 'vault.create',
    dataDirDescription: 'data folder (default: DPO_DATA_DIR, else the app-data folder)',
    // Said before the passphrase is asked for twice.
    check: (core) => {
      if (core.session.initialised) throw new CliUserError(`A vault already exists in ${core.session.dataDir}.`);
    },
    passphrase: { to: 'passphrase', prompt: 'New passphrase (12+ characters): ', confirm: { to: 'confirm', prompt: 'Repeat it: ' } },
    json: { description: 'print the result as JSON', select: ({ recoveryCode }, core) => ({ dataDir: core.session.dataDir, recoveryCode }) },
    human: ({ recoveryCode }, core) =>
      [
        `Created the vault in ${core.session.dataDir}.`,
        '',
        'Your recovery code (shown only now; write it down and keep it somewhere safe, away from this computer):',
        '',
        `    ${recoveryCode}`,
        '',
        'With it you can reset a forgotten passphrase. Without passphrase and code the data cannot be recovered by anyone.',
      ].join('\n'),
    after: async (_r, core, { opts }) => {
      if (process.stdin.isTTY && !opts.json) {
        await promptSecret('Press Enter once you have stored the recovery code. ');
        await call(core, 'vault.acknowledgeRecovery', {});
      }
    },
  });

  opCommand(program, {
    command: 'status',
    description: 'Show whether a vault exists, where the data lives, and the app version.',
    op: 'app.status',
    json: { description: 'print the result as JSON' },
    human: (s) =>
      [
        `DPO Workbench ${s.appVersion}`,
        `Data folder: ${s.dataDir}`,
        `Vault: ${s.initialised ? 'set up' : 'not set up (run "dpo init")'}`,
        ...(s.damaged ? [`DATABASE DAMAGED: ${s.damaged.message}`] : []),
      ].join('\n'),
    // Scripts and monitoring can branch on the exit code without parsing the text.
    exitCode: (s) => (s.damaged ? 1 : 0),
  });
}
