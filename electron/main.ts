// The Electron shell: one window, one ledger, one IPC door. Everything else runs in plain Node.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result } from '../shared/result';
import { createHostRouter, currentActor } from './ipc/host';
import type { Workspace } from './ipc/context';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  applySecurity,
  resolveInside,
  senderIsTrusted,
} from './security';
import { dataDirWorkspace } from './workspace';

export const INVOKE_CHANNEL = 'bahi:invoke';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit(); // one ledger, one writer: a second launch focuses the first window instead
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (e) => fail(e));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => workspace?.close());
}

function fail(e: unknown) {
  dialog.showErrorBox('Bahi cannot start', e instanceof Error ? e.message : String(e));
  app.quit();
}

function serveRenderer(rendererDir: string) {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** A hidden, sandboxed window holding one printable document, closed when done. */
async function withPrintWindow<T>(
  html: string,
  use: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const win = new BrowserWindow({ show: false, webPreferences: { ...WEB_PREFERENCES } });
  try {
    await win.loadURL(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
    // The bundled font must be in place before the page is laid out for print.
    await win.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    return await use(win);
  } finally {
    win.destroy();
  }
}

function start() {
  applySecurity({
    app,
    session: session.defaultSession,
    openExternal: (url) => shell.openExternal(url),
  });
  const root = app.getAppPath();
  serveRenderer(join(root, 'dist', 'renderer'));

  const actor = currentActor();
  try {
    workspace = dataDirWorkspace(app.getPath('userData'), actor, {
      migrationsFolder: app.isPackaged
        ? join(process.resourcesPath, 'migrations')
        : join(root, 'db', 'migrations'),
    });
  } catch (e) {
    fail(e);
    return;
  }
  const router = createHostRouter(workspace, actor, {
    checkOutputs: !app.isPackaged,
    reportsOffThread: true,
    // Only files under our own attachments folder reach here (paths come from content hashes).
    openFile: async (path) => {
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
    },
    renderPdf: (html) => withPrintWindow(html, (win) => win.webContents.printToPDF(PDF_OPTIONS)),
    printWithDialog: (html) =>
      withPrintWindow(
        html,
        (win) =>
          new Promise<boolean>((resolve, reject) =>
            win.webContents.print({ printBackground: true }, (ok, reason) =>
              ok || reason === 'cancelled' ? resolve(ok) : reject(new Error(reason)),
            ),
          ),
      ),
  });

  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
      if (!senderIsTrusted(event)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Request from an untrusted frame refused' },
        };
      }
      return router.dispatch(String(channel), input);
    },
  );

  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Bahi',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: join(__dirname, 'preload.cjs') },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
