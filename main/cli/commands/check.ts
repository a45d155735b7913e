import type { Command } from 'commander';
import { action, call, printResult, unlockCore, withCore, type DataDirOption } from '../run';
import type { StoreCheck } from '../../../shared/model/check';

function human(c: StoreCheck): string {
  if (c.ok) {
    return `Database ${c.file} is sound: ${c.pages} pages read and authenticated, integrity and references ok, ${c.auditEvents} audit events on the chain (head ${c.auditHead.hash} at event ${c.auditHead.seq}), ${c.files} stored file(s) match their SHA-256.`;
  }
  return [`DATABASE DAMAGED: ${c.file} fails ${c.problems.length} check(s):`, ...c.problems.map((p) => `  ${p.check}: ${p.message}`), c.advice ?? ''].join('\n');
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('Read every page of the database and check integrity, references, the audit chain, the recorded head and every stored file\'s SHA-256. Exit code 1 when anything is wrong.')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print { ok, file, problems, … } as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const c = await call(core, 'store.check', {});
          printResult(opts.json, c, () => human(c));
          if (!c.ok) process.exitCode = 1;
        });
      }),
    );
}
