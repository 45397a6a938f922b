import { defineHandlers } from '../ipc/router';
import {
  ageingFilterOptions,
  exportAgeingWorkbook,
  startAgeingExport,
  XLSX_MIME,
} from './ageing-export';

export const ageingExportHandlers = defineHandlers({
  'reports.ageingFilters': (_input, { ledger }) => ageingFilterOptions(ledger),
  'reports.exportAgeing': async (q, { ledger }) => {
    const { fileName, bytes } = await exportAgeingWorkbook(ledger, q);
    return { fileName, mimeType: XLSX_MIME, contentBase64: bytes.toString('base64') };
  },
  'reports.startAgeingExport': (q, ctx) => startAgeingExport(ctx, q),
});
