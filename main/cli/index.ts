// The `dpo` command. Each command lives in commands/ and goes through the same dispatch as the UI.
import { Command } from 'commander';
import { APP_VERSION } from '../../shared/version';
import { registerVaultCommands } from './commands/vault';
import { registerAuditCommands } from './commands/audit';
import { registerBackupCommands } from './commands/backup';
import { registerCheckCommand } from './commands/check';
import { registerDeadlineCommand } from './commands/deadline';
import { registerServeCommand } from './commands/serve';
import { registerRequestCommands } from './commands/request';
import { registerDisclosureCommands } from './commands/disclosure';
import { registerBreachCommands } from './commands/breach';
import { registerRetentionCommands } from './commands/retention';
import { registerPolicyCommands } from './commands/policy';
import { registerProcessingCommands } from './commands/processing';
import { registerReportCommands } from './commands/report';
import { registerSettingsCommands } from './commands/settings';
import { registerReportLetterCommands } from './commands/report-letters';

export function buildProgram(): Command {
  const program = new Command('dpo')
    .description('DPO Workbench: data subject requests, deadlines, disclosures and audit evidence.')
    .version(APP_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (str, write) => write(str.split('\n')[0] + '\n') });
  registerVaultCommands(program);
  registerServeCommand(program);
  registerDeadlineCommand(program);
  registerAuditCommands(program);
  registerBackupCommands(program);
  registerCheckCommand(program);
  registerRequestCommands(program);
  registerDisclosureCommands(program);
  registerBreachCommands(program);
  registerRetentionCommands(program);
  registerPolicyCommands(program);
  registerProcessingCommands(program);
  registerReportCommands(program);
  registerSettingsCommands(program);
  registerReportLetterCommands(program);
  // Commander's own usage errors (unknown option, missing argument) exit 1, like our user errors.
  program.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 1);
  });
  return program;
}

// `dpo … --json | head`: the reader closing the pipe early is not a failure of the command (its
// work is done and committed before anything is printed); without this Node throws EPIPE with a
// stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void buildProgram().parseAsync(process.argv);
