// `tsx electron/bridge/serve.ts [--data-dir DIR] [--port N] [--static DIR]`: browser mode on its own.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHostRouter, currentActor } from '../ipc/host';
import { defaultDataDir } from '../paths';
import { dataDirWorkspace } from '../workspace';
import { startBridge } from './server';

export async function serveBrowserMode(opts: { dataDir: string; port: number; staticDir: string }) {
  const workspace = dataDirWorkspace(opts.dataDir, currentActor());
  const router = createHostRouter(workspace, currentActor(), {
    checkOutputs: true,
    reportsOffThread: true,
  });
  const bridge = await startBridge({ router, staticDir: opts.staticDir, port: opts.port });
  const stop = async () => {
    await bridge.close();
    workspace.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return { bridge, workspace };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('serve.ts')) {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string', default: 'dist/renderer' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const { bridge } = await serveBrowserMode({
    dataDir,
    port: Number(values.port),
    staticDir: resolve(values.static!),
  });
  console.log(`Bahi is running in browser mode. Ledger folder: ${dataDir}`);
  console.log(`BAHI_URL=${bridge.url}`);
}
