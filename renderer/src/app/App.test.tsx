import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../shared/app/contract';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { App } from './App';

const status = (over: Partial<AppStatus> = {}): AppStatus => ({
  version: '0.1.0',
  hasCompany: true,
  companyName: 'Sahyadri Supplies',
  ledgerPath: '/data/bahi.sqlite',
  isSample: false,
  schemaVersion: 2,
  ...over,
});

describe('App', () => {
  it('starts with company set-up when the ledger has no company', async () => {
    renderWithApi(
      <App />,
      fakeTransport({ 'app.status': () => ok(status({ hasCompany: false, companyName: null })) }),
    );
    expect(await screen.findByRole('heading', { name: 'Set up your company' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open sample company' })).toBeVisible();
  });

  it('shows the sample badge and goes back to the user’s ledger', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'app.status': () =>
        ok(status({ isSample: true, ledgerPath: '/data/sample/bahi-sample.sqlite' })),
      'app.closeSample': () => ok(status({ hasCompany: false, companyName: null })),
      'customers.list': () => ok({ rows: [], total: 0 }),
    });
    renderWithApi(<App />, transport);
    expect(await screen.findByTestId('sample-badge')).toHaveTextContent('Sample company');
    expect(screen.getByTestId('company-name')).toHaveTextContent('Sahyadri Supplies');
    await user.click(screen.getByRole('button', { name: 'Back to my ledger' }));
    expect(await screen.findByRole('heading', { name: 'Set up your company' })).toBeVisible();
    expect(screen.queryByTestId('sample-badge')).toBeNull();
  });

  it('shows a plain message, not a stack trace, when the ledger cannot be reached', async () => {
    renderWithApi(
      <App />,
      fakeTransport({
        'app.status': () => ({
          ok: false,
          error: { code: 'INTERNAL', message: 'Bahi is not running.' },
        }),
      }),
    );
    await waitFor(() => expect(screen.getByText('Bahi is not running.')).toBeVisible());
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
