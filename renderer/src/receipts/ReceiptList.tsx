import { Button, Group, Kbd, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus, IconReceipt, IconSearch } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { formatINR, paise } from '../../../shared/money';
import { EmptyState } from '../ui/EmptyState';
import type { ReceiptSummary } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { dateText } from '../ui/dates';
import { ListCount, ListError, ListFrame, ListLimit, ListTable } from '../ui/ListTable';
import { useGlobalKeys } from '../ui/keys';
import { ImportReceiptsDialog } from './ImportReceiptsDialog';
import { ChequeStatusBadge, instrumentText } from './labels';
import { RECEIPT_LIMIT, useReceiptList } from './useReceiptList';

interface ReceiptListProps {
  onNew: () => void;
  onOpen: (receipt: ReceiptSummary) => void;
  /** Receipts came in from a file; the screen shows the list afresh. */
  onImported: () => void;
}

const inr = (p: number) => formatINR(paise(p));

/** Money received, newest first: search by number, customer or cheque / UTR. */
export function ReceiptList({ onNew, onOpen, onImported }: ReceiptListProps) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  const [importing, setImporting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useReceiptList(api, search.trim());

  useGlobalKeys({
    slash: () => {
      if (importing) return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    altN: () => {
      if (!importing) onNew();
    },
  });

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
      if (row) onOpen(row);
    } else if (e.key === 'Escape' && search) {
      setSearch('');
    }
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader title="Receipts" subtitle="Money received, with TDS, charges and allocation">
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => setImporting(true)}
        >
          Import receipts
        </Button>
        <Button
          leftSection={<IconPlus size={16} />}
          rightSection={<Kbd size="xs">F6</Kbd>}
          onClick={onNew}
        >
          New receipt
        </Button>
      </ScreenHeader>

      <Group justify="space-between" gap="md" wrap="nowrap">
        <TextInput
          ref={searchRef}
          aria-label="Search receipts"
          placeholder="Search number, customer, cheque or UTR"
          leftSection={<IconSearch size={16} />}
          rightSection={<Kbd size="xs">/</Kbd>}
          rightSectionWidth={34}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
          w={360}
          autoFocus
        />
        <ListCount list={list} count={list.rows.length} noun="receipt" testId="receipt-count" />
      </Group>

      <ListError error={list.error} />

      <ListFrame>
        <ListTable label="Receipts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>Date</Table.Th>
              <Table.Th w={150}>Number</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Mode</Table.Th>
              <Table.Th w={140} ta="right">
                Amount
              </Table.Th>
              <Table.Th w={110} ta="right">
                TDS
              </Table.Th>
              <Table.Th w={140} ta="right">
                On account
              </Table.Th>
              <Table.Th w={110}>Cheque</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((r, i) => (
              <Table.Tr
                key={r.id}
                data-testid="receipt-row"
                aria-selected={i === active}
                onClick={() => {
                  setActive(i);
                  onOpen(r);
                }}
              >
                <Table.Td className="bahi-number">{dateText(r.date)}</Table.Td>
                <Table.Td className="bahi-mono" fw={600}>
                  {r.number ?? (
                    <Text span size="sm" c="dimmed" fs="italic">
                      Post-dated
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text span size="sm" className="bahi-mono" c="dimmed" mr={8}>
                    {r.customerCode}
                  </Text>
                  {r.customerName}
                </Table.Td>
                <Table.Td>{instrumentText(r)}</Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {inr(r.amount)}
                </Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {r.tdsAmount ? inr(r.tdsAmount) : '—'}
                </Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {r.unallocated ? inr(r.unallocated) : '—'}
                </Table.Td>
                <Table.Td>
                  <ChequeStatusBadge status={r.chequeStatus} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
        {list.known && list.rows.length === 0 && (
          <EmptyState
            testId="receipts-empty"
            icon={IconReceipt}
            title={search ? null : 'No receipts yet'}
          >
            {search ? (
              `No receipt matches “${search}”`
            ) : (
              <>
                Record one with <Kbd size="xs">F6</Kbd> from any screen.
              </>
            )}
          </EmptyState>
        )}
        <ListLimit count={list.rows.length} limit={RECEIPT_LIMIT}>
          Showing the newest {RECEIPT_LIMIT.toLocaleString('en-IN')}; search to narrow.
        </ListLimit>
      </ListFrame>

      <Text size="xs" c="dimmed">
        <Kbd size="xs">/</Kbd> search · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">F6</Kbd> new
        receipt
      </Text>

      <ImportReceiptsDialog
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={onImported}
      />
    </Stack>
  );
}
