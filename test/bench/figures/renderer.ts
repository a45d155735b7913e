// renderer_list_100k: the real renderer in headless Chromium against `dpo serve` on the benchmark
// data folder. Inside the page: from the first request.list response arriving to the first rows
// painted (the frame after they are in the DOM), then the worst frame while the list is scrolled
// programmatically from top to bottom. Needs `npm run build` (the served renderer and bin/dpo.cjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { median, result, type Result } from '../measure';
import { PASSPHRASE } from '../workbench';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installed before the app's scripts: marks the first request.list response. */
const INIT = `(() => {
  const orig = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const res = await orig(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if (url.includes('/api/request.list') && !performance.getEntriesByName('list-data').length) {
      const body = await res.clone().text();
      performance.mark('list-data', { detail: body.length });
    }
    return res;
  };
})();`;

/** In the page: waits for rows, marks the painted frame, then scrolls and returns frame times. */
async function measureInPage(): Promise<{ firstRowsMs: number; worstFrameMs: number; frames: number }> {
  const rows = () => document.querySelectorAll('[data-testid="request-rows"] [role="row"] .col-ref a').length;
  await new Promise<void>((resolve) => {
    const tick = () => (rows() > 0 && performance.getEntriesByName('list-data').length ? resolve() : requestAnimationFrame(tick));
    tick();
  });
  // The frame after the rows are in the DOM is the one that paints them.
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  performance.mark('rows-painted');
  const firstRowsMs = performance.measure('first-rows', 'list-data', 'rows-painted').duration;
  const el = document.querySelector('[data-testid="request-rows"]') as HTMLElement;
  const frames: number[] = [];
  const steps = 240;
  const stride = Math.max(1, Math.floor((el.scrollHeight - el.clientHeight) / steps));
  await new Promise<void>((resolve) => {
    let last = performance.now();
    let i = 0;
    const frame = (t: number) => {
      frames.push(t - last);
      last = t;
      if (i++ >= steps) return resolve();
      el.scrollTop = Math.min(el.scrollHeight, i * stride);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(frame);
    });
  });
  return { firstRowsMs, worstFrameMs: Math.max(...frames.slice(1)), frames: frames.length };
}

export async function rendererFigures(dataDir: string, runs: number, total: number): Promise<Result[]> {
  if (!existsSync('bin/dpo.cjs') || !existsSync('dist/renderer')) throw new Error('renderer figure needs "npm run build" first');
  const child = spawn(process.execPath, ['bin/dpo.cjs', 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`dpo serve printed no URL: ${out}`)), 30_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`dpo serve exited ${code}`)));
    });
    const u = new URL(url);
    const unlock = await fetch(`${u.origin}/api/vault.unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${u.searchParams.get('token')}` },
      body: JSON.stringify({ passphrase: PASSPHRASE }),
    });
    if (!((await unlock.json()) as { ok: boolean }).ok) throw new Error('unlock over HTTP failed');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const first: number[] = [];
    const worst: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript(INIT);
        await page.goto(`${url}#/requests`);
        const m = await page.evaluate(measureInPage);
        first.push(m.firstRowsMs);
        worst.push(m.worstFrameMs);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const label = total >= 1000 ? `${Math.round(total / 1000)}k` : String(total);
    return [
      result(`renderer_list_${label}_first_rows_ms`, 'ms', median(first), null),
      result(`renderer_list_${label}_worst_frame_ms`, 'ms', median(worst), null),
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
