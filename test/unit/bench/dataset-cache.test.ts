// The benchmark's kept data set: reused only for the very same plan, published whole or not at
// all, and never changed by a run (each run measures a copy).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyCached, planKey, readCached, storeCached } from '../../bench/dataset-cache';
import { generate } from '../../bench/generator';
import { tempDir } from '../../support/temp';

const plan = (seed: number) => generate({ seed, requests: 50, auditEvents: 0, disclosures: 20, recipients: 10, years: 1, anchor: '2026-11-28' });
const stats = { steps: 1, refused: 0, firstRefusal: null, auditEvents: 2, ms: 3 };

describe('benchmark data set cache', () => {
  it('keys on the plan: the same seed and scale give the same key, anything else another', () => {
    expect(planKey('small', plan(1))).toBe(planKey('small', plan(1)));
    expect(planKey('small', plan(2))).not.toBe(planKey('small', plan(1)));
    expect(planKey('full', plan(1))).not.toBe(planKey('small', plan(1)));
  });

  it('reuses a stored set for its own key only, and hands out copies', () => {
    const root = tempDir('dpo-bench-cache-');
    const built = join(root, 'built');
    mkdirSync(built);
    writeFileSync(join(built, 'workbench.db'), 'db bytes');
    const key = planKey('small', plan(1));
    const dir = join(root, 'cache', `dataset-small-${key}`);
    expect(readCached(dir, key)).toBeNull();
    storeCached(built, dir, { key, stats, builtAt: 'now', buildSeconds: 1 });
    expect(readCached(dir, key)?.stats).toEqual(stats);
    expect(readCached(dir, 'another-key')).toBeNull();
    expect(existsSync(`${dir}.partial`)).toBe(false);

    const copy = copyCached(dir, join(root, 'run'));
    writeFileSync(join(copy, 'workbench.db'), 'changed by a run');
    expect(readFileSync(join(dir, 'workbench.db'), 'utf8')).toBe('db bytes');
    expect(existsSync(join(copy, 'bench-dataset.json'))).toBe(false);
  });

  it('drops older sets of the same scale when a new one is stored', () => {
    const root = tempDir('dpo-bench-cache-');
    const built = join(root, 'built');
    mkdirSync(built);
    const old = join(root, 'cache', 'dataset-small-0000');
    storeCached(built, old, { key: '0000', stats, builtAt: 'then', buildSeconds: 1 });
    const keep = join(root, 'cache', 'dataset-full-1111');
    storeCached(built, keep, { key: '1111', stats, builtAt: 'then', buildSeconds: 1 });
    storeCached(built, join(root, 'cache', 'dataset-small-2222'), { key: '2222', stats, builtAt: 'now', buildSeconds: 1 });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(keep)).toBe(true);
  });
});
