// The populated benchmark workbench, kept between runs. Building the full data set (100,000
// requests, a million audit events, every step through the service path) takes about half an
// hour on a 2-core machine; the figures take minutes. So the built data folder is stored under
// node_modules/.cache/dpo-bench/, keyed by a hash of the plan (seed, scale, anchor date and every
// generated row and step), and each run measures a fresh copy of it: figures that write (create,
// encryption, unlock) never change the cached set, so two runs on the same day start equal.
// A cached folder written by an older build is opened like a user's: migrations bring it up to
// date on the copy. `--fresh` rebuilds it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DataSet } from './generator';
import type { PopulateStats } from './populate';

export const CACHE_ROOT = join('node_modules', '.cache', 'dpo-bench');
const MANIFEST = 'bench-dataset.json';

export interface DatasetManifest {
  key: string;
  stats: PopulateStats;
  builtAt: string;
  buildSeconds: number;
}

/** Hash of everything that decides the data set's content. */
export function planKey(scale: string, data: DataSet): string {
  const h = createHash('sha256').update(JSON.stringify({ scale, options: data.options }));
  for (const q of data.requests) h.update(JSON.stringify(q));
  for (const d of data.disclosures) h.update(JSON.stringify(d));
  return h.digest('hex').slice(0, 16);
}

export function cacheDir(scale: string, key: string): string {
  return join(CACHE_ROOT, `dataset-${scale}-${key}`);
}

/** The manifest of a complete cached data set, or null (missing, partial or another plan). */
export function readCached(dir: string, key: string): DatasetManifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as DatasetManifest;
    return m.key === key ? m : null;
  } catch {
    return null;
  }
}

/** Publishes a built data folder as the cache: copied beside it, manifest last, then renamed. */
export function storeCached(built: string, dir: string, manifest: DatasetManifest): void {
  mkdirSync(dirname(dir), { recursive: true });
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(built, partial, { recursive: true });
  writeFileSync(join(partial, MANIFEST), JSON.stringify(manifest) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  // One data set per scale is enough: older plans (another day's anchor) are dropped.
  const prefix = `dataset-${basename(dir).split('-')[1]}-`;
  for (const d of readdirSync(dirname(dir))) if (d.startsWith(prefix) && join(dirname(dir), d) !== dir) rmSync(join(dirname(dir), d), { recursive: true, force: true });
}

/** A working copy of the cached data folder in `into` (the cache itself stays untouched). */
export function copyCached(dir: string, into: string): string {
  if (!existsSync(dir)) throw new Error(`no cached data set at ${dir}`);
  cpSync(dir, into, { recursive: true });
  rmSync(join(into, MANIFEST), { force: true });
  return into;
}
