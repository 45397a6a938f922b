import { accountsHandlers } from '../accounts/handlers';
import { appHandlers } from '../app/handlers';
import { attachmentsHandlers } from '../attachments/handlers';
import { bankReconciliationHandlers } from '../bank-reconciliation/handlers';
import { booksReconciliationHandlers } from '../books-reconciliation/handlers';
import { customerReconciliationHandlers } from '../customer-reconciliation/handlers';
import { auditHandlers } from '../audit/handlers';
import { companyHandlers } from '../company/handlers';
import { creditHandlers } from '../credit/handlers';
import { customersHandlers } from '../customers/handlers';
import { einvoiceHandlers } from '../einvoice/handlers';
import { escalationHandlers } from '../escalation/handlers';
import { followUpsHandlers } from '../follow-ups/handlers';
import { invoicesHandlers } from '../invoices/handlers';
import { itemsHandlers } from '../items/handlers';
import { disputesHandlers } from '../disputes/handlers';
import { jobsHandlers } from '../jobs/handlers';
import { ordersHandlers } from '../orders/handlers';
import { paymentPlansHandlers } from '../payment-plans/handlers';
import { promisesHandlers } from '../promises/handlers';
import { receiptDocumentsHandlers } from '../receipts/documents-handlers';
import { receiptsHandlers } from '../receipts/handlers';
import { remindersHandlers } from '../reminders/handlers';
import { ageingExportHandlers } from '../reports/ageing-handlers';
import { reportsHandlers } from '../reports/handlers';
import { statementHandlers } from '../reports/statement-handlers';
import { misHandlers } from '../reports/mis-handlers';
import { worklistExportHandlers } from '../reports/worklist-handlers';
import { tdsHandlers } from '../tds/handlers';
import { combineHandlers } from './router';

/** Every capability's handlers; combineHandlers refuses a gap or a duplicate. */
export const allHandlers = () =>
  combineHandlers(
    appHandlers,
    auditHandlers,
    companyHandlers,
    customersHandlers,
    itemsHandlers,
    invoicesHandlers,
    einvoiceHandlers,
    ordersHandlers,
    attachmentsHandlers,
    accountsHandlers,
    receiptsHandlers,
    receiptDocumentsHandlers,
    reportsHandlers,
    ageingExportHandlers,
    statementHandlers,
    misHandlers,
    jobsHandlers,
    tdsHandlers,
    disputesHandlers,
    promisesHandlers,
    paymentPlansHandlers,
    followUpsHandlers,
    worklistExportHandlers,
    creditHandlers,
    remindersHandlers,
    bankReconciliationHandlers,
    booksReconciliationHandlers,
    customerReconciliationHandlers,
    escalationHandlers,
  );
