// Electron's own postinstall downloads its binary; npm skips it (allowScripts) so an
// offline `npm ci` succeeds. Here we try that download ourselves and carry on without it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
let installScript;
try {
  installScript = require.resolve('electron/install.js');
} catch {
  process.exit(0); // electron not installed (e.g. --omit=dev)
}
const electronDir = installScript.replace(/install\.js$/, '');
if (existsSync(electronDir + 'path.txt') || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
  process.exit(0);

const result = spawnSync(process.execPath, [installScript], {
  cwd: electronDir,
  stdio: 'pipe',
  timeout: 120_000,
  encoding: 'utf8',
});
if (result.status === 0) {
  console.log('bahi: Electron binary installed.');
} else {
  console.log(
    'bahi: Electron binary could not be downloaded (offline?); `npm start` will run Bahi in browser mode.',
  );
}
