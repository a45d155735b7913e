// The Electron shell, kept thin: lifecycle, one hardened window, the IPC carrier, the menu.
// Everything it calls is the same core that the CLI and browser mode run under plain Node.
import { app, BrowserWindow, ipcMain, Menu, protocol, session as electronSession } from 'electron';
import { join } from 'node:path';
import { createCore } from '../app/core';
import { registerIpcCarrier } from '../transport/ipc-carrier';
import { resolveDataDir, PRODUCT_NAME } from '../app/data-dir';
import { hardenSession, hardenWebContents, isAppUrl, SECURE_WEB_PREFERENCES } from './security';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolFetchResponse } from './app-protocol';
import { safeStorageKeyring } from './safe-storage-keyring';
import { buildMenu } from './menu';
import { startReminderNotifications } from './reminders';
import { noticeRoute } from './reminder-batch';

app.setName(PRODUCT_NAME);
// Crash dumps could hold decrypted records: never write or upload them.
app.commandLine.appendSwitch('disable-crash-reporter');
app.commandLine.appendSwitch('disable-breakpad');
// Privileges can only be granted before 'ready' (Electron's protocol API).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const rendererRoot = join(__dirname, '..', 'renderer');
  const dataDir = resolveDataDir(process.env.DPO_DATA_DIR, process.env);
  const core = createCore({ dataDir, host: 'electron', keyring: safeStorageKeyring, backgroundJobs: true });
  // The window's only source of pages and scripts: the bundled renderer files (app-protocol.ts).
  protocol.handle(APP_SCHEME, (request) => appProtocolFetchResponse(request, rendererRoot));
  hardenSession(electronSession.defaultSession);
  registerIpcCarrier(ipcMain, core.dispatch, isAppUrl);
  Menu.setApplicationMenu(buildMenu(app.isPackaged));

  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents));

  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: !app.isPackaged, preload: join(__dirname, 'preload.cjs') },
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY_URL);

  const stopReminders = startReminderNotifications(core, (open) => {
    win.show();
    void win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#${noticeRoute(open)}`)}`);
  });

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('window-all-closed', () => {
    stopReminders();
    core.session.lock();
    app.quit();
  });
  app.on('before-quit', () => core.session.lock());
}
