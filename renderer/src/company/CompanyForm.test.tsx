import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Company, CompanyInput } from '../../../shared/company/contract';
import type { Result } from '../../../shared/result';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { CompanyForm } from './CompanyForm';

const saved: Company = {
  legalName: 'Sahyadri Traders LLP',
  tradeName: null,
  address: { line1: null, line2: null, city: null, pincode: null, stateCode: '27' },
  gstin: '27AAPFU0939F1ZV',
  stateCode: '27',
  pan: 'AAPFU0939F',
  email: null,
  phone: null,
  bank: { accountName: null, bankName: null, branch: null, accountNumber: null, ifsc: null },
  fyStartMonth: 4,
  creditCheck: 'warn',
  writeOffTolerance: 1000,
  logo: null,
  createdAt: '2025-01-15T00:00:00.000Z',
  updatedAt: '2025-01-15T00:00:00.000Z',
};

const setup = (submit: (input: CompanyInput) => Promise<Result<Company>>, onSaved = vi.fn()) =>
  renderWithApi(
    <CompanyForm company={null} submitLabel="Create company" submit={submit} onSaved={onSaved} />,
    fakeTransport({}),
  );

describe('CompanyForm', () => {
  it('fills state and PAN from the GSTIN and sends the contract’s input shape', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => ok(saved));
    const onSaved = vi.fn();
    setup(submit, onSaved);
    await user.type(screen.getByRole('textbox', { name: 'Legal name' }), 'Sahyadri Traders LLP');
    await user.type(screen.getByRole('textbox', { name: 'GSTIN' }), '27AAPFU0939F1ZV');
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('27 · Maharashtra');
    expect(screen.getByRole('textbox', { name: 'PAN' })).toHaveValue('AAPFU0939F');
    expect(screen.getByText('Maharashtra · PAN AAPFU0939F')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'IFSC' }), 'hdfc0000123');
    await user.click(screen.getByRole('button', { name: 'Create company' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(submit).toHaveBeenCalledWith(
      expect.objectContaining({
        legalName: 'Sahyadri Traders LLP',
        gstin: '27AAPFU0939F1ZV',
        stateCode: '27',
        pan: 'AAPFU0939F',
        fyStartMonth: 4,
        address: expect.objectContaining({ stateCode: '27' }),
        bank: expect.objectContaining({ ifsc: 'HDFC0000123' }),
        logo: null,
      }),
    );
  });

  it('shows a nested server error (address.pincode) under the PIN field', async () => {
    const user = userEvent.setup();
    setup(async () =>
      fail({
        code: 'VALIDATION',
        message: 'PIN code must be 6 digits and not start with 0',
        field: 'address.pincode',
        issues: [
          { field: 'address.pincode', message: 'PIN code must be 6 digits and not start with 0' },
        ],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Create company' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Company PIN code' })).toHaveAccessibleDescription(
        /6 digits/,
      ),
    );
  });

  it('shows a bad GSTIN message when the field is left', async () => {
    const user = userEvent.setup();
    setup(async () => ok(saved));
    await user.type(screen.getByRole('textbox', { name: 'GSTIN' }), '27AAPFU0939F1ZX');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'GSTIN' })).toHaveAccessibleDescription(
      /check digit is wrong/,
    );
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('');
  });

  it('sends the write-off tolerance in paise, and keeps text that is not an amount from the ledger', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => ok(saved));
    const onSaved = vi.fn();
    renderWithApi(
      <CompanyForm company={saved} submitLabel="Save changes" submit={submit} onSaved={onSaved} />,
      fakeTransport({}),
    );
    const tolerance = screen.getByRole('textbox', { name: 'Write-off tolerance' });
    expect(tolerance).toHaveValue('10.00');
    await user.clear(tolerance);
    await user.type(tolerance, 'fifty');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(tolerance).toHaveAccessibleDescription(/Write-off tolerance must be rupees/),
    );
    expect(submit).not.toHaveBeenCalled();

    await user.clear(tolerance);
    await user.type(tolerance, '500{Enter}');
    expect(tolerance).toHaveValue('500.00');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ writeOffTolerance: 500_00 }));
  });

  it('shows the ledger’s refusal of the tolerance under its field', async () => {
    const user = userEvent.setup();
    renderWithApi(
      <CompanyForm
        company={saved}
        submitLabel="Save changes"
        submit={async () =>
          fail({
            code: 'VALIDATION',
            message: 'Write-off tolerance can be at most ₹10,000.00',
            field: 'writeOffTolerance',
          })
        }
        onSaved={vi.fn()}
      />,
      fakeTransport({}),
    );
    const tolerance = screen.getByRole('textbox', { name: 'Write-off tolerance' });
    await user.clear(tolerance);
    await user.type(tolerance, '20000');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(tolerance).toHaveAccessibleDescription(/at most ₹10,000.00/));
  });
});
