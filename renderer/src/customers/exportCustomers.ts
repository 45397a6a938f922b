import type { Api } from '../api/api';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';

/** The ledger builds the workbook; the renderer only hands the bytes to a download. */
export async function exportCustomers(api: Api, includeArchived: boolean) {
  const r = await api.customers.export({ includeArchived });
  if (!r.ok) {
    notifyError(r.error.message, 'Export failed');
    return;
  }
  downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
  notifySuccess(`Exported ${r.data.fileName}`);
}
