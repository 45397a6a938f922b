import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempLedger } from '../../db/testing';
import { JobRunner } from './jobs';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

describe('jobs', () => {
  it('runs work step by step with progress, and keeps its file', async () => {
    const jobs = new JobRunner(() => join(ledger.dir, 'exports'));
    const { jobId } = jobs.start('test', async (job) => {
      for (let i = 1; i <= 3; i++) {
        await job.checkpoint();
        job.progress(i, 3, `step ${i}`);
      }
      const path = join(job.dir, 'out.csv');
      writeFileSync(path, 'a,b\n1,2\n');
      return { fileName: 'out.csv', path, kind: 'file', files: 1 };
    });
    const done = await jobs.wait(jobId);
    expect(done).toMatchObject({
      state: 'done',
      done: 3,
      total: 3,
      output: { fileName: 'out.csv' },
    });
    expect(readFileSync(done.output!.path, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('cancels between steps and removes what the job wrote', async () => {
    const jobs = new JobRunner(() => join(ledger.dir, 'exports'));
    let dir = '';
    const { jobId } = jobs.start('slow', async (job) => {
      dir = job.dir;
      writeFileSync(join(job.dir, 'partial.pdf'), 'x');
      for (;;) await job.checkpoint();
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(jobs.status(jobId).state).toBe('running');
    const s = await jobs.cancel(jobId);
    expect(s.state).toBe('cancelled');
    expect(existsSync(dir)).toBe(false);
    expect(() => jobs.output(jobId)).toThrow(/cancelled/);
  });

  it('reports a failure without its stack, and an unknown job plainly', async () => {
    const jobs = new JobRunner(() => join(ledger.dir, 'exports'));
    const { jobId } = jobs.start('broken', async () => {
      throw new Error('SQLITE_IOERR at /secret/path.ts:12');
    });
    const s = await jobs.wait(jobId);
    expect(s).toMatchObject({ state: 'failed', message: 'The job failed; nothing was kept' });
    expect(() => jobs.status('nope')).toThrow(/no such job/);
  });
});
