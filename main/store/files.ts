import { join } from 'node:path';

/** Everything in the data folder, named in one place. */
export const DB_FILE = 'workbench.db';
export const BACKUP_DIR = 'backups';
/** Wrong-unlock counter (a count and a time, nothing secret), so throttling survives a restart. */
export const UNLOCK_ATTEMPTS_FILE = 'unlock-attempts.json';

export function dbPath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

export function unlockAttemptsPath(dataDir: string): string {
  return join(dataDir, UNLOCK_ATTEMPTS_FILE);
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR);
}

/** Local timestamp safe for file names, e.g. 20261128-153012. */
export function fileStamp(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}
