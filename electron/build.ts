// Bundles the Electron main process and preload into dist/electron (CommonJS, as Electron loads them).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  sourcemap: true,
  logLevel: 'info' as const,
  // Runtime packages load from the app's node_modules (electron-builder ships `dependencies`).
  packages: 'external' as const,
  // CommonJS has no import.meta; give shared code the bundle's own URL instead.
  define: { 'import.meta.url': '__bahiModuleUrl' },
  banner: { js: 'const __bahiModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
});
// The report thread is a file of its own: a worker starts from a file, not from a function.
await build({
  ...common,
  entryPoints: ['electron/reports/reader/report-worker.ts'],
  outfile: 'dist/electron/report-worker.cjs',
});
