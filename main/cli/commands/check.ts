import type { Command } from 'commander';
import type { StoreCheck } from '../../../shared/model/check';
import { opCommand } from '../declare';

function human(c: StoreCheck): string {
  if (c.ok) {
    return `Database ${c.file} is sound: ${c.pages} pages read and authenticated, integrity and references ok, ${c.auditEvents} audit events on the chain (head ${c.auditHead.hash} at event ${c.auditHead.seq}), ${c.files} stored file(s) match their SHA-256.`;
  }
  return [`DATABASE DAMAGED: ${c.file} fails ${c.problems.length} check(s):`, ...c.problems.map((p) => `  ${p.check}: ${p.message}`), c.advice ?? ''].join('\n');
}

export function registerCheckCommand(program: Command): void {
  opCommand(program, {
    command: 'check',
    description: "Read every page of the database and check integrity, references, the audit chain, the recorded head and every stored file's SHA-256. Exit code 1 when anything is wrong.",
    op: 'store.check',
    json: { description: 'print { ok, file, problems, … } as JSON' },
    human,
    exitCode: (c) => (c.ok ? 0 : 1),
  });
}
