import { readdirSync, readlinkSync } from 'node:fs';

/**
 * Samples /proc/<pid>/fd (Linux) every few milliseconds and records every open file whose path
 * starts with `dir`. SQLite deletes its temp files right after opening them, so they never show in
 * a directory listing; an open descriptor is the only trace. Worker threads share the table.
 */
export function watchOpenFiles(pid: number, dir: string, everyMs = 2): { stop(): string[] } {
  const seen = new Set<string>();
  const sample = () => {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      return; // the process has exited
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith(dir)) seen.add(target);
      } catch {
        // closed between the listing and the read
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return [...seen];
    },
  };
}
