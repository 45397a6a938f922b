import {
  Alert,
  Box,
  Button,
  Center,
  FileButton,
  Group,
  Loader,
  NumberInput,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import {
  IconFileImport,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconScale,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { FileDownload } from '../../../shared/contract/fields';
import { EmptyState } from '../ui/EmptyState';
import { todayIso } from '../../../shared/dates';
import type { BahiErrorShape, Result } from '../../../shared/result';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { defaultPeriod } from '../customer-accounts/format';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { PeriodInputs, type Period } from '../reports/statements/PeriodInputs';
import { downloadBase64, readFileAsBase64 } from '../ui/files';
import { formKeyHandler } from '../ui/keys';
import { notifyError, notifySuccess } from '../ui/notify';
import {
  DifferenceExplained,
  MatchedPairs,
  OnlyOurs,
  OnlyTheirs,
  type Comparison,
} from './ComparisonTables';
import type { ReconciliationStart } from './navigation';

interface TheirFile {
  fileName: string;
  contentBase64: string;
}

/** What was compared, so a result is never shown for another customer, period or file. */
const keyOf = (customerId: number, p: Period, f: TheirFile) =>
  `${customerId}|${p.from}|${p.to}|${f.fileName}|${f.contentBase64.length}`;

/** A file a channel made, handed to the download; its refusal told in a notification. */
function save(r: Result<FileDownload>, failed: string) {
  if (!r.ok) return notifyError(r.error.message, failed);
  downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
  notifySuccess(`Saved ${r.data.fileName}`);
}

/**
 * Customer reconciliation: their ledger of our account (CSV/XLSX) matched line by line against
 * our statement for the period; what only one side has, amounts that differ, and both closings
 * with the difference explained. Export to Excel, and the balance confirmation letter with our
 * statement attached.
 */
export function CustomerReconciliationScreen({
  start = null,
}: {
  /** Opened from a customer's account: that customer and period. */
  start?: ReconciliationStart | null;
}) {
  const api = useApi();
  const [customer, setCustomer] = useState<{ id: number; label: string } | null>(() =>
    start ? { id: start.customerId, label: start.label } : null,
  );
  // The financial year to date: a balance is confirmed as on a day that has passed.
  const [period, setPeriod] = useState<Period>(() =>
    start
      ? { from: start.from, to: start.to }
      : { from: defaultPeriod(todayIso()).from, to: todayIso() },
  );
  const [file, setFile] = useState<TheirFile | null>(null);
  const [loaded, setLoaded] = useState<{ key: string; result: Comparison } | null>(null);
  const [refused, setRefused] = useState<{
    key: string;
    fileName: string;
    error: BahiErrorShape;
  } | null>(null);
  const [busy, setBusy] = useState<'import' | 'xlsx' | 'pdf' | null>(null);
  const [replyDays, setReplyDays] = useState<number | string>(15);
  const openFile = useRef<HTMLButtonElement>(null);

  const key = customer && file ? keyOf(customer.id, period, file) : null;
  const result = loaded && loaded.key === key ? loaded.result : null;
  const comparing = key !== null && loaded?.key !== key && refused?.key !== key;

  /** The answer for `k`: shown when read; a refusal leaves what was shown as it was. */
  const settle = (k: string, f: TheirFile, r: Result<Comparison>): boolean => {
    if (!r.ok) {
      setRefused({ key: k, fileName: f.fileName, error: r.error });
      return false;
    }
    setRefused(null);
    setLoaded({ key: k, result: r.data });
    return true;
  };

  // Another customer or period: compare the file already read again.
  const loadedKey = loaded?.key;
  useEffect(() => {
    if (!customer || !file) return;
    const k = keyOf(customer.id, period, file);
    if (loadedKey === k) return;
    let live = true;
    void api.customerReconciliation
      .compare({ customerId: customer.id, ...period, ...file })
      .then((r) => {
        if (live) settle(k, file, r);
      });
    return () => {
      live = false;
    };
  }, [api, customer, period, file, loadedKey]);

  /** Their ledger, read and compared before it replaces the one shown. */
  const pick = async (picked: File | null) => {
    if (!picked || !customer) return;
    const next = { fileName: picked.name, contentBase64: await readFileAsBase64(picked) };
    setBusy('import');
    const r = await api.customerReconciliation.compare({
      customerId: customer.id,
      ...period,
      ...next,
    });
    setBusy(null);
    if (settle(keyOf(customer.id, period, next), next, r)) setFile(next);
  };

  const exportExcel = async () => {
    if (!customer || !file || !result || busy) return;
    setBusy('xlsx');
    const r = await api.customerReconciliation.exportExcel({
      customerId: customer.id,
      ...period,
      ...file,
    });
    setBusy(null);
    save(r, 'Export failed');
  };

  const letter = async () => {
    if (!customer || busy) return;
    setBusy('pdf');
    const r = await api.customerReconciliation.confirmationLetter({
      customerId: customer.id,
      from: period.from,
      asOf: period.to,
      replyDays: typeof replyDays === 'number' ? replyDays : 15,
      format: 'pdf',
    });
    setBusy(null);
    save(r, 'Letter not made');
  };

  // Ctrl+O reads their ledger, Ctrl+P makes the letter (Ctrl+S, in the form, exports).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'o') {
        e.preventDefault();
        openFile.current?.click();
      } else if (k === 'p') {
        e.preventDefault();
        void letter();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Customer reconciliation"
        subtitle="Their ledger of our account, line by line against our books"
      >
        <FileButton
          onChange={(f) => void pick(f)}
          accept=".csv,.xlsx,.txt"
          inputProps={{ 'aria-label': "Customer's ledger file" }}
        >
          {(props) => (
            <Button
              {...props}
              ref={openFile}
              disabled={!customer}
              loading={busy === 'import'}
              leftSection={<IconFileImport size={16} />}
              title="Ctrl+O"
            >
              Import their ledger…
            </Button>
          )}
        </FileButton>
        <Button
          variant="default"
          loading={busy === 'xlsx'}
          disabled={!result}
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => void exportExcel()}
          title="Ctrl+S"
        >
          Export to Excel
        </Button>
        <Button
          variant="default"
          loading={busy === 'pdf'}
          disabled={!customer}
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => void letter()}
          title="Ctrl+P: our balance on the last day, with our statement for the period"
        >
          Balance confirmation letter
        </Button>
      </ScreenHeader>
      <Group
        align="flex-start"
        gap="sm"
        wrap="wrap"
        data-form-root
        onKeyDown={formKeyHandler(() => void exportExcel())}
      >
        <CustomerPicker
          label="Customer"
          placeholder="Type a code, name, GSTIN or phone"
          w={380}
          autoFocus
          pickedLabel={customer?.label ?? ''}
          onPick={(c) => setCustomer({ id: c.id, label: customerLabel(c) })}
          onClear={() => setCustomer(null)}
        />
        <PeriodInputs period={period} onPeriod={setPeriod} />
        <NumberInput
          label="Reply within (days)"
          w={140}
          min={1}
          max={90}
          allowDecimal={false}
          allowNegative={false}
          value={replyDays}
          onChange={setReplyDays}
        />
      </Group>

      {refused && (
        <Alert
          color="red"
          title={`${refused.fileName} was not read; nothing has changed`}
          withCloseButton
          onClose={() => setRefused(null)}
          data-testid="compare-error"
        >
          {refused.error.message}
        </Alert>
      )}
      {file && (
        <Text size="sm" c="dimmed" data-testid="their-file">
          Their ledger: {file.fileName}
        </Text>
      )}

      <ScrollArea style={{ flex: 1, minHeight: 0 }} offsetScrollbars>
        {result ? (
          <Stack gap="md" pb="md">
            <DifferenceExplained r={result} />
            <OnlyOurs r={result} />
            <OnlyTheirs r={result} />
            <MatchedPairs r={result} />
          </Stack>
        ) : comparing || busy === 'import' ? (
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        ) : (
          <EmptyState testId="reconciliation-empty" icon={IconScale}>
            Pick the customer and the period, then import their ledger of our account (CSV or XLSX,
            as Tally or Excel exports it).
          </EmptyState>
        )}
      </ScrollArea>
    </Box>
  );
}
