// The report thread from source (tests, browser mode): load TypeScript through tsx, then the
// worker itself. The desktop app starts the bundled report-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./report-worker.ts');
