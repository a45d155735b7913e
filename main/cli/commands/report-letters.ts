// `dpo report letter <ref> --template <name> [--lang en|nl] [--draft] --out <file.pdf> [--json]`
// and `dpo report templates [--json]`: letters from a script, through the same operations as the
// request page. A complete letter is also stored on the request (with its SHA-256); a draft is
// only written to --out. The JSON shape is published: { file, pages, sha256, template,
// templateVersion, missing }.
import type { Command } from 'commander';
import { Option } from 'commander';
import { LANGUAGES } from '../../../shared/i18n/locales';
import { TEMPLATE_NAMES } from '../../../shared/letters/model';
import { SUBJECT_KINDS } from '../../../shared/model/processing';
import { checkOutputPath, writeOutputFile } from '../../app/host-files';
import { action, call, CliUserError, printResult, unlockCore, withCore, type DataDirOption } from '../run';
import { reportGroup } from './report';


interface LetterOpts extends DataDirOption {
  template: string;
  lang?: 'en' | 'nl';
  draft?: boolean;
  out: string;
  force?: boolean;
  json?: boolean;
  reasons?: string;
  summary?: string;
  recipient?: string;
  subjectKind?: string;
}

export function registerReportLetterCommands(program: Command): void {
  const report = reportGroup(program);

  report
    .command('letter <ref>')
    .description('Write a letter to the subject as PDF; a complete one is also stored on the request with its SHA-256.')
    .addOption(new Option('--template <name>', 'which letter').choices([...TEMPLATE_NAMES]).makeOptionMandatory(true))
    .addOption(new Option('--lang <language>', "the letter's language (default: the request's, else the profile's)").choices([...LANGUAGES]))
    .option('--draft', 'print every missing item as MISSING and DRAFT across every page; not stored on the request')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .option('--force', 'overwrite an existing --out file')
    .option('--reasons <text>', 'extension notice: the reasons, recorded with the extension when it is marked sent')
    .option('--summary <text>', 'confirmation letters: what was done, recorded as the response when it is marked sent')
    .option('--recipient <id>', "Art. 19 notice: the recipient's id in the request's Art. 19 listing (default: the first)")
    .addOption(new Option('--subject-kind <kind>', 'access response: which data subjects the records of processing cover').choices([...SUBJECT_KINDS]).default('customer'))
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print { file, pages, sha256, template, templateVersion, missing } as JSON')
    .action(
      action(async (ref: string, opts: LetterOpts) => {
        await withCore(opts, async (core) => {
          // Refused before the passphrase is asked: an existing file, a path inside the data folder.
          const target = { dataDir: core.session.dataDir, force: opts.force };
          checkOutputPath(opts.out, target);
          await unlockCore(core);
          let r;
          try {
            r = await call(core, 'letter.generate', {
              ref,
              template: opts.template as (typeof TEMPLATE_NAMES)[number],
              ...(opts.lang ? { language: opts.lang } : {}),
              draft: opts.draft === true,
              ...(opts.reasons ? { reasons: opts.reasons } : {}),
              ...(opts.summary ? { summary: opts.summary } : {}),
              ...(opts.recipient ? { recipient: opts.recipient } : {}),
              subjectKind: opts.subjectKind as (typeof SUBJECT_KINDS)[number],
            });
          } catch (err) {
            throw renamed(err);
          }
          const bytes = Buffer.from(r.base64, 'base64');
          const file = await writeOutputFile(opts.out, target, (out) => out.write(bytes));
          const shown = { file, pages: r.pages, sha256: r.sha256, template: r.template, templateVersion: r.templateVersion, missing: r.missing, language: r.language, stored: r.letter !== null };
          printResult(opts.json, shown, () =>
            [
              `${r.template} (${r.language}, template v${r.templateVersion}): ${r.pages} page(s) written to ${file}`,
              `SHA-256 ${r.sha256}`,
              r.letter ? `Stored on ${ref} as ${r.letter.filename}.` : 'Draft: not stored on the request.',
              ...(r.missing.length ? [`Missing: ${r.missing.join(', ')}`] : []),
            ].join('\n'),
          );
        });
      }),
    );

  report
    .command('templates')
    .description('List the letter templates with their current version per language')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print [{ name, language, version, edited, subject, body, savedAt, savedBy }] as JSON')
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const list = await call(core, 'letter.templates', {});
          printResult(opts.json, list, () => list.map((t) => `${t.name.padEnd(28)} ${t.language}  v${t.version}${t.edited ? ' (edited)' : ''}`).join('\n'));
        });
      }),
    );
}

/** Field errors name the flag typed: `--reasons`, or the profile key to set. */
function renamed(err: unknown): unknown {
  if (!(err instanceof CliUserError) || !err.apiError?.fieldErrors) return err;
  const flags: Record<string, string> = { language: '--lang', template: '--template', reasons: '--reasons', summary: '--summary', recipient: '--recipient', ref: '<ref>' };
  // A profile gap names its settings keys in the message already (org.address, dpo.email).
  if (Object.keys(err.apiError.fieldErrors).every((k) => k.includes('.'))) return new CliUserError(err.apiError.message, err.apiError);
  const first = Object.entries(err.apiError.fieldErrors).find(([, m]) => m.length);
  if (!first || !flags[first[0]]) return err;
  return new CliUserError(`${flags[first[0]]}: ${first[1][0]}`, err.apiError);
}
