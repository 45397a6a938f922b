import {
  createBankAccount,
  listBankAccounts,
  updateBankAccount,
} from '../../db/receipts/bank-accounts';
import { customerLedger, tdsRegister } from '../../db/receipts/customer-ledger';
import {
  cancelPostDated,
  chequeRegister,
  clearCheque,
  depositCheque,
  getReceipt,
  listReceipts,
  openItemsOf,
  recordReceipt,
  suggest,
} from '../../db/receipts/receipts';
import {
  allocateCredit,
  bounceCheque,
  refund,
  unallocate,
  writeOff,
} from '../../db/receipts/settlements';
import { defineHandlers } from '../ipc/router';

export const receiptsHandlers = defineHandlers({
  'bankAccounts.list': ({ includeInactive }, { ledger }) =>
    listBankAccounts(ledger, includeInactive),
  'bankAccounts.create': (input, { ledger, actor }) => createBankAccount(ledger, input, actor),
  'bankAccounts.update': ({ id, values }, { ledger, actor }) =>
    updateBankAccount(ledger, id, values, actor),
  'receipts.record': (input, { ledger, actor }) => recordReceipt(ledger, input, actor),
  'receipts.get': ({ id }, { ledger }) => getReceipt(ledger, id),
  'receipts.list': (input, { ledger }) => listReceipts(ledger, input),
  'receipts.openItems': ({ customerId }, { ledger }) => openItemsOf(ledger, customerId),
  'receipts.suggest': (input, { ledger }) => suggest(ledger, input),
  'receipts.allocate': (input, { ledger, actor }) => allocateCredit(ledger, input, actor),
  'receipts.unallocate': (input, { ledger, actor }) => unallocate(ledger, input, actor),
  'receipts.chequeRegister': ({ status }, { ledger }) => chequeRegister(ledger, status),
  'receipts.deposit': ({ id, date }, { ledger, actor }) => depositCheque(ledger, id, date, actor),
  'receipts.clear': ({ id, date }, { ledger, actor }) => clearCheque(ledger, id, date, actor),
  'receipts.bounce': (input, { ledger, actor }) => bounceCheque(ledger, input, actor),
  'receipts.cancelPostDated': ({ id, reason }, { ledger, actor }) =>
    cancelPostDated(ledger, id, reason, actor),
  'receipts.refund': (input, { ledger, actor }) => refund(ledger, input, actor),
  'receipts.writeOff': (input, { ledger, actor }) => writeOff(ledger, input, actor),
  'receipts.customerLedger': (input, { ledger }) => customerLedger(ledger, input),
  'receipts.tdsRegister': (input, { ledger }) => tdsRegister(ledger, input),
});
