// Reports run on a worker thread (main/workers/report-worker.ts) through the core's job runner:
// the UI follows `job.progress` and may stop it with `job.cancel`, by the id it chose. Code bundled
// without the worker's hash (the sources under test without a build) generates inline through
// the same code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportInfo } from '../../../shared/model/report';
import type { JobRunner } from '../../jobs/job-runner';
import type { WorkerBundle } from '../../jobs/verified-worker';
import type { Store } from '../../store/store';
import type { Session } from '../session';
import { generateReport, type Step } from './generate';
import { REPORT_KINDS, type ReportJobInput, type ReportJobKind } from './registry';

export interface ReportJobData<K extends ReportJobKind = ReportJobKind> {
  dataDir: string;
  /** The data key, copied into the worker's memory only; zeroed there as soon as it is used. */
  key: Uint8Array;
  kind: K;
  input: ReportJobInput<K>;
  actor: string;
}

/**
 * The report worker's V8 old-space limit. Under the default limit V8 let the garbage of a laid-out
 * pack pile up (a 10,000-request pack peaked at over 500 MB of RSS with some 50 MB live); capped,
 * it collects as it goes. The live heap grows by about 0.4 KB per table row (the printed parent
 * tree, the cross-reference offsets), so a 100,000-request pack (200,000 rows) needs some 100 MB:
 * the limit leaves room for it. The benchmark runs the pack under the same limit.
 */
export const REPORT_HEAP_MB = 192;

// Set by the build (scripts/worker-hash.mjs): the SHA-256 of the report worker bundle.
declare const __REPORT_WORKER_SHA256__: string | undefined;

export function reportWorker(): WorkerBundle | null {
  const sha256 = typeof __REPORT_WORKER_SHA256__ === 'string' ? __REPORT_WORKER_SHA256__ : null;
  if (!sha256) return null;
  const here = typeof __dirname === 'string' ? __dirname : resolve(process.cwd(), 'dist');
  const candidates = [join(here, 'workers', 'report-worker.cjs'), join(here, '..', 'workers', 'report-worker.cjs'), resolve(process.cwd(), 'dist', 'workers', 'report-worker.cjs')];
  const file = candidates.find((c) => existsSync(c));
  return file ? { file, sha256 } : null;
}

/** Generates one report of `kind` on this thread (the worker's body, and the fallback). */
export function generateKind<K extends ReportJobKind>(store: Store, kind: K, input: ReportJobInput<K>, actor: string, step: Step): ReportInfo {
  const spec = REPORT_KINDS[kind] as unknown as { lang(i: unknown): ReturnType<(typeof REPORT_KINDS)[K]['lang']>; plan: (env: Parameters<(typeof REPORT_KINDS)[K]['plan']>[0], i: unknown) => ReturnType<(typeof REPORT_KINDS)[K]['plan']> };
  return generateReport(store, actor, spec.lang(input), (env) => spec.plan(env, input), step);
}

/** Runs a report as a job: on the worker when this build has one, else inline. */
export function runReport<K extends ReportJobKind>(jobs: JobRunner, session: Session, kind: K, input: ReportJobInput<K> & { progressId?: string | undefined }, actor: string): Promise<ReportInfo> {
  const worker = reportWorker();
  if (!worker) {
    const store = session.requireStore();
    return Promise.resolve(generateKind(store, kind, input, actor, () => {}));
  }
  return jobs.run<ReportJobData<K>, ReportInfo>({
    id: input.progressId,
    worker,
    // The key is copied only once the worker's bytes are checked.
    prepare: () => {
      const key = new Uint8Array(session.requireKey());
      return { data: { dataDir: session.dataDir, key, kind, input, actor }, transferList: [key.buffer as ArrayBuffer] };
    },
    what: 'The report',
    resourceLimits: { maxOldGenerationSizeMb: REPORT_HEAP_MB },
  });
}
