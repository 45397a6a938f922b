// Test support for reports through the real channels: the host over a test ledger, a call that
// gives a channel's data or throws its refusal, a job followed until it ends, and a workbook read
// back from the file a channel returned.
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Ledger } from '../../db/ledger/open';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { JobStatus } from '../../shared/jobs/contract';
import type { Result } from '../../shared/result';
import { createHostRouter, type HostOptions, type HostRouter } from '../ipc/host';
import { fileWorkspace } from '../workspace';

/** The host as the app wires it, over `ledger`, every reply checked against the contract. */
export const reportsRouter = (ledger: Ledger, options: HostOptions = {}): HostRouter =>
  createHostRouter(fileWorkspace(ledger), 't', { checkOutputs: true, ...options });

/** A channel's data; a refusal is thrown with the channel's name, so a failing test says which. */
export async function callChannel<K extends ChannelName>(
  router: HostRouter,
  channel: K,
  input: Input<K>,
): Promise<Output<K>> {
  const r = (await router.dispatch(channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

/** Asks after a job until it stops running: each message it showed on the way, and its end. */
export async function finishedJob(
  router: HostRouter,
  jobId: string,
  pollMs = 10,
): Promise<{ seen: string[]; last: JobStatus }> {
  const seen: string[] = [];
  for (;;) {
    const s = await callChannel(router, 'jobs.status', { jobId });
    if (seen.at(-1) !== s.message) seen.push(s.message);
    if (s.state !== 'running') return { seen, last: s };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The workbook in a channel's file (its base64 content), as exceljs reads it. */
export async function readWorkbook(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/**
 * The real channels over the ledger `make` builds, for one test file: made before its tests (or
 * before each, where the tests add to the ledger) and removed after.
 */
export function channelsOver<T extends { ledger: Ledger & { cleanup: () => void } }>(
  make: () => T,
  fresh: 'once' | 'each' = 'once',
) {
  let t: T | undefined;
  let router: HostRouter | undefined;
  (fresh === 'each' ? beforeEach : beforeAll)(() => {
    t = make();
    router = reportsRouter(t.ledger);
  });
  (fresh === 'each' ? afterEach : afterAll)(async () => {
    await router?.dispose();
    t?.ledger.cleanup();
  });
  return {
    get t() {
      return t!;
    },
    get router() {
      return router!;
    },
    call: <K extends ChannelName>(channel: K, input: Input<K>) =>
      callChannel(router!, channel, input),
  };
}
