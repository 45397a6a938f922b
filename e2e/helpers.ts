import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import {
  addDays,
  financialYearOf,
  formatDateIndian,
  todayIso,
  type IsoDate,
} from '../shared/dates';
import type { Result } from '../shared/result';
import { CustomersPage, ipc, SetupPage } from './pages';
import { expect } from './bahi.fixture';

/** Most specs start from a ledger with a company and no customers. */
export async function withCompany(page: Page): Promise<CustomersPage> {
  await new SetupPage(page).createCompany({
    legalName: 'Sahyadri Traders LLP',
    gstin: '27AAPFU0939F1ZV',
  });
  const customers = new CustomersPage(page);
  await expect(customers.heading()).toBeVisible();
  await customers.expectCount(0);
  return customers;
}

/** A company with an HDFC bank account and one customer on 30 days' terms, Kirloskar. */
export async function kirloskarWithBank(page: Page) {
  await withCompany(page);
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  const kirloskar = await call(page, 'customers.create', {
    code: 'KIRLOSKAR',
    name: 'Kirloskar Brothers Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
  });
  return { bank, kirloskar };
}

/** A channel's answer, or the test stops with the ledger's message. */
export async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

/** The company's credit check at issue: `block` refuses an invoice over the limit or on hold. */
export async function setCreditCheck(page: Page, creditCheck: 'off' | 'warn' | 'block') {
  const company = await call(page, 'company.get', {});
  await call(page, 'company.update', {
    legalName: company!.legalName,
    gstin: company!.gstin,
    creditCheck,
  });
}

/** Issue an invoice of one line of `rate` paise at 18% GST, dated `date`. */
export async function issueInvoice(page: Page, customerId: number, date: string, rate: number) {
  const draft = await call(page, 'invoices.createDraft', {
    customerId,
    date,
    roundOff: false,
    lines: [
      {
        description: 'Pump overhaul',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate,
        gstRateBps: 1800,
      },
    ],
  });
  return (await call(page, 'invoices.issue', { id: draft.id })).document;
}

/** A day `n` days into this financial year, never after today. */
export function inYear(n: number): IsoDate {
  const today = todayIso();
  const d = addDays(financialYearOf(today).start, n);
  return d > today ? today : d;
}

/** A date as the screen and the printed documents show it: 31-03-2026. */
export const shown = (iso: string) => formatDateIndian(iso as IsoDate);
