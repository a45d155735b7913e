// renderer_list_100k: the real renderer in headless Chromium against `dpo serve` on the benchmark
// data folder. Inside the page: from the first request.list response arriving to the first rows
// painted (the frame after they are in the DOM), then the worst frame while the list is scrolled
// programmatically from top to bottom. Needs `npm run build` (the served renderer and bin/dpo.cjs).
//
// Baseline (bareList): the same first page, fetched from the same host, laid out by hand in a
// blank page with no framework: parse, write as many plain rows as the app showed, wait for the
// frame that paints them; then scroll a hand-written virtual list of the same height (rows
// rewritten from that page's data on every frame, no fetching) the same way. That is the floor
// the browser and this machine set for the two figures.
import { startServe, stopServe } from '../../support/browser';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { LIST_PAGE_SIZE } from '../../../shared/model/request';
import { median, result, type Result } from '../measure';
import { PASSPHRASE } from '../workbench';
import { requestListFilters } from '../../../renderer/src/features/requests/list-view';

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

/**
 * Installed in both pages (the app's and the baseline's): scrolls an element from top to bottom
 * in 240 steps, one per frame, and returns each frame's duration.
 */
const SCROLL = `window.__benchScroll = (el) => new Promise((resolve) => {
  const frames = [];
  const steps = 240;
  const stride = Math.max(1, Math.floor((el.scrollHeight - el.clientHeight) / steps));
  let last = performance.now();
  let i = 0;
  const frame = (t) => {
    frames.push(t - last);
    last = t;
    if (i++ >= steps) return resolve(frames);
    el.scrollTop = Math.min(el.scrollHeight, i * stride);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(frame);
  });
});`;

interface ScrollWindow {
  __benchScroll(el: HTMLElement): Promise<number[]>;
}

/** In the page: waits for rows, marks the painted frame, then scrolls and returns frame times. */
async function measureInPage(): Promise<{ firstRowsMs: number; worstFrameMs: number; frames: number; rowsShown: number }> {
  const rows = () => document.querySelectorAll('[data-testid="request-rows"] [role="row"] .col-ref a').length;
  await new Promise<void>((resolve) => {
    const tick = () => (rows() > 0 && performance.getEntriesByName('list-data').length ? resolve() : requestAnimationFrame(tick));
    tick();
  });
  // The frame after the rows are in the DOM is the one that paints them.
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  performance.mark('rows-painted');
  const firstRowsMs = performance.measure('first-rows', 'list-data', 'rows-painted').duration;
  const rowsShown = rows();
  const el = document.querySelector('[data-testid="request-rows"]') as HTMLElement;
  const frames = await (window as unknown as ScrollWindow).__benchScroll(el);
  return { firstRowsMs, worstFrameMs: Math.max(...frames.slice(1)), frames: frames.length, rowsShown };
}

const ROW_HEIGHT = 44;

/** In a blank page: the baseline for both figures (see the header). */
async function bareList(arg: { body: string; total: number; rowsShown: number; rowHeight: number }): Promise<{ firstRowsMs: number; worstFrameMs: number }> {
  const t0 = performance.now();
  const rows = (JSON.parse(arg.body) as { result: { rows: Array<Record<string, string | null>> } }).result.rows;
  const cells = (r: Record<string, string | null>) =>
    `<div style="display:flex;height:${arg.rowHeight}px"><a href="#">${r.ref}</a><span>${r.name}</span><span>${r.type}</span><span>${r.status}</span><span>${r.received}</span><span>${r.due}</span></div>`;
  const el = document.createElement('div');
  el.style.cssText = 'height:800px;overflow:auto;position:relative';
  const inner = document.createElement('div');
  inner.style.cssText = `height:${arg.total * arg.rowHeight}px;position:relative`;
  const win = document.createElement('div');
  win.style.cssText = 'position:absolute;left:0;right:0;top:0';
  inner.appendChild(win);
  el.appendChild(inner);
  document.body.appendChild(el);
  win.innerHTML = rows.slice(0, arg.rowsShown).map(cells).join('');
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const firstRowsMs = performance.now() - t0;
  el.addEventListener('scroll', () => {
    const first = Math.floor(el.scrollTop / arg.rowHeight);
    win.style.transform = `translateY(${first * arg.rowHeight}px)`;
    win.innerHTML = Array.from({ length: arg.rowsShown }, (_, i) => cells(rows[(first + i) % rows.length]!)).join('');
  });
  const frames = await (window as unknown as ScrollWindow).__benchScroll(el);
  return { firstRowsMs, worstFrameMs: Math.max(...frames.slice(1)) };
}

export async function rendererFigures(dataDir: string, runs: number, total: number): Promise<Result[]> {
  if (!existsSync('bin/dpo.cjs') || !existsSync('dist/renderer')) throw new Error('renderer figure needs "npm run build" first');
  const { url, child } = await startServe(dataDir);
  try {
    const u = new URL(url);
    const unlock = await fetch(`${u.origin}/api/vault.unlock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${u.searchParams.get('token')}` },
      body: JSON.stringify({ passphrase: PASSPHRASE }),
    });
    if (!((await unlock.json()) as { ok: boolean }).ok) throw new Error('unlock over HTTP failed');
    // The whole register (the list opens on open requests; `open=` in its URL lifts that filter),
    // and the app's first page exactly as its list asks for it, decoded by the same URL codec the
    // screen uses (sorted by due), so both pages draw the same rows.
    const allRequests = new URLSearchParams('open=');
    const appInput = { ...requestListFilters.parse(allRequests), offset: 0, limit: LIST_PAGE_SIZE };
    const body = await (
      await fetch(`${u.origin}/api/request.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${u.searchParams.get('token')}` },
        body: JSON.stringify(appInput),
      })
    ).text();
    const shownTotal = (JSON.parse(body) as { result: { total: number } }).result.total;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const first: number[] = [];
    const worst: number[] = [];
    const bareFirst: number[] = [];
    const bareWorst: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript(INIT);
        await page.addInitScript(SCROLL);
        await page.goto(`${url}#/requests?${allRequests}`);
        const m = await page.evaluate(measureInPage);
        first.push(m.firstRowsMs);
        worst.push(m.worstFrameMs);
        await page.close();
        const bare = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await bare.evaluate(SCROLL);
        const b = await bare.evaluate(bareList, { body, total: shownTotal, rowsShown: Math.max(1, m.rowsShown), rowHeight: ROW_HEIGHT });
        bareFirst.push(b.firstRowsMs);
        bareWorst.push(b.worstFrameMs);
        await bare.close();
      }
    } finally {
      await browser.close();
    }
    const label = total >= 1000 ? `${Math.round(total / 1000)}k` : String(total);
    return [
      result(`renderer_list_${label}_first_rows_ms`, 'ms', median(first), median(bareFirst)),
      result(`renderer_list_${label}_worst_frame_ms`, 'ms', median(worst), median(bareWorst)),
    ];
  } finally {
    await stopServe(child);
  }
}
