import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../shared/app/contract';
import { company } from '../invoices/testLedger';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { Shell } from './Shell';

const status: AppStatus = {
  version: '0.1.0',
  hasCompany: true,
  companyName: 'Sahyadri Traders LLP',
  ledgerPath: '/data/bahi.sqlite',
  isSample: false,
  schemaVersion: 6,
};

describe('Shell', () => {
  it('has Items and Invoices in the navbar, and Alt+I starts an invoice from any screen', async () => {
    const user = userEvent.setup();
    renderWithApi(
      <Shell status={status} onStatus={() => {}} reloadStatus={() => {}} />,
      fakeTransport({
        'customers.list': () => ok({ rows: [], total: 0 }),
        'items.list': () => ok([]),
        'invoices.list': () => ok([]),
        'company.get': () => ok(company),
      }),
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const ours = ['Customers', 'Items', 'Invoices', 'Company', 'Audit trail'];
    const labels = Array.from(nav.querySelectorAll('button')).map((b) => b.textContent ?? '');
    // Other screens may sit between them; these keep their order.
    expect(labels.filter((l) => ours.includes(l))).toEqual(ours);

    await user.click(screen.getByRole('button', { name: 'Items' }));
    expect(await screen.findByRole('heading', { name: 'Items & services' })).toBeVisible();

    await user.keyboard('{Alt>}i{/Alt}');
    expect(await screen.findByRole('heading', { name: 'New invoice' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Invoices' }));
    expect(await screen.findByRole('heading', { name: 'Invoices' })).toBeVisible();
    expect(await screen.findByText('No invoices yet')).toBeVisible();
  });
});
