// `dpo settings set key=value...` and `dpo settings get`: the organisation profile (and the
// defaults beside it) from a script. The dotted keys are published (shared/model/org-profile.ts
// PROFILE_KEYS); each maps onto one settings field, and a field error names the key typed.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { logoTypeOf, PROFILE_KEYS, keyOfField, type ProfileKey } from '../../../shared/model/org-profile';
import type { Settings } from '../../../shared/model/settings';
import { action, call, CliUserError, printResult, unlockCore, withCore, type DataDirOption } from '../run';

const KEY_HELP = Object.entries(PROFILE_KEYS)
  .map(([k, v]) => `  ${k.padEnd(18)} ${v.help}`)
  .join('\n');

function isKey(k: string): k is ProfileKey {
  return Object.prototype.hasOwnProperty.call(PROFILE_KEYS, k);
}

/** key=value pairs → a settings patch; the CLI reads a logo file the user names. */
export function patchOf(pairs: string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (eq < 0) throw new CliUserError(`${pair}: write key=value (keys: ${Object.keys(PROFILE_KEYS).join(', ')}).`);
    if (!isKey(key)) throw new CliUserError(`${key}: not a settings key (keys: ${Object.keys(PROFILE_KEYS).join(', ')}).`);
    // Typed in a shell, a newline is easier as "\n".
    const value = pair.slice(eq + 1).replace(/\\n/g, '\n');
    const field = PROFILE_KEYS[key].field;
    if (field === 'orgLogo') patch[field] = value === '' ? null : readLogo(value);
    else patch[field] = value;
  }
  return patch;
}

function readLogo(file: string): { mimeType: string; base64: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliUserError(`org.logo: cannot read ${file}.`);
  }
  // The core checks the bytes again; the type here is only what the file says it is.
  return { mimeType: logoTypeOf(bytes) ?? 'image/png', base64: bytes.toString('base64') };
}

/** The profile as the CLI names it: { "org.name": …, … }; a logo as its type and size. */
export function profileOf(s: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(PROFILE_KEYS)) {
    const value = s[v.field as keyof Settings];
    out[k] = v.field === 'orgLogo' ? (s.orgLogo ? { mimeType: s.orgLogo.mimeType, bytes: Buffer.from(s.orgLogo.base64, 'base64').length } : null) : value;
  }
  return out;
}

function human(p: Record<string, unknown>): string {
  return Object.entries(p)
    .map(([k, v]) => `${k.padEnd(18)} ${v === null || v === '' ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v).replace(/\n/g, ' / ')}`)
    .join('\n');
}

/** A field error on `dpoEmail` reads `dpo.email: …`. */
function renamed(err: unknown): unknown {
  if (!(err instanceof CliUserError) || !err.apiError?.fieldErrors) return err;
  const entries = Object.entries(err.apiError.fieldErrors).filter(([, m]) => m.length);
  if (!entries.length) return err;
  const named = entries.map(([path, m]) => `${keyOfField(path.split('.')[0]!) ?? path}: ${m[0]}`);
  return new CliUserError(named.length > 1 ? `${named[0]} (also: ${named.slice(1).join('; ')})` : named[0]!, err.apiError);
}

export function registerSettingsCommands(program: Command): void {
  const settings = program.command('settings').description('The organisation profile letters are written from, and the defaults of new requests.');

  settings
    .command('set')
    .description('Change settings: key=value pairs, e.g. org.name="Acme B.V." dpo.email=dpo@acme.nl')
    .argument('<key=value...>', 'one or more settings')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print the profile as JSON after the change')
    .addHelpText('after', `\nKeys:\n${KEY_HELP}`)
    .action(
      action(async (pairs: string[], opts: DataDirOption & { json?: boolean }) => {
        const patch = patchOf(pairs);
        await withCore(opts, async (core) => {
          await unlockCore(core);
          let result: Settings;
          try {
            result = await call(core, 'settings.update', patch);
          } catch (err) {
            throw renamed(err);
          }
          printResult(opts.json, profileOf(result), () => `Saved ${pairs.length} setting(s).\n${human(profileOf(result))}`);
        });
      }),
    );

  settings
    .command('get')
    .description('Show the organisation profile and defaults')
    .option('--data-dir <dir>', 'data folder')
    .option('--json', 'print { "org.name": …, … } as JSON')
    .addHelpText('after', `\nKeys:\n${KEY_HELP}`)
    .action(
      action(async (opts: DataDirOption & { json?: boolean }) => {
        await withCore(opts, async (core) => {
          await unlockCore(core);
          const result = await call(core, 'settings.get', {});
          printResult(opts.json, profileOf(result), () => human(profileOf(result)));
        });
      }),
    );
}
