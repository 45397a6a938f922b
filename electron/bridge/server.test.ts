import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, tempDir } from '../../db/testing';
import { createHostRouter } from '../ipc/host';
import type { Workspace } from '../ipc/context';
import { dataDirWorkspace } from '../workspace';
import { startBridge, TOKEN_HEADER, type Bridge } from './server';

let bridge: Bridge;
let workspace: Workspace;
let cleanup: () => void;

beforeEach(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  const staticDir = join(t.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>Bahi</title></head></html>',
  );
  writeFileSync(join(t.dir, 'secret.txt'), 'not for the browser');
  workspace = dataDirWorkspace(join(t.dir, 'data'), 'tester');
  bridge = await startBridge({ router: createHostRouter(workspace, 'tester'), staticDir });
});
afterEach(async () => {
  await bridge.close();
  workspace.close();
  cleanup();
});

/** Raw HTTP so the test controls Host and Origin exactly as an attacker would. */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const ipc = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  call(`/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token, ...headers },
    body: JSON.stringify(input),
  });

describe('browser bridge', () => {
  it('listens on loopback only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('gives the page its per-launch token and a CSP', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="bahi-token" content="${bridge.token}">`);
  });

  it('routes a call with the token to the same router', async () => {
    const res = await ipc('company.setup', { legalName: 'Acme Traders', stateCode: '27' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { legalName: 'Acme Traders' } });
    expect(JSON.parse((await ipc('app.status', {})).body)).toMatchObject({
      data: { hasCompany: true },
    });
  });

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    const none = await call('/ipc/company.setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ legalName: 'X', stateCode: '27' }),
    });
    expect(none.status).toBe(403);
    expect(
      (await ipc('company.setup', { legalName: 'X', stateCode: '27' }, { [TOKEN_HEADER]: 'guess' }))
        .status,
    ).toBe(403);
    expect(count(workspace.current(), 'company')).toBe(0);
  });

  it('refuses a DNS-rebinding Host and a foreign Origin', async () => {
    expect((await ipc('app.status', {}, { host: `evil.example:${bridge.port}` })).status).toBe(403);
    expect((await call('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await ipc('app.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses a simple form post (no JSON content type)', async () => {
    const res = await ipc('app.status', {}, { 'content-type': 'text/plain' });
    expect(res.status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await call('/../secret.txt')).status).toBe(404);
    expect((await call('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('answers bad JSON and unknown channels with a typed error', async () => {
    const bad = await call('/ipc/app.status', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
      body: '{not json',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse((await ipc('nope.nothing', {})).body)).toMatchObject({
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });
});
