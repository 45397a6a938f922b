import {
  Button,
  Group,
  Kbd,
  Menu,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconChevronDown,
  IconFileImport,
  IconFileInvoice,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { todayIso } from '../../../shared/dates';
import { EmptyState } from '../ui/EmptyState';
import type { DocumentSummary } from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { dateText } from '../ui/dates';
import { ListCount, ListError, ListFrame, ListLimit, ListTable } from '../ui/ListTable';
import { useGlobalKeys } from '../ui/keys';
import type { DraftKind } from './invoiceForm';
import { KindBadge, statusOf, StatusBadge, type DocumentKind } from './labels';
import { OpeningImportDialog } from './OpeningImportDialog';
import { DOCUMENT_LIMIT, useDocumentList } from './useDocumentList';

const KIND_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'invoice', label: 'Invoices' },
  { value: 'credit_note', label: 'Credit notes' },
  { value: 'debit_note', label: 'Debit notes' },
];
const STATUS_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'issued', label: 'Issued' },
];

interface InvoiceListProps {
  onNew: (kind: DraftKind) => void;
  onOpen: (doc: DocumentSummary) => void;
  /** Opening invoices came in; the screen shows the list afresh. */
  onImported: () => void;
}

/** Invoices, credit and debit notes, newest first, with the balance still open on each. */
export function InvoiceList({ onNew, onOpen, onImported }: InvoiceListProps) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('all');
  const [status, setStatus] = useState('all');
  const [active, setActive] = useState(0);
  const [importing, setImporting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useDocumentList(api, {
    search,
    kind: kind === 'all' ? null : (kind as DocumentKind),
    status: status === 'draft' || status === 'issued' ? status : null,
  });
  const today = todayIso();

  useGlobalKeys({
    slash: () => {
      if (importing) return;
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    altN: () => {
      if (!importing) onNew('invoice');
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
      <ScreenHeader title="Invoices" subtitle="Tax invoices, credit notes and debit notes">
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} />}
          onClick={() => setImporting(true)}
        >
          Import opening invoices
        </Button>
        <Group gap={0} wrap="nowrap">
          <Button
            leftSection={<IconPlus size={16} />}
            rightSection={<Kbd size="xs">Alt+I</Kbd>}
            onClick={() => onNew('invoice')}
            style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
          >
            New invoice
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                px={8}
                aria-label="New note"
                style={{
                  borderTopLeftRadius: 0,
                  borderBottomLeftRadius: 0,
                  borderLeft: '1px solid rgba(255,255,255,0.3)',
                }}
              >
                <IconChevronDown size={16} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onNew('credit_note')}>New credit note</Menu.Item>
              <Menu.Item onClick={() => onNew('debit_note')}>New debit note</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </ScreenHeader>

      <Group justify="space-between" gap="md" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <TextInput
            ref={searchRef}
            aria-label="Search invoices"
            placeholder="Search number, customer or PO"
            leftSection={<IconSearch size={16} />}
            rightSection={<Kbd size="xs">/</Kbd>}
            rightSectionWidth={34}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onSearchKey}
            w={340}
            autoFocus
          />
          <SegmentedControl
            size="xs"
            aria-label="Kind"
            data={KIND_FILTERS}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setActive(0);
            }}
          />
          <SegmentedControl
            size="xs"
            aria-label="Status"
            data={STATUS_FILTERS}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setActive(0);
            }}
          />
        </Group>
        <ListCount list={list} count={list.rows.length} noun="document" testId="invoice-count" />
      </Group>

      <ListError error={list.error} />

      <ListFrame>
        <ListTable label="Invoices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>Number</Table.Th>
              <Table.Th w={120}>Kind</Table.Th>
              <Table.Th w={110}>Date</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th w={110}>Due</Table.Th>
              <Table.Th w={150} ta="right">
                Total
              </Table.Th>
              <Table.Th w={150} ta="right">
                Open balance
              </Table.Th>
              <Table.Th w={120}>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((d, i) => (
              <Table.Tr
                key={d.id}
                data-testid="invoice-row"
                aria-selected={i === active}
                onClick={() => {
                  setActive(i);
                  onOpen(d);
                }}
              >
                <Table.Td className="bahi-mono" fw={600}>
                  {d.number ?? (
                    <Text span size="sm" c="dimmed" fs="italic">
                      Draft
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={d.kind} />
                </Table.Td>
                <Table.Td className="bahi-number">{dateText(d.date)}</Table.Td>
                <Table.Td>
                  <Text span size="sm" className="bahi-mono" c="dimmed" mr={8}>
                    {d.customerCode}
                  </Text>
                  {d.customerName}
                </Table.Td>
                <Table.Td className="bahi-number">{dateText(d.dueDate)}</Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {formatINR(paise(d.total))}
                </Table.Td>
                <Table.Td ta="right" className="bahi-number">
                  {d.status === 'issued' ? formatINR(paise(d.openBalance)) : '—'}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={statusOf(d, today)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
        {list.known &&
          list.rows.length === 0 &&
          (search || kind !== 'all' || status !== 'all' ? (
            <EmptyState testId="invoices-empty" icon={IconFileInvoice}>
              No document matches these filters
            </EmptyState>
          ) : (
            <EmptyState testId="invoices-empty" icon={IconFileInvoice} title="No invoices yet">
              Start one with <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">I</Kbd> from any screen.
            </EmptyState>
          ))}
        <ListLimit count={list.rows.length} limit={DOCUMENT_LIMIT}>
          Showing the newest {DOCUMENT_LIMIT.toLocaleString('en-IN')}; search or filter to narrow.
        </ListLimit>
      </ListFrame>

      <Text size="xs" c="dimmed">
        <Kbd size="xs">/</Kbd> search · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">Alt</Kbd>+
        <Kbd size="xs">I</Kbd> new invoice
      </Text>

      <OpeningImportDialog
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={onImported}
      />
    </Stack>
  );
}
