import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts `dpo serve` on a data folder (extra environment variables in `env`) and resolves with the URL it prints. */
export function startServe(dataDir: string, env: Record<string, string> = {}): Promise<{ url: string; origin: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/dpo.cjs', 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dpo serve printed no URL: ${out} ${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, origin: new URL(m[1]!).origin, child });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`dpo serve exited ${code}: ${err}`)));
  });
}

/**
 * Stops `dpo serve` and waits until it has exited: on SIGTERM it locks and closes the database,
 * which writes to the data folder, so deleting the folder before the exit races with it.
 */
export async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  // Playwright gives each launch a fresh, empty profile folder of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return { browser, close: () => browser.close() };
}

/** Records console errors and every request leaving for another origin. */
export function watchPage(page: Page, origin: string): { consoleErrors: string[]; foreignRequests: string[] } {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  return { consoleErrors, foreignRequests };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join('test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export interface AppUnderTest {
  serve: { url: string; origin: string; child: ChildProcess };
  page: Page;
  watched: { consoleErrors: string[]; foreignRequests: string[] };
  close: () => Promise<void>;
}

/** `dpo serve` on a fresh data folder, Chromium, one page watched for errors and foreign requests. */
export async function openApp(dataDir: string, viewport = { width: 1280, height: 860 }): Promise<AppUnderTest> {
  const serve = await startServe(dataDir);
  const { browser, close } = await launchBrowser();
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const watched = watchPage(page, serve.origin);
  return {
    serve,
    page,
    watched,
    close: async () => {
      await close();
      await stopServe(serve.child);
    },
  };
}

/** The first-run screens as a person goes through them: passphrase twice, recovery code stored. */
export async function createVaultThroughUi(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to DPO Workbench' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat the passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create my encrypted workbench' }).click();
  await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 20_000 });
  await page.getByLabel('I have stored the recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to the workbench' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}

/**
 * Takes an action on a request page as a person does: its button opens a form of the same name,
 * `fill` fills it in, Confirm records it, and the form closes.
 */
export async function confirmAction(page: Page, label: string, fill: (p: Page) => Promise<void> = async () => undefined): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('form', { name: label });
  await form.waitFor();
  await fill(page);
  await form.getByRole('button', { name: 'Confirm' }).click();
  await form.waitFor({ state: 'detached' });
}
