import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export class NoTerminalError extends Error {
  constructor(what: string) {
    super(`${what} is needed: set DPO_PASSPHRASE or run this in a terminal.`);
    this.name = 'NoTerminalError';
  }
}

/** Asks for a secret on the terminal without echoing it. */
export async function promptSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new NoTerminalError('A passphrase');
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(question, resolve));
    muted = true;
    const value = await answer;
    process.stderr.write('\n');
    return value;
  } finally {
    rl.close();
  }
}
