// One way to declare a CLI command over an operation of the contract: it adds --data-dir and
// --json, unlocks when the operation needs an open database, maps flags and arguments to the
// operation's input, calls dispatch, prints human or JSON output, and names the flag the user
// typed in a field error (`--email: …`, never the input path `requester.email`). Commands stay
// declarations; nothing here knows a feature.
//
// The terminal side stays here, never in an operation: reading a file the user names into the
// input (as base64 or text), asking for a passphrase, checking an output path before the
// passphrase prompt, writing the result to a file the user names. Whatever the command changes,
// the operation does, with its audit event.
import { Option, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { api, type OpInput, type OpName, type OpResult } from '../../shared/api';
import type { Core } from '../app/core';
import { checkOutputPath, writeOutputFile } from '../app/host-files';
import { action, call, CliUserError, printResult, unlockCore, withCore, type DataDirOption } from './run';
import { promptSecret } from './prompt';

type Values = Record<string, unknown>;

export interface FlagSpec {
  /** Commander flags, e.g. '--email <addr>' or '--open'. */
  flags: string;
  description: string;
  /** Input path the value goes to ('requester.email'); omitted: the builder reads it from `opts`. */
  to?: string;
  required?: boolean;
  /** Allowed values, listed by --help; anything else gets commander's message. */
  choices?: readonly string[];
  default?: string;
  /** The flag may be given several times; the values accumulate into an array. */
  repeatable?: boolean;
  /** Turns the typed text into the input value (a number, a list); throw CliUserError to refuse it. */
  parse?: (value: string) => unknown;
  /** A path the operation opens: made absolute against the working folder here. */
  path?: true;
}

/**
 * A positional argument: the input path its text goes to, or a file the CLI reads into the input
 * (`read`: its bytes as base64 or its text as UTF-8, its base name into `filenameTo`), or a path
 * the operation itself opens (`path`: made absolute against the working folder here, since the
 * core never guesses one).
 */
export type ArgSpec = string | { read: 'base64' | 'utf8'; to: string; filenameTo?: string } | { path: string };

/** The result, or part of it, written to a file the user names (`--out`), else to stdout as is. */
export interface OutputSpec<N extends OpName> {
  /** e.g. '--out <file>'; adds --force. */
  flags: string;
  description: string;
  required?: boolean;
  content: (r: OpResult<N>) => string | Buffer;
  /** Printed after the file is written. */
  saved?: (r: OpResult<N>, file: string) => string;
}

/** What a command saw on its command line, for output text that quotes it. */
export interface Invocation {
  args: string[];
  opts: Values & DataDirOption & { json?: boolean; force?: boolean };
}

export interface OpCommandSpec<N extends OpName, A extends OpName = N> {
  /** 'add', 'show <ref>': positional arguments go to `args` paths in order. */
  command: string;
  description: string;
  op: N;
  args?: ArgSpec[];
  /** --help text of the positional arguments, in order. */
  argHelp?: string[];
  flags?: FlagSpec[];
  /** Description of --data-dir, when the command says more than "data folder". */
  dataDirDescription?: string;
  /** What --json prints (and its description); default the whole result. */
  json?: { description: string; select?: (r: OpResult<N>, core: Core) => unknown };
  /** Extra input that flags do not express one to one (defaults, combinations). */
  build?: (input: Values, opts: Values, args: string[]) => Values;
  /**
   * Refusals the user should get before typing a passphrase (an output path that exists or lies in
   * the data folder, a vault that already exists). The operation checks again; this is courtesy.
   */
  check?: (core: Core, call: Invocation) => void | Promise<void>;
  /**
   * The passphrase goes into the input (for operations that work while locked, e.g. restore):
   * DPO_PASSPHRASE, else a prompt without echo; `confirm` asks a second time (a new passphrase).
   */
  passphrase?: { to: string; prompt: string; confirm?: { to: string; prompt: string } };
  /** One line on stderr before the call (after the passphrase), e.g. that a file is not encrypted. */
  notice?: string;
  output?: OutputSpec<N>;
  /**
   * A flag that calls another operation with the same input instead (e.g. --dry-run: only read
   * the file and show what would be filled in). Its result is printed whole as JSON.
   */
  instead?: { when: string; op: A; human: (result: OpResult<A>) => string };
  /** Runs the call; default one `call(op, input)`. For a command that pages or reads settings too. */
  run?: (core: Core, input: OpInput<N>) => Promise<OpResult<N>>;
  human?: (result: OpResult<N>, core: Core, call: Invocation) => string | Promise<string>;
  /** After printing: a follow-up the user confirms on the terminal (e.g. "I stored the code"). */
  after?: (result: OpResult<N>, core: Core, call: Invocation) => Promise<void>;
  /** Sets the exit code after printing (e.g. 1 when a check found problems). */
  exitCode?: (result: OpResult<N>) => number;
}

function setPath(target: Values, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = target;
  for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Values;
  at[parts[parts.length - 1]!] = value;
}

/** commander's camel-case attribute name of a flag ('--customer-id <x>' → 'customerId'). */
function attributeOf(flags: string): string {
  const long = /--([a-z0-9-]+)/.exec(flags)?.[1] ?? flags;
  return long.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function longFlag(flags: string): string {
  return /--[a-z0-9-]+/.exec(flags)?.[0] ?? flags;
}

function readUserFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CliUserError(`Cannot read ${file}.`);
  }
}

/** The input paths an argument fills, for naming it in field errors. */
function argPaths(a: ArgSpec): string[] {
  if (typeof a === 'string') return [a];
  if ('path' in a) return [a.path];
  return [a.to, ...(a.filenameTo ? [a.filenameTo] : [])];
}

function addArgument(input: Values, spec: ArgSpec, text: string): void {
  if (typeof spec === 'string') setPath(input, spec, text);
  else if ('path' in spec) setPath(input, spec.path, resolve(text));
  else {
    const bytes = readUserFile(text);
    setPath(input, spec.to, spec.read === 'base64' ? bytes.toString('base64') : bytes.toString('utf8'));
    if (spec.filenameTo) setPath(input, spec.filenameTo, basename(text));
  }
}

/** DPO_PASSPHRASE, else a prompt (twice for a new passphrase). */
async function askPassphrase(spec: NonNullable<OpCommandSpec<OpName>['passphrase']>, input: Values): Promise<void> {
  const fromEnv = process.env.DPO_PASSPHRASE;
  const passphrase = fromEnv ?? (await promptSecret(spec.prompt));
  setPath(input, spec.to, passphrase);
  if (spec.confirm) setPath(input, spec.confirm.to, fromEnv ?? (await promptSecret(spec.confirm.prompt)));
}

export function opCommand<N extends OpName, A extends OpName = N>(parent: Command, spec: OpCommandSpec<N, A>): Command {
  const cmd = parent.command(spec.command).description(spec.description);
  spec.argHelp?.forEach((text, i) => {
    const arg = cmd.registeredArguments[i];
    if (arg) arg.description = text;
  });
  for (const f of spec.flags ?? []) {
    const o = new Option(f.flags, f.description);
    if (f.choices) o.choices(f.choices as string[]);
    if (f.default !== undefined) o.default(f.default);
    if (f.required) o.makeOptionMandatory(true);
    if (f.repeatable) o.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(o);
  }
  if (spec.output) {
    const o = new Option(spec.output.flags, spec.output.description);
    if (spec.output.required) o.makeOptionMandatory(true);
    cmd.addOption(o);
    cmd.option('--force', `overwrite an existing ${longFlag(spec.output.flags)} file`);
  }
  cmd.option('--data-dir <dir>', spec.dataDirDescription ?? 'data folder');
  if (spec.json) cmd.option('--json', spec.json.description);
  // Input path → the flag the user typed, for error messages.
  const flagOfPath = new Map<string, string>();
  for (const f of spec.flags ?? []) if (f.to) flagOfPath.set(f.to, longFlag(f.flags));
  const argNames = spec.command.match(/<[^>]+>/g) ?? [];
  spec.args?.forEach((a, i) => argPaths(a).forEach((path) => flagOfPath.set(path, argNames[i] ?? path)));
  const named = async <T>(pending: Promise<T>): Promise<T> => {
    try {
      return await pending;
    } catch (err) {
      throw renameFields(err, flagOfPath);
    }
  };

  cmd.action(
    action(async (...received: unknown[]) => {
      const args = received.slice(0, spec.args?.length ?? 0) as string[];
      const opts = received[spec.args?.length ?? 0] as Invocation['opts'];
      const invocation: Invocation = { args, opts };
      const outFile = spec.output ? (opts[attributeOf(spec.output.flags)] as string | undefined) : undefined;
      let input: Values = {};
      for (const f of spec.flags ?? []) {
        if (!f.to) continue;
        const raw = opts[attributeOf(f.flags)];
        if (raw === undefined) continue;
        // A repeated flag whose values are lists ("--status closed --status refused,withdrawn")
        // adds the lists up into one, without repeats.
        const one = (v: unknown) => (f.path ? resolve(String(v)) : f.parse ? f.parse(String(v)) : v);
        const value = Array.isArray(raw) ? (f.parse && f.repeatable ? [...new Set(raw.flatMap((v) => one(v) as unknown))] : raw.map(one)) : one(raw);
        setPath(input, f.to, value);
      }
      spec.args?.forEach((a, i) => addArgument(input, a, args[i]!));
      if (spec.build) input = spec.build(input, opts, args);
      await withCore(opts, async (core) => {
        await spec.check?.(core, invocation);
        if (outFile) checkOutputPath(outFile, { dataDir: core.session.dataDir, force: opts.force });
        if (spec.passphrase) await askPassphrase(spec.passphrase, input);
        if (api[spec.op].access === 'unlocked') await unlockCore(core);
        if (spec.notice) process.stderr.write(`${spec.notice}\n`);
        const instead = spec.instead;
        if (instead && opts[instead.when]) {
          const other = await named(call(core, instead.op, input as OpInput<A>));
          printResult(opts.json, other, () => instead.human(other));
          return;
        }
        const result = await named(spec.run ? spec.run(core, input as OpInput<N>) : call(core, spec.op, input as OpInput<N>));
        if (spec.output && !opts.json) {
          const content = spec.output.content(result);
          if (outFile) {
            await writeOutputFile(outFile, { dataDir: core.session.dataDir, force: opts.force }, (out) => out.write(content));
            if (spec.output.saved) process.stdout.write(`${spec.output.saved(result, outFile)}\n`);
          } else process.stdout.write(content);
        } else {
          const shown = spec.json?.select ? spec.json.select(result, core) : result;
          const text = opts.json || !spec.human ? '' : await spec.human(result, core, invocation);
          printResult(opts.json, shown, () => text);
        }
        const code = spec.exitCode?.(result);
        if (code) process.exitCode = code;
        await spec.after?.(result, core, invocation);
      });
    }),
  );
  return cmd;
}

/**
 * A field error on `requester.email` reads `--email: …` on the command line. An error that names
 * none of this command's inputs (a refused output file) keeps its own sentence.
 */
function renameFields(err: unknown, flagOfPath: Map<string, string>): unknown {
  if (!(err instanceof CliUserError) || !err.apiError?.fieldErrors) return err;
  const entries = Object.entries(err.apiError.fieldErrors).filter(([, m]) => m.length);
  // A repeatable flag's value has its index in the path ('subjects.emails.1'): name the flag.
  // An error on a whole group ('subjects') names the group's first flag ('--subject-email').
  const flagOf = (path: string) =>
    flagOfPath.get(path) ?? flagOfPath.get(path.replace(/(\.\d+)+$/, '')) ?? [...flagOfPath].find(([p]) => p.startsWith(`${path}.`))?.[1];
  if (!entries.some(([path]) => flagOf(path))) return err;
  const named = entries.map(([path, messages]) => `${flagOf(path) ?? path}: ${messages[0]}`);
  return new CliUserError(named.length > 1 ? `${named[0]} (also: ${named.slice(1).join('; ')})` : named[0]!, err.apiError);
}
