// Slows down guessing at the unlock screen: after a few wrong attempts each further attempt has
// to wait, doubling each time (OWASP Authentication Cheat Sheet, "Login Throttling").
//
// The count lives in a small file beside the vault, not in memory: each `dpo` command is a new
// process, so an in-memory counter let a script guess without limit by simply re-running it, and
// restarting `dpo serve` reset it too. The file holds no secret (a count and a time), is written
// atomically and owner-only, and is removed by the next correct attempt.
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-file';

export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

const stateSchema = z.object({ failures: z.number().int().min(0), blockedUntil: z.number() });
type State = z.infer<typeof stateSchema>;

const CLEAR: State = { failures: 0, blockedUntil: 0 };

export class UnlockThrottle {
  /** Used only when the file cannot be written (e.g. a full disk): never throttle less than that. */
  private fallback: State = CLEAR;

  constructor(
    /** The counter file; null keeps the count in memory only (for a vault that is not on disk). */
    private readonly file: string | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the next attempt is allowed (0 = allowed now). */
  waitSeconds(): number {
    const { blockedUntil } = this.state();
    // Capped so a clock set back, or an edited file, cannot lock the owner out for longer.
    const ms = Math.min(blockedUntil - this.now(), MAX_DELAY_SECONDS * 1000);
    return Math.max(0, Math.ceil(ms / 1000));
  }

  recordFailure(): number {
    const failures = this.state().failures + 1;
    let delay = 0;
    let blockedUntil = 0;
    if (failures >= FREE_ATTEMPTS) {
      delay = Math.min(MAX_DELAY_SECONDS, 2 ** Math.min(failures - FREE_ATTEMPTS + 1, 30));
      blockedUntil = this.now() + delay * 1000;
    }
    this.save({ failures, blockedUntil });
    return delay;
  }

  recordSuccess(): void {
    this.fallback = CLEAR;
    if (this.file) rmSync(this.file, { force: true });
  }

  private state(): State {
    const stored = this.read();
    return stored.failures >= this.fallback.failures ? stored : this.fallback;
  }

  private read(): State {
    if (!this.file) return CLEAR;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return CLEAR;
      return { failures: FREE_ATTEMPTS, blockedUntil: 0 };
    }
    try {
      const parsed = stateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: a damaged counter counts as "already throttled", never as "no failures".
    }
    return { failures: FREE_ATTEMPTS, blockedUntil: 0 };
  }

  private save(state: State): void {
    if (!this.file) {
      this.fallback = state;
      return;
    }
    try {
      writeFileAtomic(this.file, JSON.stringify(state) + '\n');
      this.fallback = CLEAR;
    } catch {
      this.fallback = state;
      // Could not persist (full or read-only disk): the in-memory fallback still throttles this
      // process, and the wrong attempt is still reported as wrong rather than as a crash.
    }
  }
}
