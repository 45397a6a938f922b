// Browser mode: the renderer and the IPC router over loopback HTTP, for development and e2e.
// Only this launch's page can call it: a per-launch secret, a Host check against DNS
// rebinding, and an Origin check against other local pages.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Router } from '../ipc/router';
import { CONTENT_SECURITY_POLICY, resolveInside } from '../security';

const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-bahi-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  router: Router;
  /** The built renderer (vite build output). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Requests must name this server exactly: a rebinding attacker's hostname is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true; // same-origin fetches of GET may omit it; POSTs also need the token
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const forbidden = (res: ServerResponse, message: string) =>
  sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message } });

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req.headers.host, port)) return forbidden(res, 'Unknown host');
    if (!isAllowedOrigin(req.headers.origin, port))
      return forbidden(res, 'Cross-origin request refused');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST')
        return sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Use POST' } });
      if (!tokenMatches(req.headers[TOKEN_HEADER], token))
        return forbidden(res, 'Missing or wrong token');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return forbidden(res, 'Send JSON');
      }
      const body = await readBody(req);
      if (body === null)
        return sendJson(res, 413, {
          ok: false,
          error: { code: 'VALIDATION', message: 'The request is too large' },
        });
      let input: unknown;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'VALIDATION', message: 'The request is not valid JSON' },
        });
      }
      const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
      return sendJson(res, 200, await options.router.dispatch(channel, input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
    const file = resolveInside(options.staticDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') {
      // The page learns the secret; other origins cannot read this response.
      const html = content
        .toString('utf8')
        .replace(
          /<head(\s[^>]*)?>/i,
          (head) => `${head}<meta name="bahi-token" content="${token}">`,
        );
      return send(res, 200, html, type);
    }
    return send(res, 200, content, type);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[bahi] bridge error:', e);
      if (!res.headersSent)
        sendJson(res, 500, {
          ok: false,
          error: { code: 'INTERNAL', message: 'Bahi could not answer' },
        });
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
