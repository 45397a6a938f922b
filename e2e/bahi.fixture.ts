import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { REPO_ROOT } from './paths';

const STARTUP_MS = 30_000;

export interface BahiServer {
  url: string;
  dataDir: string;
}

/** Starts `serve.ts` on a random port with an empty ledger folder; resolves with its URL. */
async function startServer(
  dataDir: string,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const child = spawn(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    ['electron/bridge/serve.ts', '--data-dir', dataDir, '--port', '0', '--static', 'dist/renderer'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve.ts did not start in time:\n${output}`)),
      STARTUP_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /BAHI_URL=(\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.ts exited with ${String(code)} before it was ready:\n${output}`));
    });
  });
  return { url, child, log: () => output };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
}

/** `bahi`: a fresh ledger and server for this test only; the page is already on its URL. */
export const test = base.extend<{ bahi: BahiServer }>({
  bahi: [
    async ({ page }, use, testInfo) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'bahi-e2e-'));
      const server = await startServer(dataDir);
      try {
        await page.goto(server.url);
        await use({ url: server.url, dataDir });
      } finally {
        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo.attach('server-log', { body: server.log(), contentType: 'text/plain' });
        }
        await stopServer(server.child);
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    // Every test gets its own server, even one that never names `bahi`.
    { auto: true },
  ],
});

export { expect };
