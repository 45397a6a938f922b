import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BahiError } from '../../shared/result';
import { defineHandlers } from '../ipc/router';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  zip: 'application/zip',
};

export const jobsHandlers = defineHandlers({
  'jobs.status': ({ jobId }, { jobs }) => jobs.status(jobId),
  'jobs.cancel': ({ jobId }, { jobs }) => jobs.cancel(jobId),
  'jobs.download': async ({ jobId }, { jobs }) => {
    const out = jobs.output(jobId);
    if (out.kind === 'file') {
      const ext = out.fileName.split('.').pop() ?? '';
      return {
        fileName: out.fileName,
        mimeType: MIME[ext] ?? 'application/octet-stream',
        contentBase64: readFileSync(out.path).toString('base64'),
      };
    }
    // The browser cannot receive a folder: the same files, zipped.
    const zip = new JSZip();
    for (const name of readdirSync(out.path).sort())
      zip.file(name, readFileSync(join(out.path, name)));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return {
      fileName: `${out.fileName}.zip`,
      mimeType: MIME.zip!,
      contentBase64: bytes.toString('base64'),
    };
  },
  'jobs.open': async ({ jobId }, { jobs, openFile }) => {
    if (!openFile) {
      throw new BahiError('FORBIDDEN', 'Opening files needs the desktop app; download it instead', {
        field: 'jobId',
      });
    }
    await openFile(jobs.output(jobId).path);
    return { opened: true };
  },
});
