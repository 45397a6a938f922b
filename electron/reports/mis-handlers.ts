import { defineHandlers } from '../ipc/router';
import {
  arScheduleWorkbook,
  collectionsWorkbook,
  dsoWorkbook,
  forecastWorkbook,
  XLSX_MIME,
  type MisFile,
} from './mis-excel';
import { startManagementPack } from './mis-pack';

export const download = ({ fileName, bytes }: MisFile) => ({
  fileName,
  mimeType: XLSX_MIME,
  contentBase64: bytes.toString('base64'),
});

export const misHandlers = defineHandlers({
  'reports.exportCollections': async (q, { ledger }) =>
    download(await collectionsWorkbook(ledger, q)),
  'reports.exportDso': async (q, { ledger }) => download(await dsoWorkbook(ledger, q)),
  'reports.exportForecast': async (q, { ledger }) => download(await forecastWorkbook(ledger, q)),
  'reports.exportArSchedule': async (q, { ledger }) =>
    download(await arScheduleWorkbook(ledger, q)),
  'reports.startManagementPack': (q, ctx) => startManagementPack(ctx, q),
});
