import { Button, Group, Kbd, Stack, Switch, Text, TextInput } from '@mantine/core';
import {
  IconFileExport,
  IconFileImport,
  IconPlus,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import { EmptyState } from '../ui/EmptyState';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { ListCount } from '../ui/ListTable';
import { useGlobalKeys } from '../ui/keys';
import { CustomerDrawer, type DrawerTarget } from './CustomerDrawer';
import { CustomerGrid, type CustomerGridHandle } from './CustomerGrid';
import { exportCustomers } from './exportCustomers';
import { ImportDialog } from './ImportDialog';
import { useCustomerList } from './useCustomerList';

export function CustomersScreen() {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [drawer, setDrawer] = useState<DrawerTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<CustomerGridHandle>(null);
  const list = useCustomerList(api, { search, includeArchived });

  const open = (c: CustomerSummary) => setDrawer({ mode: 'edit', id: c.id });
  const overlayOpen = drawer !== null || importing;

  useGlobalKeys({
    slash: () => {
      if (overlayOpen) return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    altN: () => {
      if (importing) return;
      // Keys typed before the drawer takes focus must not land in the search box.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      setDrawer({ mode: 'new' });
    },
  });

  // From the search box: arrows walk the list, Enter opens the highlighted customer.
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && list.total > 0) {
      e.preventDefault();
      gridRef.current?.focus();
    } else if (e.key === 'Enter') {
      const row = list.rowAt(activeIndex);
      if (row) open(row);
    } else if (e.key === 'Escape' && search) {
      setSearch('');
    }
  };

  const runExport = async () => {
    setExporting(true);
    await exportCustomers(api, true);
    setExporting(false);
  };

  const empty = (
    <EmptyState
      testId="customers-empty"
      icon={IconUsers}
      title={search ? null : 'No customers yet'}
    >
      {search ? (
        `No customer matches “${search}”`
      ) : (
        <>
          Add one with <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">N</Kbd> or import a CSV / Excel file.
        </>
      )}
    </EmptyState>
  );

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader title="Customers">
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => setImporting(true)}
        >
          Import
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          loading={exporting}
          onClick={() => void runExport()}
        >
          Export to Excel
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDrawer({ mode: 'new' })}>
          New customer
        </Button>
      </ScreenHeader>

      <Group justify="space-between" gap="md" wrap="nowrap">
        <TextInput
          ref={searchRef}
          aria-label="Search customers"
          placeholder="Search code, name, GSTIN or phone"
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          rightSectionWidth={34}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setActiveIndex(0);
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
              setActiveIndex(0);
            }}
          />
          <ListCount
            list={list}
            count={list.total}
            noun="customer"
            testId="customer-count"
            minWidth={120}
          />
        </Group>
      </Group>

      {list.error && (
        <Text size="sm" c="red" role="alert">
          {list.error}
        </Text>
      )}

      <CustomerGrid
        ref={gridRef}
        total={list.total}
        rowAt={list.rowAt}
        ensureRange={list.ensureRange}
        activeIndex={activeIndex}
        onActiveIndex={setActiveIndex}
        onOpen={open}
        empty={list.known ? empty : null}
      />

      <Text size="xs" c="dimmed">
        <Kbd size="xs">/</Kbd> search · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">Alt</Kbd>+
        <Kbd size="xs">N</Kbd> new customer
      </Text>

      <CustomerDrawer target={drawer} onClose={() => setDrawer(null)} onChanged={list.reload} />
      <ImportDialog
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={() => list.reload()}
      />
    </Stack>
  );
}
