import { defineHandlers } from '../ipc/router';
import { exportTdsRegisterWorkbook } from './export';

export const tdsHandlers = defineHandlers({
  'tds.exportRegister': async (input, { ledger }) => {
    const { fileName, bytes } = await exportTdsRegisterWorkbook(ledger, input);
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: bytes.toString('base64'),
    };
  },
});
