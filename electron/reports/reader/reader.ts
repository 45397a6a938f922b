// Where report reads run. The desktop app and browser mode send them to a worker thread with
// its own read-only connection; the CLI and unit tests, which run one thing and exit, read on
// the main connection. Both answer the same functions (reads.ts), so the results are the same.
import { Worker } from 'node:worker_threads';
import type { Ledger } from '../../../db/ledger/open';
import { BahiError, type BahiErrorShape } from '../../../shared/result';
import { runRead, type ReadInput, type ReadName, type ReadOutput } from './reads';

export interface ReportReader {
  read<K extends ReadName>(ledger: Ledger, name: K, input: ReadInput<K>): Promise<ReadOutput<K>>;
  close(): Promise<void>;
}

export interface ReadRequest {
  id: number;
  path: string;
  name: ReadName;
  input: unknown;
}

export type ReadReply =
  | { id: number; ok: true; data: unknown }
  | { id: number; ok: false; error: BahiErrorShape | null; message: string };

/** Reads on the caller's own connection. */
export const inThreadReader = (): ReportReader => ({
  read: (ledger, name, input) => Promise.resolve(runRead(ledger, name, input)),
  close: () => Promise.resolve(),
});

/** The worker's entry: the bundled file beside main.cjs, or the TypeScript source through tsx. */
function workerEntry(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './report-worker.cjs' : './report-worker-dev.mjs', here);
}

/**
 * Reads on a worker thread, started on first use and again after it dies. A read sees what the
 * main connection has committed; every command commits before it answers, so a report asked
 * for after a command always includes it.
 */
export function workerReader(): ReportReader {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker = null;
  };
  const start = () => {
    const w = new Worker(workerEntry());
    w.on('message', (reply: ReadReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.data);
      else if (reply.error) {
        const { code, message, field, issues } = reply.error;
        p.reject(new BahiError(code, message, { field, issues }));
      } else p.reject(new Error(`report thread: ${reply.message}`));
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => failAll(new Error(`the report thread stopped (exit code ${code})`)));
    // The app may quit with the thread idle: it must not keep the process alive.
    w.unref();
    return w;
  };
  return {
    read<K extends ReadName>(ledger: Ledger, name: K, input: ReadInput<K>) {
      worker ??= start();
      const id = next++;
      const w = worker;
      return new Promise<ReadOutput<K>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        w.ref(); // busy: keep the process up until the answer is in
        const request: ReadRequest = { id, path: ledger.path, name, input };
        w.postMessage(request);
      }).finally(() => {
        if (pending.size === 0) worker?.unref();
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) {
        w.removeAllListeners('exit');
        await w.terminate();
      }
      failAll(new Error('the report thread was closed'));
    },
  };
}
