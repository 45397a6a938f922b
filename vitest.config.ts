import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Node code (shared, db, electron) and renderer components run as separate projects.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'db/**/*.test.ts',
            'electron/**/*.test.ts',
            'electron/**/*.test.tsx',
            'bench/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          setupFiles: ['renderer/src/test-setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
