// Jobs: work too long for one request (a 100,000-row export, statements for every customer).
// A job runs in the main process's event loop, yielding between steps, reports how far it has
// got, can be cancelled, and leaves its output in the ledger's exports folder.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JobStatus } from '../../shared/jobs/contract';
import { BahiError } from '../../shared/result';

export interface JobOutput {
  fileName: string;
  path: string;
  kind: 'file' | 'folder';
  files: number;
}

export interface JobControl {
  /** Where this job may write: a fresh folder of its own under the exports folder. */
  dir: string;
  signal: AbortSignal;
  progress(done: number, total?: number | null, message?: string): void;
  /** Throws if the job was cancelled; call between steps. */
  checkpoint(): Promise<void>;
}

export type JobWork = (job: JobControl) => Promise<JobOutput>;

interface Job {
  status: JobStatus;
  controller: AbortController;
  dir: string;
  finished: Promise<void>;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export class JobRunner {
  private jobs = new Map<string, Job>();

  constructor(private readonly exportsDir: () => string) {}

  start(kind: string, work: JobWork): { jobId: string } {
    const jobId = randomUUID();
    const dir = join(
      this.exportsDir(),
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${kind}`,
    );
    mkdirSync(dir, { recursive: true });
    const controller = new AbortController();
    const status: JobStatus = {
      jobId,
      kind,
      state: 'running',
      done: 0,
      total: null,
      message: 'Starting…',
      output: null,
    };
    const control: JobControl = {
      dir,
      signal: controller.signal,
      progress(done, total, message) {
        status.done = done;
        if (total !== undefined) status.total = total;
        if (message !== undefined) status.message = message;
      },
      async checkpoint() {
        // Let requests (status, cancel) in between steps of the work.
        await new Promise((resolve) => setImmediate(resolve));
        if (controller.signal.aborted) throw new CancelledError();
      },
    };
    const finished = (async () => {
      try {
        await control.checkpoint();
        const output = await work(control);
        status.state = 'done';
        status.output = output;
        status.message = 'Done';
      } catch (e) {
        if (e instanceof CancelledError || controller.signal.aborted) {
          status.state = 'cancelled';
          status.message = 'Cancelled; nothing was kept';
          rmSync(dir, { recursive: true, force: true });
        } else {
          status.state = 'failed';
          // A message for the user, never a stack trace.
          status.message = e instanceof BahiError ? e.message : 'The job failed; nothing was kept';
          rmSync(dir, { recursive: true, force: true });
          if (!(e instanceof BahiError)) console.error(`job ${kind} failed`, e);
        }
      }
    })();
    this.jobs.set(jobId, { status, controller, dir, finished });
    return { jobId };
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job)
      throw new BahiError('NOT_FOUND', 'There is no such job (it may be from before a restart)', {
        field: 'jobId',
      });
    return job;
  }

  status(jobId: string): JobStatus {
    return { ...this.get(jobId).status };
  }

  async cancel(jobId: string): Promise<JobStatus> {
    const job = this.get(jobId);
    if (job.status.state === 'running') {
      job.controller.abort();
      await job.finished;
    }
    return { ...job.status };
  }

  /** Wait for a job to end (tests and the CLI). */
  async wait(jobId: string): Promise<JobStatus> {
    const job = this.get(jobId);
    await job.finished;
    return { ...job.status };
  }

  output(jobId: string): JobOutput {
    const s = this.get(jobId).status;
    if (s.state !== 'done' || !s.output) {
      throw new BahiError('CONFLICT', `The job is ${s.state}: there is nothing to take yet`, {
        field: 'jobId',
      });
    }
    return s.output;
  }
}

/** The exports folder beside a ledger file. */
export const exportsDirOf = (ledgerPath: string) => join(dirname(ledgerPath), 'exports');
