// The one contract between renderer and main process: every channel, its input and output.
import type { z } from 'zod';
import { accountsChannels } from '../accounts/contract';
import { appChannels } from '../app/contract';
import { bankReconciliationChannels } from '../bank-reconciliation/contract';
import { booksReconciliationChannels } from '../books-reconciliation/contract';
import { customerReconciliationChannels } from '../customer-reconciliation/contract';
import { attachmentsChannels } from '../attachments/contract';
import { auditChannels } from '../audit/contract';
import { companyChannels } from '../company/contract';
import { creditChannels } from '../credit/contract';
import { customersChannels } from '../customers/contract';
import { disputesChannels } from '../disputes/contract';
import { einvoiceChannels } from '../einvoice/contract';
import { escalationChannels } from '../escalation/contract';
import { invoicesChannels } from '../invoices/contract';
import { itemsChannels } from '../items/contract';
import { jobsChannels } from '../jobs/contract';
import { ordersChannels } from '../orders/contract';
import { followUpsChannels } from '../follow-ups/contract';
import { paymentPlansChannels } from '../payment-plans/contract';
import { promisesChannels } from '../promises/contract';
import { receiptsChannels } from '../receipts/contract';
import { remindersChannels } from '../reminders/contract';
import { reportsChannels } from '../reports/contract';
import { ageingExportChannels } from '../reports/ageing-export-contract';
import { statementChannels } from '../reports/statement-contract';
import { misChannels } from '../reports/mis-contract';
import { worklistExportChannels } from '../reports/worklist-export-contract';
import { receiptDocumentsChannels } from '../receipts/documents-contract';
import { tdsChannels } from '../tds/contract';

export const contract = {
  ...appChannels,
  ...auditChannels,
  ...companyChannels,
  ...customersChannels,
  ...itemsChannels,
  ...invoicesChannels,
  ...einvoiceChannels,
  ...ordersChannels,
  ...attachmentsChannels,
  ...accountsChannels,
  ...receiptsChannels,
  ...reportsChannels,
  ...ageingExportChannels,
  ...statementChannels,
  ...misChannels,
  ...jobsChannels,
  ...receiptDocumentsChannels,
  ...tdsChannels,
  ...disputesChannels,
  ...promisesChannels,
  ...paymentPlansChannels,
  ...followUpsChannels,
  ...worklistExportChannels,
  ...remindersChannels,
  ...creditChannels,
  ...bankReconciliationChannels,
  ...booksReconciliationChannels,
  ...customerReconciliationChannels,
  ...escalationChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (before defaults and normalisation). */
export type Input<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives, after the contract has parsed it. */
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type Output<K extends ChannelName> = z.output<Contract[K]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export const isChannelName = (name: string): name is ChannelName & string =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** `customers.create` → group `customers`, method `create`: the shape of `api.customers.create()`. */
export type Group = ChannelName extends `${infer G}.${string}` ? G : never;
export type GroupMethods<G extends Group> = {
  [K in ChannelName as K extends `${G}.${infer M}` ? M : never]: K;
};
