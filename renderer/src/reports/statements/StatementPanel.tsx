import { Alert, Button, Center, Group, Loader, Menu, Stack, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconFileDescription,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconPrinter,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { StatementOfAccount } from '../../../../shared/reports/contract';
import { EmptyState } from '../../ui/EmptyState';
import type { BahiErrorShape } from '../../../../shared/result';
import { useApi } from '../../api/context';
import { customerLabel } from '../../invoices/invoiceForm';
import { CustomerPicker } from '../../invoices/pickers';
import { drCr } from '../../customer-accounts/format';
import { Fact } from '../../ui/Fact';
import { downloadBase64 } from '../../ui/files';
import { formKeyHandler } from '../../ui/keys';
import { notifyError, notifySuccess } from '../../ui/notify';
import type { StatementRoute } from './navigation';
import { PeriodInputs } from './PeriodInputs';
import { StatementAgeing, StatementTable } from './StatementTable';

export interface StatementPanelProps {
  route: StatementRoute;
  onRoute: (route: StatementRoute) => void;
  /** The financial year, when the route names no period. */
  period: { from: string; to: string };
  /** The desktop app can print to a printer; the browser only saves the PDF. */
  desktop: boolean;
}

type Loaded =
  { key: string; statement: StatementOfAccount } | { key: string; error: BahiErrorShape };

/** One customer's statement for a period, with Print / Save PDF and Excel. */
export function StatementPanel({ route, onRoute, period, desktop }: StatementPanelProps) {
  const api = useApi();
  const { customerId } = route;
  const [picked, setPicked] = useState<{ id: number; label: string } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const key = customerId === null ? null : `${customerId}|${period.from}|${period.to}`;

  useEffect(() => {
    if (key === null || customerId === null) return;
    let live = true;
    void api.reports.statement({ customerId, from: period.from, to: period.to }).then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { key, statement: r.data } : { key, error: r.error });
    });
    return () => {
      live = false;
    };
  }, [api, key, customerId, period.from, period.to]);

  const current = loaded?.key === key ? loaded : null;
  const statement = current && 'statement' in current ? current.statement : null;
  const error = current && 'error' in current ? current.error : null;
  const label = statement
    ? customerLabel({ code: statement.customer.code, name: statement.customer.name })
    : picked?.id === customerId
      ? picked.label
      : '';
  const query = customerId === null ? null : { customerId, from: period.from, to: period.to };

  const savePdf = async () => {
    if (!query || !statement || busy) return;
    setBusy('pdf');
    const r = await api.reports.printStatement({ ...query, format: 'pdf' });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, 'Could not make the PDF');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Saved ${r.data.fileName}`);
  };

  const print = async () => {
    if (!query) return;
    const r = await api.reports.printStatementDialog(query);
    if (!r.ok) notifyError(r.error.message, 'Not printed');
  };

  const exportExcel = async () => {
    if (!query || busy) return;
    setBusy('xlsx');
    const r = await api.reports.exportStatement(query);
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, 'Export failed');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Exported ${r.data.fileName}`);
  };

  // Ctrl+P makes the PDF (and keeps the browser's own print of the screen out of the way).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void savePdf();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Stack gap="sm">
      <Group
        align="flex-start"
        gap="sm"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(() => void savePdf())}
      >
        <CustomerPicker
          label="Customer"
          placeholder="Type a code, name, GSTIN or phone"
          w={420}
          autoFocus={customerId === null}
          pickedLabel={label}
          onPick={(c) => {
            setPicked({ id: c.id, label: customerLabel(c) });
            onRoute({ ...route, customerId: c.id });
          }}
          error={error?.field === 'customerId' ? error.message : undefined}
        />
        <PeriodInputs
          period={period}
          onPeriod={(p) => onRoute({ ...route, ...p })}
          errors={
            error?.field === 'from' || error?.field === 'to' ? { [error.field]: error.message } : {}
          }
        />
        <Group gap="xs" ml="auto" mt={24} wrap="nowrap">
          {desktop ? (
            <Group gap={0} wrap="nowrap">
              <Button
                variant="default"
                loading={busy === 'pdf'}
                disabled={!statement}
                leftSection={<IconFileTypePdf size={16} />}
                onClick={() => void savePdf()}
                style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
                title="Ctrl+P"
              >
                Print / Save PDF
              </Button>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button
                    variant="default"
                    px={8}
                    disabled={!statement}
                    aria-label="More print options"
                    style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeft: 0 }}
                  >
                    <IconChevronDown size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPrinter size={14} />} onClick={() => void print()}>
                    Print…
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          ) : (
            <Button
              variant="default"
              loading={busy === 'pdf'}
              disabled={!statement}
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() => void savePdf()}
              title="Ctrl+P"
            >
              Print / Save PDF
            </Button>
          )}
          <Button
            variant="default"
            loading={busy === 'xlsx'}
            disabled={!statement}
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void exportExcel()}
          >
            Excel
          </Button>
        </Group>
      </Group>

      {error && !error.field && <Alert color="red">{error.message}</Alert>}

      {customerId === null ? (
        <EmptyState testId="statement-empty" icon={IconFileDescription}>
          Type a customer’s code or name to see their statement of account.
        </EmptyState>
      ) : !statement ? (
        !error && (
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        )
      ) : (
        <Stack gap="sm" pb="md">
          <Group gap="xl" className="bahi-number">
            <Fact label="Opening balance" value={drCr(statement.opening)} testId="fact-opening" />
            <Fact label="Closing balance" value={drCr(statement.closing)} testId="fact-closing" />
            <Text size="xs" c="dimmed" ml="auto">
              {statement.customer.gstin ? `GSTIN ${statement.customer.gstin}` : 'Unregistered'}
            </Text>
          </Group>
          <StatementTable statement={statement} />
          <StatementAgeing statement={statement} />
        </Stack>
      )}
    </Stack>
  );
}
