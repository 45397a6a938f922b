// `npm start`: the desktop app where Electron is installed, otherwise browser mode on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { serveBrowserMode } from './bridge/serve';
import { defaultDataDir } from './paths';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args: string[]) => {
  const r = spawnSync(npx, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** Electron's executable, read the way its own index.js does, without triggering a download. */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

run(['vite', 'build', '--logLevel', 'warn']);
const electron = electronBinary();
if (electron && !process.argv.includes('--browser')) {
  run(['tsx', 'electron/build.ts']);
  spawn(electron, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    electron
      ? 'Starting browser mode (--browser).'
      : 'Electron is not installed on this machine (its download needs internet); starting browser mode.',
  );
  const port = Number(process.env.BAHI_PORT ?? 5199);
  const dataDir = defaultDataDir();
  try {
    const { bridge } = await serveBrowserMode({
      dataDir,
      port,
      staticDir: resolve('dist/renderer'),
    });
    console.log(`Ledger folder: ${dataDir}`);
    console.log(`Open ${bridge.url} in your browser. Press Ctrl+C to stop.`);
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is in use (is Bahi already running?). Set BAHI_PORT to use another port.`
        : `Bahi cannot start: ${(e as Error).message}`,
    );
    process.exit(1);
  }
}
