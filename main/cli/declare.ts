// One way to declare a CLI command over an operation of the contract: it adds --data-dir and
// --json, unlocks when the operation needs an open database, maps flags and arguments to the
// operation's input, calls dispatch, prints human or JSON output, and names the flag the user
// typed in a field error (`--email: …`, never the input path `requester.email`). Commands stay
// declarations; nothing here knows a feature.
import { Option, type Command } from 'commander';
import { api, type OpInput, type OpName, type OpResult } from '../../shared/api';
import type { Core } from '../app/core';
import { action, call, CliUserError, printResult, unlockCore, withCore, type DataDirOption } from './run';

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
}

export interface OpCommandSpec<N extends OpName> {
  /** 'add', 'show <ref>': positional arguments go to `args` paths in order. */
  command: string;
  description: string;
  op: N;
  args?: string[];
  flags?: FlagSpec[];
  /** What --json prints (and its description); default the whole result. */
  json?: { description: string; select?: (r: OpResult<N>) => unknown };
  /** Extra input that flags do not express one to one (defaults, combinations). */
  build?: (input: Values, opts: Values, args: string[]) => Values;
  /** Runs the call; default one `call(op, input)`. For a command that pages or reads settings too. */
  run?: (core: Core, input: OpInput<N>) => Promise<OpResult<N>>;
  human: (result: OpResult<N>, core: Core) => string | Promise<string>;
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

export function opCommand<N extends OpName>(parent: Command, spec: OpCommandSpec<N>): Command {
  const cmd = parent.command(spec.command).description(spec.description);
  for (const f of spec.flags ?? []) {
    const o = new Option(f.flags, f.description);
    if (f.choices) o.choices(f.choices as string[]);
    if (f.default !== undefined) o.default(f.default);
    if (f.required) o.makeOptionMandatory(true);
    if (f.repeatable) o.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(o);
  }
  cmd.option('--data-dir <dir>', 'data folder');
  if (spec.json) cmd.option('--json', spec.json.description);
  // Input path → the flag the user typed, for error messages.
  const flagOfPath = new Map<string, string>();
  for (const f of spec.flags ?? []) if (f.to) flagOfPath.set(f.to, longFlag(f.flags));
  const argNames = spec.command.match(/<[^>]+>/g) ?? [];
  spec.args?.forEach((path, i) => flagOfPath.set(path, argNames[i] ?? path));

  cmd.action(
    action(async (...received: unknown[]) => {
      const args = received.slice(0, spec.args?.length ?? 0) as string[];
      const opts = received[spec.args?.length ?? 0] as Values & DataDirOption & { json?: boolean };
      let input: Values = {};
      spec.args?.forEach((path, i) => setPath(input, path, args[i]));
      for (const f of spec.flags ?? []) {
        if (!f.to) continue;
        const raw = opts[attributeOf(f.flags)];
        if (raw === undefined) continue;
        // A repeated flag whose values are lists ("--status closed --status refused,withdrawn")
        // adds the lists up into one, without repeats.
        const value = f.parse
          ? Array.isArray(raw)
            ? f.repeatable
              ? [...new Set(raw.flatMap((v) => f.parse!(String(v)) as unknown))]
              : raw.map((v) => f.parse!(String(v)))
            : f.parse(String(raw))
          : raw;
        setPath(input, f.to, value);
      }
      if (spec.build) input = spec.build(input, opts, args);
      await withCore(opts, async (core) => {
        if (api[spec.op].access === 'unlocked') await unlockCore(core);
        let result: OpResult<N>;
        try {
          result = spec.run ? await spec.run(core, input as OpInput<N>) : await call(core, spec.op, input as OpInput<N>);
        } catch (err) {
          throw renameFields(err, flagOfPath);
        }
        const shown = spec.json?.select ? spec.json.select(result) : result;
        const text = opts.json ? '' : await spec.human(result, core);
        printResult(opts.json, shown, () => text);
        const code = spec.exitCode?.(result);
        if (code) process.exitCode = code;
      });
    }),
  );
  return cmd;
}

/** A field error on `requester.email` reads `--email: …` on the command line. */
function renameFields(err: unknown, flagOfPath: Map<string, string>): unknown {
  if (!(err instanceof CliUserError) || !err.apiError?.fieldErrors) return err;
  const entries = Object.entries(err.apiError.fieldErrors).filter(([, m]) => m.length);
  if (!entries.length) return err;
  const named = entries.map(([path, messages]) => `${flagOfPath.get(path) ?? path}: ${messages[0]}`);
  return new CliUserError(named.length > 1 ? `${named[0]} (also: ${named.slice(1).join('; ')})` : named[0]!, err.apiError);
}
