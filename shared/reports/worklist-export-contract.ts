// Collections lists in Excel: today's worklist, the promises to pay and the disputes, each as
// the house report sheet, taking the same query as the list on screen.
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { disputeListQuery } from '../disputes/contract';
import { worklistQuery } from '../follow-ups/contract';
import { promiseListQuery } from '../promises/contract';

export const worklistExportChannels = {
  'reports.exportWorklist': channel({
    summary:
      'Today’s worklist in Excel: balance, overdue, disputed, oldest due, last contact, next action, promise',
    input: worklistQuery,
    output: fileDownload,
  }),
  'reports.exportPromises': channel({
    summary: 'Promises to pay in Excel as of a date, broken first, with what came in',
    input: promiseListQuery,
    output: fileDownload,
  }),
  'reports.exportDisputes': channel({
    summary: 'Disputes in Excel (open by default), with the invoice, amount, owner and resolution',
    input: disputeListQuery,
    output: fileDownload,
  }),
};
