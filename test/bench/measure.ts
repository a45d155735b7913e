// Measurement helpers: every figure is taken several times and the median reported, next to a
// baseline doing the same work the most direct way in the same run.
export interface Result {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Runs `fn` `runs` times and returns the median of its milliseconds. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function result(name: string, unit: string, value: number, baseline: number | null): Result {
  return { name, unit, value: round(value), baseline: baseline === null ? null : round(baseline), ratio: baseline ? round(value / baseline) : null };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function table(results: Result[]): string {
  const rows = results.map((r) => [r.name, `${r.value} ${r.unit}`, r.baseline === null ? '—' : `${r.baseline} ${r.unit}`, r.ratio === null ? '—' : `${r.ratio}x`]);
  const head = ['figure', 'value (median)', 'baseline (median)', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Runs `fn` `runs` times; `fn` times the part that counts itself (setup excluded) and returns ms. */
export async function medianOf(runs: number, fn: () => number | Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  return median(times);
}

/** Times each call of `fn` over `n` iterations (after `warmup` untimed ones). */
export async function sampleMs(n: number, fn: (i: number) => unknown | Promise<unknown>, warmup = Math.min(20, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}
