import type { Page } from '@playwright/test';
import { CustomersPage, SetupPage } from './pages';
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
