import { Alert, Center, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CustomerLedger, Receipt } from '../../../shared/receipts/contract';
import { MODE_LABELS } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { dateText } from '../ui/dates';
import { column, inr, kindLabel } from './format';

export interface DocumentTarget {
  documentId: number;
  kind: string;
}

interface DocumentDrawerProps {
  target: DocumentTarget | null;
  /** The account on screen: refunds, write-offs and returned cheques are read from it. */
  ledger: CustomerLedger;
  onClose: () => void;
}

/** A receipt (from the ledger) or a refund / write-off / returned cheque (from the account). */
export function DocumentDrawer({ target, ledger, onClose }: DocumentDrawerProps) {
  const title = target ? kindLabel(target.kind) : '';
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={600}
      title={<Text fw={650}>{title}</Text>}
      transitionProps={{ duration: 120 }}
    >
      {target?.kind === 'receipt' ? (
        <ReceiptDetail key={target.documentId} id={target.documentId} />
      ) : target ? (
        <SettlementDetail target={target} ledger={ledger} />
      ) : null}
    </Drawer>
  );
}

type Loaded = { state: 'error'; message: string } | { state: 'ready'; receipt: Receipt };

function ReceiptDetail({ id }: { id: number }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void api.receipts.get({ id }).then((r) => {
      if (!live) return;
      setLoaded(
        r.ok ? { state: 'ready', receipt: r.data } : { state: 'error', message: r.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, id]);

  if (!loaded) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  const r = loaded.receipt;
  return (
    <Stack gap="md" data-testid="receipt-detail">
      <Text fw={650} size="lg" className="bahi-mono">
        {r.number ?? 'Draft receipt'}
      </Text>
      <dl className="bahi-facts">
        <dt>Date</dt>
        <dd className="bahi-number">{dateText(r.date)}</dd>
        <dt>Customer</dt>
        <dd>
          {r.customerCode} · {r.customerName}
        </dd>
        <dt>Mode</dt>
        <dd>{MODE_LABELS[r.mode]}</dd>
        <dt>Into</dt>
        <dd>{r.bankAccountName}</dd>
        {r.instrumentNumber && (
          <>
            <dt>{r.mode === 'cheque' ? 'Cheque' : 'UTR / reference'}</dt>
            <dd className="bahi-mono">
              {r.instrumentNumber}
              {r.instrumentDate ? ` of ${dateText(r.instrumentDate)}` : ''}
              {r.draweeBank ? ` · ${r.draweeBank}` : ''}
            </dd>
          </>
        )}
        {r.chequeStatus && (
          <>
            <dt>Cheque</dt>
            <dd>{r.chequeStatus.replace('_', '-')}</dd>
          </>
        )}
        <dt>Amount received</dt>
        <dd className="bahi-number">{inr(r.amount)}</dd>
        {r.tdsAmount > 0 && (
          <>
            <dt>TDS {r.tdsSection ?? ''}</dt>
            <dd className="bahi-number">{inr(r.tdsAmount)}</dd>
          </>
        )}
        {r.bankCharges > 0 && (
          <>
            <dt>Bank charges</dt>
            <dd className="bahi-number">{inr(r.bankCharges)}</dd>
          </>
        )}
        <dt>Credited to the customer</dt>
        <dd className="bahi-number">{inr(r.total)}</dd>
        <dt>On account</dt>
        <dd className="bahi-number" data-testid="receipt-unallocated">
          {inr(r.unallocated)}
        </dd>
        {r.narration && (
          <>
            <dt>Narration</dt>
            <dd>{r.narration}</dd>
          </>
        )}
      </dl>
      <AllocationList
        rows={r.allocations.map((a) => ({
          id: a.id,
          date: a.date,
          other: `${kindLabel(a.debitKind)} ${a.debitNumber}`,
          amount: a.amount,
          reason: a.reason,
        }))}
      />
    </Stack>
  );
}

function SettlementDetail({ target, ledger }: { target: DocumentTarget; ledger: CustomerLedger }) {
  const entries = ledger.entries.filter((e) => e.documentId === target.documentId);
  const rows = ledger.allocations
    .filter((a) => a.creditId === target.documentId || a.debitId === target.documentId)
    .map((a) => ({
      id: a.id,
      date: a.date,
      other:
        a.creditId === target.documentId
          ? `${kindLabel(a.debitKind)} ${a.debitNumber}`
          : `${kindLabel(a.creditKind)} ${a.creditNumber}`,
      amount: a.amount,
      reason: a.reason,
    }));
  const number =
    entries[0]?.number ??
    ledger.allocations.find((a) => a.creditId === target.documentId)?.creditNumber ??
    ledger.allocations.find((a) => a.debitId === target.documentId)?.debitNumber ??
    '';
  return (
    <Stack gap="md" data-testid="settlement-detail">
      <Text fw={650} size="lg" className="bahi-mono">
        {number}
      </Text>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          Posted outside the period shown.
        </Text>
      )}
      {entries.map((e, i) => (
        <dl className="bahi-facts" key={i}>
          <dt>Date</dt>
          <dd className="bahi-number">{dateText(e.date)}</dd>
          <dt>Narration</dt>
          <dd>{e.narration}</dd>
          {e.debit > 0 && (
            <>
              <dt>Debit</dt>
              <dd className="bahi-number">{column(e.debit)}</dd>
            </>
          )}
          {e.credit > 0 && (
            <>
              <dt>Credit</dt>
              <dd className="bahi-number">{column(e.credit)}</dd>
            </>
          )}
        </dl>
      ))}
      <AllocationList rows={rows} />
    </Stack>
  );
}

interface ListRow {
  id: number;
  date: string;
  other: string;
  amount: number;
  reason: string | null;
}

function AllocationList({ rows }: { rows: ListRow[] }) {
  return (
    <Stack gap={4}>
      <Text className="bahi-section-title">Set against</Text>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label="Set against">
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td className="bahi-number" w={100}>
                {dateText(a.date)}
              </Table.Td>
              <Table.Td>
                {a.other}
                {a.reason && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    — undone: {a.reason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number" w={140}>
                {inr(a.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td c="dimmed" ta="center">
                Not set against anything yet
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
