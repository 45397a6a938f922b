// Every security decision of the shell in one file. The rules are plain functions (tested in
// Node); `applySecurity` hands them to Electron. Only types are imported from electron here.
import type { App, IpcMainInvokeEvent, Session, WebContents, WebPreferences } from 'electron';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bahi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** No unsafe-eval, no remote code; inline styles only because Mantine sets style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const WEB_PREFERENCES: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
};

/**
 * Map a request path to a file under `root`, or null when it would escape it
 * (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = normalize(decoded.replace(/^\/+/, '') || 'index.html');
  if (isAbsolute(relativePath)) return null;
  const absoluteRoot = resolve(root);
  const target = resolve(join(absoluteRoot, relativePath));
  const rel = relative(absoluteRoot, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return null;
  return target;
}

/** The renderer never navigates: it is one page served from our own origin. */
export function isNavigationAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Links we hand to the operating system: e-mail drafts and WhatsApp chats, nothing else. */
export function isAllowedExternalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'mailto:') return true;
  return u.protocol === 'https:' && u.hostname === 'wa.me' && u.port === '' && u.username === '';
}

/** An IPC message is answered only when it comes from our own page's main frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isNavigationAllowed(frameUrl);
}

export function senderIsTrusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isTrustedSender(frame.url, frame.parent === null);
}

interface ElectronParts {
  app: App;
  session: Session;
  openExternal: (url: string) => Promise<void>;
}

/** Install every guard: navigation, new windows, permissions, webviews, external links. */
export function applySecurity({ app, session, openExternal }: ElectronParts): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void openExternal(url);
      return { action: 'deny' };
    });
  });
}
