import { exportEInvoice, getEInvoice, registerEInvoice } from '../../db/einvoice/einvoice';
import { eInvoiceFileName } from '../../shared/einvoice/build';
import { parseIrpResponse } from '../../shared/einvoice/response';
import { defineHandlers } from '../ipc/router';

export const einvoiceHandlers = defineHandlers({
  'einvoice.export': ({ id }, { ledger }) => {
    const json = exportEInvoice(ledger, id);
    return {
      fileName: eInvoiceFileName(json.DocDtls.No),
      json,
      contentBase64: Buffer.from(JSON.stringify(json, null, 2), 'utf8').toString('base64'),
    };
  },
  'einvoice.importResponse': ({ id, responseJson }, { ledger, actor }) =>
    registerEInvoice(ledger, id, parseIrpResponse(responseJson), actor),
  'einvoice.get': ({ id }, { ledger }) => getEInvoice(ledger, id),
});
