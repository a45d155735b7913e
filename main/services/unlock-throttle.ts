// Slows down guessing at the unlock screen: after a few wrong attempts each further attempt has
// to wait, doubling each time. Kept in memory only: a wrong attempt must not touch any file.
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

export class UnlockThrottle {
  private failures = 0;
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before the next attempt is allowed (0 = allowed now). */
  waitSeconds(): number {
    return Math.max(0, Math.ceil((this.blockedUntil - this.now()) / 1000));
  }

  recordFailure(): number {
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (this.failures - FREE_ATTEMPTS + 1));
      this.blockedUntil = this.now() + delay * 1000;
      return delay;
    }
    return 0;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
