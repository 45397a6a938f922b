import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Item } from '../../../shared/items/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { ItemEditor, type ItemEditorProps } from './ItemEditor';
import { itemInputOf, itemValuesOf, isItemField } from './itemForm';

const valve: Item = {
  id: 7,
  name: 'Ball valve 2"',
  kind: 'goods',
  hsnSac: '8481',
  unit: 'NOS',
  defaultRate: 150_000,
  description: null,
  gstRates: [{ effectiveFrom: '2017-07-01', gstRateBps: 1800 }],
  archived: false,
};

const props = (over: Partial<ItemEditorProps> = {}): ItemEditorProps => ({
  item: null,
  onSaved: vi.fn(),
  onArchived: vi.fn(),
  onCancel: vi.fn(),
  ...over,
});

describe('item form ↔ contract input', () => {
  it('round-trips an item: rupees text to paise, dd-mm-yyyy to ISO', () => {
    const values = itemValuesOf(valve);
    expect(values).toMatchObject({ defaultRate: '1,500.00', unit: 'NOS' });
    expect(values.gstRates[0]).toMatchObject({ effectiveFrom: '01-07-2017', gstRateBps: '1800' });
    expect(itemInputOf(values)).toEqual({
      ok: true,
      input: {
        name: 'Ball valve 2"',
        kind: 'goods',
        hsnSac: '8481',
        unit: 'NOS',
        defaultRate: 150_000,
        description: '',
        gstRates: [{ effectiveFrom: '2017-07-01', gstRateBps: 1800 }],
      },
    });
  });

  it('starts a new item at 18% from the start of GST', () => {
    expect(itemValuesOf(null).gstRates).toMatchObject([
      { effectiveFrom: '01-07-2017', gstRateBps: '1800' },
    ]);
  });

  it('names the rate row whose date does not read', () => {
    const values = itemValuesOf(valve);
    values.gstRates.push({ key: 'x', effectiveFrom: '31-09-2025', gstRateBps: null });
    const r = itemInputOf(values);
    expect(!r.ok && Object.keys(r.errors)).toEqual([
      'gstRates.1.effectiveFrom',
      'gstRates.1.gstRateBps',
    ]);
  });

  it.each(['hsnSac', 'gstRates', 'gstRates.0.effectiveFrom', 'gstRates.3.gstRateBps'])(
    '%s has an input',
    (path) => expect(isItemField(path)).toBe(true),
  );
});

describe('ItemEditor', () => {
  it('shows the ledger’s errors under HSN/SAC and under a GST rate row’s date', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const transport = fakeTransport({
      'items.create': () =>
        fail({
          code: 'VALIDATION',
          message: 'SAC for a service is 6 digits starting with 99 (e.g. 998719)',
          field: 'hsnSac',
          issues: [
            {
              field: 'hsnSac',
              message: 'SAC for a service is 6 digits starting with 99 (e.g. 998719)',
            },
            { field: 'gstRates.0.effectiveFrom', message: 'Effective date must be a real date' },
          ],
        }),
    });
    renderWithApi(<ItemEditor {...props({ onSaved })} />, transport);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Site installation');
    await user.type(screen.getByRole('textbox', { name: 'HSN or SAC' }), '8481');
    await user.type(screen.getByRole('textbox', { name: 'Default rate (₹)' }), '12500');
    await user.click(screen.getByRole('button', { name: /Save/ }));

    const hsn = screen.getByRole('textbox', { name: 'HSN or SAC' });
    await waitFor(() => expect(hsn).toHaveAttribute('aria-invalid', 'true'));
    expect(hsn).toHaveAccessibleDescription(/SAC for a service is 6 digits/);
    expect(
      screen.getByRole('textbox', { name: 'GST rate 1 effective from' }),
    ).toHaveAccessibleDescription('Effective date must be a real date');
    expect(onSaved).not.toHaveBeenCalled();
    expect(transport.inputsOf('items.create')[0]).toMatchObject({
      name: 'Site installation',
      hsnSac: '8481',
      defaultRate: 1_250_000,
      unit: 'NOS',
      gstRates: [{ effectiveFrom: '2017-07-01', gstRateBps: 1800 }],
    });
  });

  it('adds a rate change row and saves both rates with Ctrl+S', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const transport = fakeTransport({ 'items.update': (input) => ok({ ...valve, ...input }) });
    renderWithApi(<ItemEditor {...props({ item: valve, onSaved })} />, transport);
    await user.click(screen.getByRole('button', { name: 'Add rate change' }));
    await user.type(
      screen.getByRole('textbox', { name: 'GST rate 2 effective from' }),
      '22/9/2025',
    );
    await user.type(screen.getByRole('combobox', { name: 'GST rate 2' }), '12{Enter}');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(transport.inputsOf('items.update')[0]).toMatchObject({
      id: 7,
      gstRates: [
        { effectiveFrom: '2017-07-01', gstRateBps: 1800 },
        { effectiveFrom: '2025-09-22', gstRateBps: 1200 },
      ],
    });
  });

  it('archives and restores', async () => {
    const user = userEvent.setup();
    const onArchived = vi.fn();
    const transport = fakeTransport({
      'items.setArchived': ({ archived }) => ok({ ...valve, archived }),
    });
    renderWithApi(<ItemEditor {...props({ item: valve, onArchived })} />, transport);
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() =>
      expect(onArchived).toHaveBeenCalledWith(expect.objectContaining({ archived: true })),
    );
  });
});
