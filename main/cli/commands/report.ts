// `dpo report …`: generated PDFs. Each command generates the report into the file store (on the
// report worker, as the app does) and then saves that stored file to --out, so the file the user
// holds is byte for byte the one whose SHA-256 the workbench keeps. Letters join this group.
import type { Command } from 'commander';
import { opCommand, type Invocation } from '../declare';
import { call } from '../run';
import { checkOutputPath } from '../../app/host-files';
import type { Core } from '../../app/core';
import type { ReportInfo, SavedReport } from '../../../shared/model/report';

/** The group, created once; later commands (letters, templates) add themselves to it. */
export function reportGroup(program: Command): Command {
  return program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('Generated PDFs: case files, the audit pack for the supervisory authority, the Art. 30 record.');
}

type Generated = ReportInfo & { saved: SavedReport };

const OUT = { flags: '--out <file.pdf>', description: 'the PDF file to write', to: 'out', required: true, path: true } as const;
const FORCE = { flags: '--force', description: 'overwrite an existing --out file' } as const;

/** Refuses an --out that exists or lies in the data folder before any work (or passphrase). */
function checkOut(core: Core, c: Invocation): void {
  checkOutputPath(String(c.opts.out), { dataDir: core.session.dataDir, force: c.opts.force === true });
}

/** Generates with `op`, then saves the stored PDF to the --out path. */
async function generateAndSave(core: Core, generated: Promise<ReportInfo>, input: Record<string, unknown>): Promise<Generated> {
  const info = await generated;
  const saved = await call(core, 'report.save', { report: info.publicId, out: String(input.out), force: input.force === true });
  return { ...info, saved };
}

const human = (r: ReportInfo) => r as Generated;

export function registerReportCommands(program: Command): void {
  const report = reportGroup(program);

  opCommand(report, {
    command: 'case-file <ref>',
    description: "Write one request's full story as a PDF (summary, deadline, timeline, letters with their hashes, disclosures, Art. 19 notifications, audit-trail head).",
    op: 'report.caseFile',
    args: ['ref'],
    argHelp: ['the request reference, e.g. DSR-2026-00042'],
    flags: [OUT, FORCE, { flags: '--lang <en|nl>', description: 'language of the case file (default: the app language)', to: 'lang', choices: ['en', 'nl'] }],
    json: { description: 'print { file, pages, sha256 } as JSON', select: (r) => ({ file: human(r).saved.file, pages: r.pages, sha256: r.sha256 }) },
    build: (input, opts) => ({ ...input, force: opts.force === true }),
    check: checkOut,
    run: (core, input) => generateAndSave(core, call(core, 'report.caseFile', input), input as Record<string, unknown>),
    human: (r) => `Wrote ${human(r).saved.file}: ${r.pages} pages, SHA-256 ${r.sha256}. Stored with ${r.requestRef}.`,
  });

  opCommand(report, {
    command: 'audit-pack',
    description: 'Write the audit pack for the supervisory authority as one PDF: requests with figures and charts, the register, disclosures and transparency statistics, policy revisions, the audit-trail statement (recorded as a checkpoint).',
    op: 'report.auditPack',
    flags: [
      { flags: '--from <YYYY-MM-DD>', description: 'first day of the period (default: the beginning of the register)', to: 'from' },
      { flags: '--to <YYYY-MM-DD>', description: 'last day of the period (default: today)', to: 'to' },
      OUT,
      FORCE,
      { flags: '--lang <en|nl>', description: 'language of the pack (default: the app language)', to: 'lang', choices: ['en', 'nl'] },
    ],
    json: {
      description: 'print { file, pages, sha256, auditHead: { seq, hash } } as JSON',
      select: (r) => ({ file: human(r).saved.file, pages: r.pages, sha256: r.sha256, auditHead: r.auditHead }),
    },
    build: (input, opts) => ({ ...input, force: opts.force === true }),
    check: checkOut,
    run: (core, input) => generateAndSave(core, call(core, 'report.auditPack', input), input as Record<string, unknown>),
    human: (r) => `Wrote ${human(r).saved.file}: ${r.pages} pages, SHA-256 ${r.sha256}.\nAudit-trail head printed and recorded as a checkpoint: #${r.auditHead.seq} ${r.auditHead.hash}`,
  });

  opCommand(report, {
    command: 'processing-record',
    description: 'Write the record of processing activities (GDPR Art. 30: controller and processor record) as it stood at the end of a date, as one PDF.',
    op: 'report.processingRecord',
    flags: [
      { flags: '--date <YYYY-MM-DD>', description: 'the record as it stood at the end of this day (default: today)', to: 'date' },
      OUT,
      FORCE,
      { flags: '--lang <en|nl>', description: 'language of the record (default: the app language)', to: 'lang', choices: ['en', 'nl'] },
    ],
    json: { description: 'print { file, pages, sha256 } as JSON', select: (r) => ({ file: human(r).saved.file, pages: r.pages, sha256: r.sha256 }) },
    build: (input, opts) => ({ ...input, force: opts.force === true }),
    check: checkOut,
    run: (core, input) => generateAndSave(core, call(core, 'report.processingRecord', input), input as Record<string, unknown>),
    human: (r) => `Wrote ${human(r).saved.file}: ${r.pages} pages, SHA-256 ${r.sha256}. The record as it stood on ${r.to}.`,
  });

  opCommand(report, {
    command: 'list',
    description: 'List the generated reports, newest first, with their SHA-256.',
    op: 'report.list',
    flags: [{ flags: '--kind <kind>', description: 'only this kind', to: 'kind', choices: ['case-file', 'audit-pack', 'processing-record'] }],
    json: { description: 'print the reports as JSON' },
    human: (rs) => (rs.length ? rs.map((r) => `${r.createdAt.slice(0, 16).replace('T', ' ')}  ${r.kind.padEnd(17)}  ${r.requestRef ?? (r.kind === 'processing-record' ? `as of ${r.to}` : `${r.from ?? 'start'} – ${r.to}`)}  ${r.pages} p.  ${r.sha256}`).join('\n') : 'No report generated yet.'),
  });
}
