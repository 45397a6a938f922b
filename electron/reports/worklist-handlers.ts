import { defineHandlers } from '../ipc/router';
import { download } from './mis-handlers';
import { disputesWorkbook, promisesWorkbook, worklistWorkbook } from './worklist-excel';

export const worklistExportHandlers = defineHandlers({
  'reports.exportWorklist': async (q, { ledger }) => download(await worklistWorkbook(ledger, q)),
  'reports.exportPromises': async (q, { ledger }) => download(await promisesWorkbook(ledger, q)),
  'reports.exportDisputes': async (q, { ledger }) => download(await disputesWorkbook(ledger, q)),
});
