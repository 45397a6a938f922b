// The ageing report as a workbook: by customer at once, by document (100,000+ rows) as a job.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { jobStarted } from '../jobs/contract';
import { ageingQuery } from './contract';

/** What the ageing filters can be set to: the groups, salespeople and states customers have. */
export const ageingFilterOptions = z.object({
  groups: z.array(z.string()),
  salespersons: z.array(z.string()),
  stateCodes: z.array(z.string()),
});
export type AgeingFilterOptions = z.infer<typeof ageingFilterOptions>;

export const ageingExportChannels = {
  'reports.ageingFilters': channel({
    summary: 'The customer groups, salespeople and states the ageing report can be filtered by',
    input: z.object({}),
    output: ageingFilterOptions,
  }),
  'reports.exportAgeing': channel({
    summary:
      'The ageing report as an Excel workbook (as-of, basis, buckets and filters on top; totals, then the AR control balance and the difference)',
    input: ageingQuery,
    output: fileDownload,
  }),
  'reports.startAgeingExport': channel({
    summary:
      'Start a job writing the ageing report to Excel row by row (for the document level of a large ledger)',
    input: ageingQuery,
    output: jobStarted,
  }),
};
