import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';

/** Long work (big exports, bulk statements) runs as a job: start it, watch it, cancel it. */
export const jobStatus = z.object({
  jobId: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int(),
  /** Null while the size is not known yet. */
  total: z.number().int().nullable(),
  message: z.string(),
  /** When done: what was written (a file, or a folder of files). */
  output: z
    .object({
      fileName: z.string(),
      path: z.string(),
      kind: z.enum(['file', 'folder']),
      files: z.number().int(),
    })
    .nullable(),
});
export type JobStatus = z.infer<typeof jobStatus>;

export const jobStarted = z.object({ jobId: z.string() });

const jobId = z.object({ jobId: z.string().min(1, 'Which job?') });

export const jobsChannels = {
  'jobs.status': channel({
    summary: 'How far a job has got, and what it wrote when done',
    input: jobId,
    output: jobStatus,
  }),
  'jobs.cancel': channel({
    summary: 'Stop a running job; what it wrote so far is removed',
    input: jobId,
    output: jobStatus,
  }),
  'jobs.download': channel({
    summary: 'The file a finished job wrote (a folder comes as a .zip)',
    input: jobId,
    output: fileDownload,
  }),
  'jobs.open': channel({
    summary: 'Open what a finished job wrote with the system (desktop app)',
    input: jobId,
    output: z.object({ opened: z.boolean() }),
  }),
};
