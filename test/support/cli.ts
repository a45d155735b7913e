import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PASSPHRASE } from './temp';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `dpo` command (npm test builds first) as a user would. */
export function dpo(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  if (!existsSync('dist/cli.cjs')) throw new Error('dist/cli.cjs is missing: run "npm run build" before the CLI tests.');
  const r = spawnSync(process.execPath, ['bin/dpo.cjs', ...args], {
    env: { ...process.env, DPO_PASSPHRASE: PASSPHRASE, DPO_DATA_DIR: undefined, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function dpoJson<T = unknown>(args: string[], env: Record<string, string | undefined> = {}): T {
  const r = dpo([...args, '--json'], env);
  if (r.code !== 0) throw new Error(`dpo ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Like dpo(), but asynchronous: the caller can watch the child (its pid) while it runs. */
export function dpoAsync(args: string[], env: Record<string, string | undefined> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  if (!existsSync('dist/cli.cjs')) throw new Error('dist/cli.cjs is missing: run "npm run build" before the CLI tests.');
  const child = spawn(process.execPath, ['bin/dpo.cjs', ...args], { env: { ...process.env, DPO_PASSPHRASE: PASSPHRASE, DPO_DATA_DIR: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  return { child, done };
}

/** Runs `dpo args`, SIGKILLs it after `ms` (unless it finished first), returns what it printed. */
export async function runAndKill(args: string[], ms: number): Promise<{ killed: boolean; result: CliResult }> {
  const { child, done } = dpoAsync(args);
  let killed = false;
  const timer = setTimeout(() => {
    killed = child.exitCode === null && child.kill('SIGKILL');
  }, ms);
  const result = await done;
  clearTimeout(timer);
  return { killed: killed && result.code !== 0, result };
}
