import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  setCustomerArchived,
  updateCustomer,
} from '../../db/customers/customers';
import { defineHandlers } from '../ipc/router';
import { exportCustomersWorkbook } from './export';
import { importCustomersFile } from './import';

export const customersHandlers = defineHandlers({
  'customers.list': (input, { ledger }) => listCustomers(ledger, input),
  'customers.get': ({ id }, { ledger }) => getCustomer(ledger, id),
  'customers.create': (input, { ledger, actor }) => createCustomer(ledger, input, actor),
  'customers.update': ({ id, ...values }, { ledger, actor }) =>
    updateCustomer(ledger, id, values, actor),
  'customers.setArchived': ({ id, archived }, { ledger, actor }) =>
    setCustomerArchived(ledger, id, archived, actor),
  'customers.delete': ({ id }, { ledger, actor }) => {
    deleteCustomer(ledger, id, actor);
    return { deleted: true as const };
  },
  'customers.import': async (input, { ledger, actor }) =>
    importCustomersFile(ledger, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
      actor,
    }),
  'customers.export': async ({ includeArchived }, { ledger }) => {
    const { fileName, bytes } = await exportCustomersWorkbook(ledger, { includeArchived });
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: bytes.toString('base64'),
    };
  },
});
