import type { Command } from 'commander';
import { action, call, CliUserError, printResult, withCore, type DataDirOption } from '../run';
import { promptSecret } from '../prompt';

export function registerVaultCommands(program: Command): void {
  program
    .command('init')
    .description('Create the vault: set a passphrase and get the one-time recovery code.')
    .option('--data-dir <dir>', 'data folder (default: DPO_DATA_DIR, else the app-data folder)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          if (core.session.initialised) throw new CliUserError(`A vault already exists in ${core.session.dataDir}.`);
          let passphrase = process.env.DPO_PASSPHRASE;
          let confirm = passphrase;
          if (passphrase === undefined) {
            passphrase = await promptSecret('New passphrase (12+ characters): ');
            confirm = await promptSecret('Repeat it: ');
          }
          const { recoveryCode } = await call(core, 'vault.create', { passphrase, confirm: confirm ?? '' });
          printResult(opts.json, { dataDir: core.session.dataDir, recoveryCode }, () =>
            [
              `Created the vault in ${core.session.dataDir}.`,
              '',
              'Your recovery code (shown only now; write it down and keep it somewhere safe, away from this computer):',
              '',
              `    ${recoveryCode}`,
              '',
              'With it you can reset a forgotten passphrase. Without passphrase and code the data cannot be recovered by anyone.',
            ].join('\n'),
          );
          if (process.stdin.isTTY && !opts.json) {
            await promptSecret('Press Enter once you have stored the recovery code. ');
            await call(core, 'vault.acknowledgeRecovery', {});
          }
        });
      }),
    );

  program
    .command('status')
    .description('Show whether a vault exists, where the data lives, and the app version.')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          const s = await call(core, 'app.status', {});
          printResult(opts.json, s, () =>
            [
              `DPO Workbench ${s.appVersion}`,
              `Data folder: ${s.dataDir}`,
              `Vault: ${s.initialised ? 'set up' : 'not set up (run "dpo init")'}`,
              ...(s.damaged ? [`DATABASE DAMAGED: ${s.damaged.message}`] : []),
            ].join('\n'),
          );
          // Scripts and monitoring can branch on the exit code without parsing the text.
          if (s.damaged) process.exitCode = 1;
        });
      }),
    );
}
