import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The renderer is a static bundle: Electron loads it from app://bahi, browser mode from the bridge.
export default defineConfig({
  root: here('./renderer'),
  // Relative asset URLs so the same build works under app:// and http://127.0.0.1:PORT/.
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // One chunk: the app is loaded from disk, so extra requests buy nothing.
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: true },
});
