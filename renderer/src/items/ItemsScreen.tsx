import { Badge, Button, Group, Kbd, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconPackage, IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { todayIso } from '../../../shared/dates';
import { EmptyState } from '../ui/EmptyState';
import { gstRateOn, type Item } from '../../../shared/items/contract';
import { formatINR, paise } from '../../../shared/money';
import { formatGstRate } from '../../../shared/tax/gst';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { ListCount, ListError, ListFrame, ListLimit, ListTable } from '../ui/ListTable';
import { useGlobalKeys } from '../ui/keys';
import { ItemDrawer, type ItemTarget } from './ItemDrawer';
import { ITEM_LIMIT, useItemList } from './useItemList';

/** The rate in force today, and a hint when a change is already scheduled. */
function rateNow(item: Item, today: string) {
  const now = gstRateOn(item, today);
  const next = item.gstRates.find((r) => r.effectiveFrom > today);
  return (
    <>
      {now === null ? '—' : formatGstRate(now)}
      {next && (
        <Text span size="xs" c="dimmed">
          {' '}
          → {formatGstRate(next.gstRateBps)}
        </Text>
      )}
    </>
  );
}

export function ItemsScreen() {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [active, setActive] = useState(0);
  const [drawer, setDrawer] = useState<ItemTarget | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useItemList(api, search, includeArchived);
  const today = todayIso();

  useGlobalKeys({
    slash: () => {
      if (drawer) return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    altN: () => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      setDrawer({ mode: 'new' });
    },
  });

  const open = (item: Item) => setDrawer({ mode: 'edit', item });
  const onChanged = (item: Item) => {
    // An archived or restored item stays open with its new state; a saved one closes.
    setDrawer((d) => (d?.mode === 'edit' && d.item.id === item.id ? { mode: 'edit', item } : d));
    list.reload();
  };
  const move = (to: number) => setActive(Math.max(0, Math.min(list.rows.length - 1, to)));

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(active - 1);
    } else if (e.key === 'Enter') {
      const row = list.rows[active];
      if (row) open(row);
    } else if (e.key === 'Escape' && search) {
      setSearch('');
    }
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Items & services"
        subtitle="What you bill: HSN or SAC, unit, default rate and GST rate by date"
      >
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'new' })}>
          New item
        </Button>
      </ScreenHeader>

      <Group justify="space-between" gap="md" wrap="nowrap">
        <TextInput
          ref={searchRef}
          aria-label="Search items"
          placeholder="Search name or HSN/SAC"
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          rightSectionWidth={34}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
          w={420}
          autoFocus
        />
        <Group gap="lg" wrap="nowrap">
          <Switch
            label="Show archived"
            checked={includeArchived}
            onChange={(e) => {
              setIncludeArchived(e.currentTarget.checked);
              setActive(0);
            }}
          />
          <ListCount
            list={list}
            count={list.rows.length}
            noun="item"
            testId="item-count"
            minWidth={100}
          />
        </Group>
      </Group>

      <ListError error={list.error} />

      <ListFrame>
        <ListTable label="Items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={110}>Type</Table.Th>
              <Table.Th w={110}>HSN / SAC</Table.Th>
              <Table.Th w={80}>Unit</Table.Th>
              <Table.Th w={150} ta="right">
                Default rate
              </Table.Th>
              <Table.Th w={120} ta="right">
                GST today
              </Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((item, i) => (
              <Table.Tr
                key={item.id}
                data-testid="item-row"
                aria-selected={i === active}
                data-archived={item.archived ? 'true' : undefined}
                onClick={() => {
                  setActive(i);
                  open(item);
                }}
              >
                <Table.Td fw={500}>{item.name}</Table.Td>
                <Table.Td>{item.kind === 'goods' ? 'Goods' : 'Service'}</Table.Td>
                <Table.Td className="bahi-mono">{item.hsnSac}</Table.Td>
                <Table.Td className="bahi-mono">{item.unit}</Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {item.defaultRate > 0 ? formatINR(paise(item.defaultRate)) : '—'}
                </Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {rateNow(item, today)}
                </Table.Td>
                <Table.Td>
                  {item.archived && (
                    <Badge size="xs" color="gray" variant="light" radius="sm">
                      Archived
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
        {list.known && list.rows.length === 0 && (
          <EmptyState
            testId="items-empty"
            icon={IconPackage}
            title={search ? null : 'No items yet'}
          >
            {search ? (
              `No item matches “${search}”`
            ) : (
              <>
                Add the goods and services you bill with <Kbd size="xs">Alt</Kbd>+
                <Kbd size="xs">N</Kbd>.
              </>
            )}
          </EmptyState>
        )}
        <ListLimit count={list.rows.length} limit={ITEM_LIMIT}>
          Showing the first {ITEM_LIMIT.toLocaleString('en-IN')}; search to narrow.
        </ListLimit>
      </ListFrame>

      <Text size="xs" c="dimmed">
        <Kbd size="xs">/</Kbd> search · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">Alt</Kbd>+
        <Kbd size="xs">N</Kbd> new item
      </Text>

      <ItemDrawer target={drawer} onClose={() => setDrawer(null)} onChanged={onChanged} />
    </Stack>
  );
}
