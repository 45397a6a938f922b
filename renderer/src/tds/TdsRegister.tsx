import { Button, Group, Loader, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { formatINR, paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { fieldErrorsOf, type FieldErrors } from '../api/errors';
import { ScreenHeader } from '../app/ScreenHeader';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { downloadBase64 } from '../ui/files';
import { formKeyHandler } from '../ui/keys';
import { notifyError, notifySuccess } from '../ui/notify';
import { currentTdsYear, tdsTotals, type TdsRow } from './tds';

interface Period {
  from: string;
  to: string;
  customerId: number | undefined;
}

/**
 * The period as typed, once both dates are real days in order. A date still being typed is
 * the date input's own business (it says so when left); only an upside-down period is ours.
 */
function periodOf(
  from: string,
  to: string,
  customerId: number | undefined,
): { period: Period | null; errors: FieldErrors } {
  const f = parseDateText(from, 'From date');
  const t = parseDateText(to, 'To date');
  if (!f.ok || !f.iso || !t.ok || !t.iso) return { period: null, errors: {} };
  if (t.iso < f.iso) {
    return { period: null, errors: { to: 'The period must end on or after the day it starts' } };
  }
  return { period: { from: f.iso, to: t.iso, customerId }, errors: {} };
}

/** TDS customers deducted, by customer, section and quarter: what to match with Form 26AS. */
export function TdsRegister() {
  const api = useApi();
  const [fy] = useState(() => currentTdsYear(todayIso()));
  const [from, setFrom] = useState(() => dateText(fy.start));
  const [to, setTo] = useState(() => dateText(fy.end));
  const [customer, setCustomer] = useState<{ id: number; label: string } | null>(null);
  const [rows, setRows] = useState<TdsRow[] | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [exporting, setExporting] = useState(false);
  const { period, errors: typedErrors } = periodOf(from, to, customer?.id);
  const errors = { ...typedErrors, ...serverErrors };
  const key = period ? `${period.from}|${period.to}|${period.customerId ?? ''}` : null;

  useEffect(() => {
    if (!key) return;
    const [f, t, c] = key.split('|');
    let live = true;
    void api.receipts
      .tdsRegister({ from: f, to: t, ...(c ? { customerId: Number(c) } : {}) })
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setRows(r.data);
          setServerErrors({});
        } else {
          setServerErrors(fieldErrorsOf(r.error));
          notifyError(r.error.message, 'The TDS register could not be loaded');
        }
      });
    return () => {
      live = false;
    };
  }, [api, key]);

  const exportExcel = async () => {
    if (!period || exporting) return;
    setExporting(true);
    const r = await api.tds.exportRegister({
      from: period.from,
      to: period.to,
      ...(period.customerId ? { customerId: period.customerId } : {}),
    });
    setExporting(false);
    if (!r.ok) {
      setServerErrors(fieldErrorsOf(r.error));
      notifyError(r.error.message, 'Export failed');
      return;
    }
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Exported ${r.data.fileName}`);
  };

  const totals = tdsTotals(rows ?? []);
  const clearServer = () => setServerErrors({});

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="TDS register"
        subtitle="TDS customers deducted from what they paid, to match with Form 26AS"
      >
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!period}
          loading={exporting}
          onClick={() => void exportExcel()}
        >
          Export to Excel
        </Button>
      </ScreenHeader>

      <Group
        gap="sm"
        align="flex-start"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(() => void exportExcel())}
      >
        <DateInput
          label="From"
          w={150}
          value={from}
          onChange={(t) => {
            setFrom(t);
            clearServer();
          }}
          error={errors.from}
        />
        <DateInput
          label="To"
          w={150}
          value={to}
          onChange={(t) => {
            setTo(t);
            clearServer();
          }}
          error={errors.to}
        />
        <CustomerPicker
          label="Customer"
          placeholder="All customers"
          w={340}
          pickedLabel={customer?.label ?? ''}
          onPick={(c) => setCustomer({ id: c.id, label: customerLabel(c) })}
          onClear={() => setCustomer(null)}
          error={errors.customerId}
        />
      </Group>

      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <ScrollArea style={{ flex: 1 }}>
          {rows === null ? (
            <Loader size="sm" m="md" />
          ) : (
            <Table striped highlightOnHover stickyHeader data-testid="tds-register">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th w={130}>PAN</Table.Th>
                  <Table.Th w={110}>Section</Table.Th>
                  <Table.Th w={120}>Quarter</Table.Th>
                  <Table.Th w={100} ta="right">
                    Receipts
                  </Table.Th>
                  <Table.Th w={160} ta="right">
                    TDS amount
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr
                    key={`${r.customerCode}|${r.section}|${r.quarter}`}
                    data-testid="tds-row"
                  >
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.customerName}
                      </Text>
                      <Text size="xs" c="dimmed" className="bahi-mono">
                        {r.customerCode}
                      </Text>
                    </Table.Td>
                    <Table.Td className="bahi-mono">
                      {r.pan ?? (
                        <Text span size="sm" c="orange.8">
                          No PAN
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className="bahi-mono">{r.section}</Table.Td>
                    <Table.Td>{r.quarter}</Table.Td>
                    <Table.Td ta="right" className="bahi-number">
                      {r.receipts}
                    </Table.Td>
                    <Table.Td ta="right" className="bahi-number">
                      {formatINR(paise(r.tdsAmount))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr data-testid="tds-totals" fw={700}>
                  <Table.Td colSpan={4}>Total</Table.Td>
                  <Table.Td ta="right" className="bahi-number" data-testid="tds-total-receipts">
                    {totals.receipts}
                  </Table.Td>
                  <Table.Td ta="right" className="bahi-number" data-testid="tds-total-amount">
                    {formatINR(paise(totals.tdsAmount))}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          )}
          {rows?.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              No TDS deducted in this period.
            </Text>
          )}
        </ScrollArea>
      </Paper>
    </Stack>
  );
}
