import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import {
  COMPARISON_STATUS_LABELS,
  MATCHED_BY_LABELS,
  type ComparisonReport,
  type ComparisonStatus,
} from '../../../shared/books-reconciliation/contract';
import type { Output } from '../../../shared/contract';
import { paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { drCr, inr } from '../customer-accounts/format';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { readFileAsBase64 } from '../ui/files';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { notifyError, notifySuccess } from '../ui/notify';

const STATUS_LABELS = COMPARISON_STATUS_LABELS;
const STATUS_COLOR: Record<ComparisonStatus, string> = {
  equal: 'green',
  different: 'red',
  only_external: 'orange',
  only_bahi: 'yellow',
};

type Imported = Output<'booksReconciliation.importTally'>;

interface Party {
  partyName: string;
  balance: number;
}

/**
 * Enter one customer's balance as Tally shows it; with `party`, a Tally party that matched none
 * of our customers is assigned to the one picked, with its balance.
 */
function ManualEntry({
  asOf,
  party,
  onSaved,
}: {
  asOf: string;
  party: Party | null;
  onSaved: () => void;
}) {
  const api = useApi();
  const [customer, setCustomer] = useState<{ id: number; label: string } | null>(null);
  const [amount, setAmount] = useState(() =>
    party ? moneyText(paise(Math.abs(party.balance))) : '',
  );
  const [side, setSide] = useState<'Dr' | 'Cr'>(() => (party && party.balance < 0 ? 'Cr' : 'Dr'));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const parsed = parseMoneyText(amount, 'Balance');
    if (!parsed.ok) return setError(parsed.message);
    if (!customer) return notifyError('Choose the customer first', 'Balance not saved');
    setBusy(true);
    const amountPaise = parsed.paise ?? 0;
    const r = await api.booksReconciliation.setBalance({
      asOf,
      customerId: customer.id,
      balance: side === 'Dr' ? amountPaise : -amountPaise,
      ...(party ? { partyName: party.partyName } : {}),
    });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message, 'Balance not saved');
    notifySuccess(`Tally balance for ${customer.label} saved`);
    setAmount('');
    setError(undefined);
    onSaved();
  };
  return (
    <Group align="flex-end" gap="xs">
      {party && (
        <Text size="sm" data-testid="assigning-party">
          Tally's <b>{party.partyName}</b> is
        </Text>
      )}
      <CustomerPicker
        label="Customer"
        placeholder="Search a customer"
        w={320}
        pickedLabel={customer?.label ?? ''}
        onPick={(c) => setCustomer({ id: c.id, label: customerLabel(c) })}
        onClear={() => setCustomer(null)}
      />
      <MoneyInput
        label="Balance per Tally"
        w={180}
        value={amount}
        onChange={setAmount}
        error={error}
      />
      <SegmentedControl
        aria-label="Dr or Cr"
        data={['Dr', 'Cr']}
        value={side}
        onChange={(v) => setSide(v as 'Dr' | 'Cr')}
      />
      <Button variant="default" loading={busy} onClick={() => void save()}>
        Save balance
      </Button>
    </Group>
  );
}

/** Tally's balances per customer against ours: import, entry by hand, and the differences. */
export function TallyPanel({
  asOf,
  report,
  onChanged,
}: {
  asOf: string;
  report: ComparisonReport;
  onChanged: () => void;
}) {
  const api = useApi();
  const [imported, setImported] = useState<Imported | null>(null);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [busy, setBusy] = useState(false);
  const [party, setParty] = useState<Party | null>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    const r = await api.booksReconciliation.importTally({
      asOf,
      fileName: file.name,
      contentBase64: await readFileAsBase64(file),
    });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message, 'Tally report not imported');
    setImported(r.data);
    notifySuccess(
      `Imported ${r.data.rowsRead} parties from ${file.name}: ${r.data.matched} matched, ${r.data.unmatched.length} not`,
    );
    onChanged();
  };
  const rows = onlyDifferences ? report.rows.filter((r) => r.status !== 'equal') : report.rows;
  return (
    <Paper withBorder radius="sm" p="sm" style={{ flex: 1, minHeight: 0 }}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-end">
          <ManualEntry
            key={party?.partyName ?? ''}
            asOf={asOf}
            party={party}
            onSaved={() => {
              setParty(null);
              onChanged();
            }}
          />
          <FileButton
            onChange={(f) => void pick(f)}
            accept=".csv,.xlsx,.txt"
            inputProps={{ 'aria-label': 'Tally outstanding report file' }}
          >
            {(props) => (
              <Button {...props} loading={busy} leftSection={<IconFileImport size={16} />}>
                Import Tally report…
              </Button>
            )}
          </FileButton>
        </Group>
        {imported && imported.unmatched.length > 0 && (
          <Alert
            color="orange"
            title={`${imported.unmatched.length} parties in the Tally report match none of our customers`}
            withCloseButton
            onClose={() => setImported(null)}
            data-testid="unmatched-parties"
          >
            <List size="sm">
              {imported.unmatched.map((u) => (
                <List.Item key={u.partyName}>
                  Line {u.line}: <b>{u.partyName}</b> {drCr(u.balance)} — {u.reason}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group gap="md">
          {(Object.keys(STATUS_LABELS) as ComparisonStatus[]).map((s) => (
            <Badge key={s} color={STATUS_COLOR[s]} variant="light" data-testid={`count-${s}`}>
              {STATUS_LABELS[s]}: {report.counts[s]}
            </Badge>
          ))}
          <Checkbox
            label="Differences only"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
          />
        </Group>
        <ScrollArea style={{ flex: 1, minHeight: 0 }}>
          <Table stickyHeader fz="sm" verticalSpacing={4} aria-label="Tally comparison">
            <Table.Thead bg="gray.1">
              <Table.Tr>
                <Table.Th w={120}>Status</Table.Th>
                <Table.Th>Customer</Table.Th>
                <Table.Th>Party in Tally</Table.Th>
                <Table.Th w={120}>Matched by</Table.Th>
                <Table.Th w={150} ta="right">
                  Bahi
                </Table.Th>
                <Table.Th w={150} ta="right">
                  Tally
                </Table.Th>
                <Table.Th w={140} ta="right">
                  Difference
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody className="bahi-number">
              {rows.map((r) => (
                <Table.Tr
                  key={`${r.customerId ?? ''}|${r.partyName ?? ''}`}
                  data-testid="comparison-row"
                >
                  <Table.Td>
                    <Badge color={STATUS_COLOR[r.status]} variant="light">
                      {STATUS_LABELS[r.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.customerName ?? '—'}
                    {r.customerCode && (
                      <Text size="xs" c="dimmed" className="bahi-mono">
                        {r.customerCode}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.partyName ?? '—'}
                    {r.status === 'only_external' && r.partyName && r.theirs !== null && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        ml="xs"
                        onClick={() => setParty({ partyName: r.partyName!, balance: r.theirs! })}
                      >
                        Assign…
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>{r.matchedBy ? MATCHED_BY_LABELS[r.matchedBy] : ''}</Table.Td>
                  <Table.Td ta="right">{r.ours === null ? '' : drCr(r.ours)}</Table.Td>
                  <Table.Td ta="right">{r.theirs === null ? '' : drCr(r.theirs)}</Table.Td>
                  <Table.Td ta="right">{r.difference === null ? '' : inr(r.difference)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={600} className="bahi-number">
                <Table.Td colSpan={4}>Total</Table.Td>
                <Table.Td ta="right" data-testid="total-ours">
                  {drCr(report.totals.ours)}
                </Table.Td>
                <Table.Td ta="right" data-testid="total-theirs">
                  {drCr(report.totals.theirs)}
                </Table.Td>
                <Table.Td ta="right">{inr(report.totals.difference)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          {report.rows.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              No balances on this date on either side: import Tally's outstanding report or enter a
              balance.
            </Text>
          )}
        </ScrollArea>
      </Stack>
    </Paper>
  );
}
