// A job's V8 heap limit reaches its worker thread: the report worker runs under REPORT_HEAP_MB so
// the garbage of a long PDF is collected as it goes instead of piling up to hundreds of MB of RSS.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobRunner } from '../../../main/jobs/job-runner';
import { REPORT_HEAP_MB } from '../../../main/services/reports/job';
import { tempDir } from '../../support/temp';

// A worker that answers with the heap limit V8 gave its thread, in MB.
const SOURCE = "require('node:worker_threads').parentPort.postMessage({ type: 'done', result: require('node:v8').getHeapStatistics().heap_size_limit / 1048576 });";

function bundle() {
  const file = join(tempDir(), 'heap-limit-worker.cjs');
  writeFileSync(file, SOURCE);
  return { file, sha256: createHash('sha256').update(SOURCE).digest('hex') };
}

describe('job resource limits', () => {
  it('a job with resourceLimits runs its worker under that old-space limit; one without does not', async () => {
    const jobs = new JobRunner();
    const worker = bundle();
    const capped = await jobs.run<null, number>({ worker, prepare: () => ({ data: null }), what: 'The test', resourceLimits: { maxOldGenerationSizeMb: REPORT_HEAP_MB } });
    const free = await jobs.run<null, number>({ worker, prepare: () => ({ data: null }), what: 'The test' });
    // The limit counts the young generation too (a few MB to a few tens of MB on top).
    expect(capped).toBeGreaterThanOrEqual(REPORT_HEAP_MB);
    expect(capped).toBeLessThan(REPORT_HEAP_MB + 64);
    expect(free).toBeGreaterThan(REPORT_HEAP_MB * 3);
  });
});
