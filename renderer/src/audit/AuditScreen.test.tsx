import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/contract';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { formatTimestamp } from '../ui/format';
import { AuditScreen } from './AuditScreen';

const entry: AuditEntry = {
  id: 2,
  at: '2025-03-31T18:45:10.000Z',
  actor: 'priya',
  command: 'customers.update',
  entity: 'customer',
  entityId: '7',
  before: { code: 'ACME01', phone: null },
  after: { code: 'ACME01', phone: '+919845012345' },
  hash: 'abc123',
};

describe('AuditScreen', () => {
  it('lists entries in local time and expands before/after', async () => {
    const user = userEvent.setup();
    renderWithApi(<AuditScreen />, fakeTransport({ 'audit.list': () => ok([entry]) }));
    const row = await screen.findByTestId('audit-row');
    expect(row).toHaveTextContent(formatTimestamp(entry.at));
    expect(row).toHaveTextContent('customers.update');
    await user.click(within(row).getByRole('button', { name: 'Show details' }));
    expect(screen.getByText(/"phone": "\+919845012345"/)).toBeVisible();
    expect(screen.getByText(/"phone": null/)).toBeVisible();
    expect(screen.getByText('phone', { selector: '.bahi-mono' })).toBeVisible();
  });

  it('shows OK or the problems from Verify', async () => {
    const user = userEvent.setup();
    let verified = 0;
    renderWithApi(
      <AuditScreen />,
      fakeTransport({
        'audit.list': () => ok([]),
        'audit.verify': () =>
          ++verified === 1
            ? ok({
                ok: true,
                checked: { auditRows: 12, integrity: 'ok', head: 'f00dfeed' },
                problems: [],
              })
            : ok({
                ok: false,
                checked: { auditRows: 12, integrity: 'ok', head: 'f00dfeed' },
                problems: ['Row 5 hash does not chain'],
              }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Verify' }));
    expect(await screen.findByTestId('verify-result')).toHaveTextContent('OK: 12 entries');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Row 5 hash does not chain')).toBeVisible();
  });
});
