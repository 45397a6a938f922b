// Collections MIS in Excel: each report of the Collections & DSO screen as a workbook, and the
// management pack (summary, ageing, collections, DSO, AR schedule) written as a job.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { isoDateField } from '../items/contract';
import { jobStarted } from '../jobs/contract';
import { reportsChannels } from './contract';

export const managementPackInput = z.object({ asOf: isoDateField('As-of date') });
export type ManagementPackInput = z.input<typeof managementPackInput>;

/** The sheets of the management pack, in the order they appear in the workbook. */
export const MANAGEMENT_PACK_SHEETS = [
  'Summary',
  'Ageing',
  'Collections',
  'DSO',
  'AR schedule',
] as const;

export const misChannels = {
  'reports.exportCollections': channel({
    summary:
      'Collections for a period in Excel: by period (day, week or month), by mode and by customer',
    input: reportsChannels['reports.collections'].input,
    output: fileDownload,
  }),
  'reports.exportDso': channel({
    summary: 'DSO per month in Excel: sales, closing AR, DSO simple and countback',
    input: reportsChannels['reports.dso'].input,
    output: fileDownload,
  }),
  'reports.exportForecast': channel({
    summary: 'The collections forecast in Excel: overdue, each coming week, and later',
    input: reportsChannels['reports.forecast'].input,
    output: fileDownload,
  }),
  'reports.exportArSchedule': channel({
    summary:
      'The AR schedule in Excel: per customer opening, invoiced, credit notes, collected, adjustments, closing, with the AR control',
    input: reportsChannels['reports.arSchedule'].input,
    output: fileDownload,
  }),
  'reports.startManagementPack': channel({
    summary:
      'Start a job writing the management pack: summary with the top 10 overdue, ageing, collections this FY, DSO, AR schedule',
    input: managementPackInput,
    output: jobStarted,
  }),
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-04' → 'Apr 2025', the way a month heads a column in an Indian office's MIS. */
export const monthLabel = (month: string): string =>
  `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

/** The last day of a month given as YYYY-MM or any date in it. */
export function monthEndOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * The periods the management pack reports for an as-of date: the month so far and the
 * financial year so far (the company's FY start month, April by default).
 */
export function packPeriods(asOf: string, fyStartMonth = 4) {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  const fyYear = m >= fyStartMonth ? y : y - 1;
  return {
    month: { from: `${asOf.slice(0, 7)}-01`, to: asOf },
    fy: { from: `${fyYear}-${String(fyStartMonth).padStart(2, '0')}-01`, to: asOf },
  };
}
