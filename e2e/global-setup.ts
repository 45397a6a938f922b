import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/** Build the renderer once per run so the specs never test a stale dist/renderer. */
export default function globalSetup() {
  if (process.env.BAHI_E2E_SKIP_BUILD === '1') return;
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build failed; the e2e suite needs dist/renderer');
}
