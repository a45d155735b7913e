import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import { EventEmitter } from 'node:events';
import { CONTENT_SECURITY_POLICY } from '../../../main/transport/csp';
import { SECURE_WEB_PREFERENCES } from '../../../main/electron/security';
import { IPC_CALL_CHANNEL } from '../../../main/transport/ipc-channel';
import { tempDir } from '../../support/temp';

// Electron's binary cannot be installed here, so the real built shell (dist/main/electron.cjs and
// dist/main/preload.cjs, from `npm test`'s build) runs under Node against a stand-in `electron`
// module that records what the shell asks of Electron. Every check below fails if the shell
// weakens a setting, drops a handler or loads the window any other way.

type Handler = (...args: never[]) => unknown;

/** Runs a built CommonJS bundle with `electron` replaced by `fake`. */
function runBundle(file: string, fake: unknown): void {
  const realRequire = createRequire(file);
  const required: string[] = [];
  const req = Object.assign((id: string) => {
    required.push(id);
    return id === 'electron' ? fake : realRequire(id);
  }, realRequire);
  const module = { exports: {} };
  compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file })(module.exports, req, module, file, dirname(file));
}

function fakeElectron() {
  const log: string[] = [];
  const appEvents = new Map<string, Handler>();
  const rec = {
    log,
    appEvents,
    switches: [] as string[],
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (r: { url: string; method: string }) => Response>(),
    windows: [] as { options: Record<string, unknown>; loadedUrls: string[]; loadedFiles: string[] }[],
    ipc: new Map<string, Handler>(),
    permissionRequest: null as null | Handler,
    permissionCheck: null as null | Handler,
    beforeRequest: null as null | Handler,
    headersReceived: null as null | Handler,
  };
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));
  class BrowserWindow {
    readonly record;
    webContents = { executeJavaScript: async () => undefined };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loadedUrls: [] as string[], loadedFiles: [] as string[] };
      rec.windows.push(this.record);
    }
    once() {}
    show() {}
    async loadURL(url: string) {
      this.record.loadedUrls.push(url);
    }
    async loadFile(file: string) {
      this.record.loadedFiles.push(file);
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      setName: () => {},
      commandLine: { appendSwitch: (s: string) => rec.switches.push(s) },
      requestSingleInstanceLock: () => true,
      whenReady: () => {
        log.push('whenReady');
        return ready;
      },
      on: (event: string, fn: Handler) => appEvents.set(event, fn),
      quit: () => log.push('quit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => {
        log.push('registerSchemesAsPrivileged');
        rec.privileged.push(...s);
      },
      handle: (scheme: string, fn: (r: { url: string; method: string }) => Response) => rec.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Handler) => (rec.permissionCheck = fn),
        webRequest: {
          onBeforeRequest: (fn: Handler) => (rec.beforeRequest = fn),
          onHeadersReceived: (fn: Handler) => (rec.headersReceived = fn),
        },
      },
    },
    ipcMain: { handle: (channel: string, fn: Handler) => rec.ipc.set(channel, fn), removeHandler: () => {} },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => {} },
    BrowserWindow,
    safeStorage: { isEncryptionAvailable: () => false },
    Notification: { isSupported: () => false },
  };
  return { electron, rec, ready: () => readyResolve() };
}

const dist = resolve('dist', 'main');
let rec: ReturnType<typeof fakeElectron>['rec'];
const savedDataDir = process.env.DPO_DATA_DIR;

beforeAll(async () => {
  const fake = fakeElectron();
  rec = fake.rec;
  process.env.DPO_DATA_DIR = tempDir('dpo-shell-');
  runBundle(resolve(dist, 'electron.cjs'), fake.electron);
  fake.ready();
  await new Promise((r) => setTimeout(r, 200));
});

afterAll(() => {
  // The shell's own shutdown: stops reminders and locks the session.
  (rec.appEvents.get('window-all-closed') as () => void)?.();
  if (savedDataDir === undefined) delete process.env.DPO_DATA_DIR;
  else process.env.DPO_DATA_DIR = savedDataDir;
});

describe('the built Electron shell, driven through a stand-in electron module', () => {
  it('registers app:// as privileged before ready, no more than standard + secure + fetch', () => {
    expect(rec.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(rec.log.indexOf('whenReady'));
    expect(rec.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(rec.switches).toEqual(expect.arrayContaining(['disable-crash-reporter', 'disable-breakpad']));
  });

  it('opens one window, isolated and sandboxed, without devtools when packaged, loading app://workbench/', () => {
    expect(rec.windows).toHaveLength(1);
    const w = rec.windows[0]!;
    expect(w.loadedUrls).toEqual(['app://workbench/index.html']);
    expect(w.loadedFiles).toEqual([]);
    // SECURE_WEB_PREFERENCES itself is pinned value by value in security.test.ts; here the built
    // shell must use exactly it, plus devTools off when packaged and the bundled preload.
    expect(w.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      devTools: false,
      preload: resolve(dist, 'preload.cjs'),
    });
  });

  it('the app:// handler serves the bundled renderer with the CSP and nothing outside it', async () => {
    const handle = rec.protocolHandlers.get('app')!;
    expect([...rec.protocolHandlers.keys()]).toEqual(['app']);
    const index = handle({ url: 'app://workbench/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toBe(readFileSync(resolve('dist', 'renderer', 'index.html'), 'utf8'));
    for (const url of ['app://workbench/%2e%2e/main/electron.cjs', 'app://workbench/..%2fmain%2fpreload.cjs', 'app://workbench/..%5ccli.cjs', 'app://other/index.html']) {
      expect(handle({ url, method: 'GET' }).status, url).toBe(404);
    }
  });

  it('denies every permission and cancels every request that is not the app\'s own', () => {
    let granted: boolean | undefined;
    (rec.permissionRequest as (wc: unknown, p: string, cb: (g: boolean) => void) => void)(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect((rec.permissionCheck as () => boolean)()).toBe(false);
    const cancel = (url: string) => {
      let out: { cancel: boolean } | undefined;
      (rec.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (out = r));
      return out!.cancel;
    };
    expect(cancel('app://workbench/assets/x.js')).toBe(false);
    expect(cancel('https://example.com/')).toBe(true);
    expect(cancel('file:///etc/passwd')).toBe(true);
    let headers: Record<string, string[]> | undefined;
    (rec.headersReceived as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('every web contents refuses navigation away, redirects, new windows and webviews', () => {
    const contents = Object.assign(new EventEmitter(), { openHandler: null as null | (() => { action: string }), setWindowOpenHandler(fn: () => { action: string }) { this.openHandler = fn; } });
    (rec.appEvents.get('web-contents-created') as (e: unknown, c: unknown) => void)({}, contents);
    const prevented = (event: string, url?: string) => {
      let p = false;
      contents.emit(event, { preventDefault: () => (p = true) }, url);
      return p;
    };
    expect(prevented('will-navigate', 'app://workbench/index.html#/requests')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://workbench/%2e%2e/x.html']) expect(prevented('will-navigate', url), url).toBe(true);
    expect(prevented('will-redirect', 'app://workbench/index.html')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(contents.openHandler!()).toEqual({ action: 'deny' });
  });

  it('IPC answers only the top-level app:// frame', async () => {
    expect([...rec.ipc.keys()]).toEqual([IPC_CALL_CHANNEL]);
    const call = rec.ipc.get(IPC_CALL_CHANNEL) as (e: unknown, op: string, input: unknown) => Promise<{ ok: boolean; error?: { message: string } }>;
    const top = { parent: null, url: 'app://workbench/index.html#/' };
    expect(await call({ senderFrame: top }, 'app.status', {})).toMatchObject({ ok: true });
    for (const frame of [null, { parent: top, url: 'app://workbench/index.html' }, { parent: null, url: 'file:///opt/app/dist/renderer/index.html' }, { parent: null, url: 'https://evil.example/' }]) {
      expect(await call({ senderFrame: frame }, 'app.status', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/did not come from the workbench window/) } });
    }
  });

  it('the preload exposes one function, dpoBridge.call, which only invokes the one channel', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    runBundle(resolve(dist, 'preload.cjs'), {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args) },
    });
    expect(Object.keys(exposed)).toEqual(['dpoBridge']);
    const bridge = exposed.dpoBridge as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(bridge)).toEqual(['call']);
    await bridge.call!('request.list', { limit: 1 });
    expect(invoked).toEqual([[IPC_CALL_CHANNEL, 'request.list', { limit: 1 }]]);
  });
});
