import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localUser } from '../../shared/auth';
import type { Browser, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ORIGIN, appProtocolResponse } from '../../main/electron/app-protocol';
import { createCore } from '../../main/app/core';
import { CONTENT_SECURITY_POLICY } from '../../main/transport/csp';
import { launchBrowser, screenshot } from '../support/browser';
import { tempDir } from '../support/temp';

// Electron cannot run here, so the desktop window's loading path is reproduced in Chromium: the
// same built files through the same app:// handler function, at an origin that is not file://.
// Playwright's request interception stands in for Electron's protocol.handle; the API calls go
// to a real core on a fresh data folder, as the preload's IPC bridge would.
const root = resolve('dist', 'renderer');
const ORIGIN = 'https://workbench.invalid';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
}, 60_000);

afterAll(async () => {
  await close?.();
});

/** Collects CSP violations from the first script on, before the app's own code runs. */
async function watchCsp(page: Page): Promise<{ console: string[]; events: () => Promise<string[]> }> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { console: consoleErrors, events: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

describe('the desktop window\'s loading path in Chromium', () => {
  it('the built renderer served through the app:// handler renders the first-run screen, with no CSP violation at load', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    const page = await browser.newPage();
    const foreign: string[] = [];
    await page.route('**/*', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.origin !== ORIGIN) {
        foreign.push(req.url());
        return route.abort();
      }
      if (url.pathname.startsWith('/api/')) {
        const result = await core.dispatch(decodeURIComponent(url.pathname.slice(5)), JSON.parse(req.postData() || '{}'), { principal: localUser('test') });
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(result) });
      }
      const res = appProtocolResponse(`${APP_ORIGIN}${url.pathname}${url.search}`, req.method(), root);
      return route.fulfill({ status: res.status, headers: res.headers, body: Buffer.from(res.body) });
    });
    const csp = await watchCsp(page);
    const response = await page.goto(`${ORIGIN}/index.html?token=test`);
    // The page runs under the handler's CSP header (and the build's meta tag).
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('heading', { name: 'Welcome to DPO Workbench' }).waitFor();
    expect((await page.locator('#root').innerHTML()).length).toBeGreaterThan(100);
    await screenshot(page, 'app-protocol-first-run');
    // No library probes for eval (zod's JIT check) or anything else the CSP refuses.
    expect(await csp.events()).toEqual([]);
    expect(csp.console).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('why not file://: the same built index.html opened from disk leaves the root empty', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(resolve(root, 'index.html')).href);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    // Chromium refuses the `type="module" crossorigin` script from the null origin of file://
    // (what Electron does too once the grantFileProtocolExtraPrivileges fuse is off).
    expect(await page.locator('#root').innerHTML()).toBe('');
    expect(errors.join('\n')).toMatch(/CORS|origin 'null'|blocked/i);
    await page.close();
  });
});
