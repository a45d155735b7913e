// Wires one data folder into a ready-to-call dispatch: the same object backs Electron, the HTTP
// host and the CLI.
import { createDispatch, type Dispatch } from '../transport/dispatch';
import { logger } from '../logging/logger';
import { createHandlers } from './handlers';
import { Session, type SessionOptions } from '../services/session';
import { runAutoBackupIfDue } from '../services/backup-service';

export interface CoreOptions extends SessionOptions {
  /** Long-lived hosts (desktop, browser mode) run the daily backup; the CLI does not. */
  backgroundJobs?: boolean;
}

export interface Core {
  session: Session;
  dispatch: Dispatch;
  /** Stops timers; the caller locks the session. */
  stop(): void;
}

/**
 * Calls that are not a person at work: status and reminder polling would otherwise keep an
 * unattended window unlocked forever. The renderer reports real input with session.activity.
 */
const NOT_ACTIVITY = new Set(['app.status', 'session.activity', 'request.dueReminders', 'disclosure.dueReminders']);
const OPENS_STORE = new Set(['vault.unlock', 'vault.create', 'vault.resetWithRecovery']);
const HOUR_MS = 60 * 60 * 1000;

export function createCore(options: CoreOptions): Core {
  const session = new Session(options);
  const jobs = () => {
    if (!options.backgroundJobs) return;
    runAutoBackupIfDue(session).catch((err: unknown) => logger.warn('automatic backup failed', { error: err instanceof Error ? err.name : 'unknown' }));
  };
  const inner = createDispatch({
    handlers: createHandlers(session),
    isUnlocked: () => session.unlocked,
    onCall: (op, ctx) => {
      if (!ctx.background && !NOT_ACTIVITY.has(op) && session.unlocked) session.touch();
    },
  });
  const dispatch: Dispatch = async (op, input, ctx) => {
    const res = await inner(op, input, ctx);
    if (res.ok && OPENS_STORE.has(op)) jobs();
    return res;
  };
  const timer = options.backgroundJobs ? setInterval(jobs, HOUR_MS) : null;
  timer?.unref();
  return { session, dispatch, stop: () => timer && clearInterval(timer) };
}
