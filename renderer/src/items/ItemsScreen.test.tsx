import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/items/contract';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { ItemsScreen } from './ItemsScreen';

const item = (id: number, name: string, over: Partial<Item> = {}): Item => ({
  id,
  name,
  kind: 'goods',
  hsnSac: '8481',
  unit: 'NOS',
  defaultRate: 150_000,
  description: null,
  gstRates: [{ effectiveFrom: '2017-07-01', gstRateBps: 1800 }],
  archived: false,
  ...over,
});

describe('ItemsScreen', () => {
  it('lists items, searches as you type, and opens one with Enter from the search box', async () => {
    const user = userEvent.setup();
    const all = [
      item(1, 'Ball valve 2"'),
      item(2, 'Installation', { kind: 'services', hsnSac: '998719', unit: 'OTH' }),
    ];
    const transport = fakeTransport({
      'items.list': ({ search }) =>
        ok(all.filter((i) => !search || i.name.toLowerCase().includes(search.toLowerCase()))),
    });
    renderWithApi(<ItemsScreen />, transport);
    expect(await screen.findByTestId('item-count')).toHaveTextContent('2 items');
    expect(screen.getAllByTestId('item-row')[0]).toHaveTextContent('₹1,500.00');
    expect(screen.getAllByTestId('item-row')[1]).toHaveTextContent('Service');

    await user.type(screen.getByRole('textbox', { name: 'Search items' }), 'inst');
    await waitFor(() => expect(screen.getByTestId('item-count')).toHaveTextContent('1 item'));
    expect(transport.inputsOf('items.list').at(-1)).toMatchObject({ search: 'inst' });
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: 'Installation' });
    expect(drawer).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'HSN or SAC' })).toHaveValue('998719');
  });

  it('opens a new item form with Alt+N', async () => {
    const user = userEvent.setup();
    renderWithApi(<ItemsScreen />, fakeTransport({ 'items.list': () => ok([]) }));
    expect(await screen.findByText('No items yet')).toBeVisible();
    await user.keyboard('{Alt>}n{/Alt}');
    expect(await screen.findByRole('dialog', { name: 'New item or service' })).toBeVisible();
  });
});
