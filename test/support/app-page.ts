// One browser test's app: `dpo serve` on a fresh data folder, Chromium with one page watched for
// console errors and foreign requests, the vault created through the first-run screens, and the
// helpers every screen test uses (the app's API from inside the page, screenshots, axe-core, hash
// navigation). The browser test files had each grown their own copy of all this; one copy here
// keeps them alike, and each file keeps only its seed data and its checks.
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createVaultThroughUi, launchBrowser, startServe, stopServe, watchPage } from './browser';
import { PASSPHRASE } from './temp';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AppPageOptions {
  /** Names the data folder (dpo-e2e-<name>-…) so a leftover one says which test made it. */
  name: string;
  /** Where screenshots go unless SHOTS_DIR says otherwise. */
  shots: string;
  /** The browser window; 1024 px wide is the narrowest a DPO's laptop has. */
  viewport?: { width: number; height: number };
  /**
   * Whether axe-core is injected. It needs the page's Content-Security-Policy bypassed, for this
   * browser context only; a test that checks what the policy blocks says `axe: false`.
   */
  axe?: boolean;
  /**
   * Whether the page goes to the app and creates the vault through the first-run screens. A test
   * of those screens themselves says `vault: false` and goes to `serve.url` on its own.
   */
  vault?: boolean;
  /** Listeners that must see the page from its first request on (before it goes to the app). */
  onPage?: (page: Page) => void;
}

export interface AppPage {
  readonly dataDir: string;
  readonly serve: { url: string; origin: string };
  readonly page: Page;
  readonly watched: { consoleErrors: string[]; foreignRequests: string[] };
  /** Calls /api/<op> from inside the page with its session token, as the renderer does. */
  api<T = unknown>(op: string, input: unknown): Promise<T>;
  /** A full-page screenshot, <shots>/<name>.png. */
  shoot(name: string): Promise<void>;
  /** Serious and critical axe violations on the page as it is now: rule, and where (first few). */
  axeProblems(): Promise<string[]>;
  /** Goes to a hash route and waits until `ready` says the screen is there. */
  go(hash: string, ready: () => Promise<unknown>): Promise<void>;
}

/**
 * Registers the beforeAll that opens the app (vault created, page on the dashboard) and the
 * afterAll that closes the browser, stops `dpo serve` and removes the data folder. Call it at the
 * top of a test file, before the file's own beforeAll: hooks run in the order they are registered,
 * so the page is ready when the file seeds its data.
 */
export function useAppPage(options: AppPageOptions): AppPage {
  const { viewport = { width: 1024, height: 900 }, axe = true, vault = true } = options;
  const shots = process.env.SHOTS_DIR ?? options.shots;
  const dataDir = mkdtempSync(join(tmpdir(), `dpo-e2e-${options.name}-`));
  let serve: Awaited<ReturnType<typeof startServe>> | undefined;
  let browser: { browser: Browser; close: () => Promise<void> } | undefined;
  let page: Page | undefined;
  let watched: AppPage['watched'] | undefined;

  const opened = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The app is not open yet: ${what} is there from the beforeAll of useAppPage on.`);
    return value;
  };
  const thePage = () => opened(page, 'the page');

  beforeAll(async () => {
    serve = await startServe(dataDir);
    browser = await launchBrowser();
    const context = await browser.browser.newContext({ viewport, bypassCSP: axe, acceptDownloads: true });
    page = await context.newPage();
    watched = watchPage(page, serve.origin);
    options.onPage?.(page);
    if (!vault) return;
    await page.goto(serve.url);
    await createVaultThroughUi(page, PASSPHRASE);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (serve) await stopServe(serve.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    dataDir,
    get serve() {
      return opened(serve, 'dpo serve');
    },
    get page() {
      return thePage();
    },
    get watched() {
      return opened(watched, 'the watch on the page');
    },

    async api<T>(op: string, input: unknown): Promise<T> {
      const res = await thePage().evaluate(
        async ([o, body]) => {
          const token = sessionStorage.getItem('dpo.token');
          const out = await fetch(`/api/${o}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
          return out.json();
        },
        [op, input] as const,
      );
      if (!res.ok) throw new Error(`${op}: ${JSON.stringify(res.error)}`);
      return res.result as T;
    },

    async shoot(name: string): Promise<void> {
      mkdirSync(shots, { recursive: true });
      await thePage().screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    },

    async axeProblems(): Promise<string[]> {
      if (!axe) throw new Error('axe-core needs the page opened with axe: true (its CSP bypassed).');
      const p = thePage();
      if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: AXE_SOURCE });
      return p.evaluate(async () => {
        const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } };
        const result = await w.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} in all` : ''}`);
      });
    },

    async go(hash: string, ready: () => Promise<unknown>): Promise<void> {
      await thePage().evaluate((h) => (window.location.hash = h), hash);
      await ready();
    },
  };
}
