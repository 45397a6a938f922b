import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  isAllowedExternalUrl,
  isNavigationAllowed,
  isTrustedSender,
  resolveInside,
} from './security';

const root = resolve('/srv/bahi/renderer');

describe('renderer file guard', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app-1234.js')).toBe(join(root, 'assets', 'app-1234.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/../renderer-evil/index.html',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toBeNull();
  });
});

describe('navigation and links', () => {
  it('allows only our own origin', () => {
    expect(isNavigationAllowed('app://bahi/index.html')).toBe(true);
    expect(isNavigationAllowed('app://evil/index.html')).toBe(false);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///C:/Windows/win.ini')).toBe(false);
    expect(isNavigationAllowed('not a url')).toBe(false);
  });

  it('opens only mailto: and WhatsApp links outside the app', () => {
    expect(isAllowedExternalUrl('mailto:accounts@acme.in?subject=Statement')).toBe(true);
    expect(isAllowedExternalUrl('https://wa.me/919822012345?text=Hello')).toBe(true);
    expect(isAllowedExternalUrl('http://wa.me/919822012345')).toBe(false);
    expect(isAllowedExternalUrl('https://wa.me.evil.com/91')).toBe(false);
    expect(isAllowedExternalUrl('https://user@wa.me/91')).toBe(false);
    expect(isAllowedExternalUrl('https://example.com')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/evil.exe')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });

  it('trusts IPC only from our main frame', () => {
    expect(isTrustedSender('app://bahi/index.html', true)).toBe(true);
    expect(isTrustedSender('app://bahi/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});

describe('window settings', () => {
  it('isolate the renderer from Node', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('use a CSP without eval or remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
  });
});
