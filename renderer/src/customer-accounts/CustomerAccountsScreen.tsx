import { Alert, Box, Center, Group, Loader, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconReceipt2, IconUserDollar } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { EmptyState } from '../ui/EmptyState';
import type { AllocationRow, OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { FollowUpsPanel } from '../follow-ups/FollowUpsPanel';
import { PaymentPlansPanel } from '../payment-plans/PaymentPlansPanel';
import { PromisesPanel } from '../promises/PromisesPanel';
import { ScreenHeader } from '../app/ScreenHeader';
import { customerLabel } from '../invoices/invoiceForm';
import { StatementButton } from '../reports/statements/StatementButton';
import { ReconcileButton } from '../customer-reconciliation/navigation';
import { CustomerPicker } from '../invoices/pickers';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { AllocatePanel } from './AllocatePanel';
import { AllocationsTable } from './AllocationsTable';
import { DocumentDrawer, type DocumentTarget } from './DocumentDrawer';
import { defaultPeriod, drCr, GST_KINDS, inr } from './format';
import { OpenItemsTables } from './OpenItemsTables';
import { RefundDialog } from './RefundDialog';
import { StatementTable } from './StatementTable';
import { UndoDialog } from './UndoDialog';
import { useCustomerLedger } from './useCustomerLedger';
import { WriteOffDialog } from './WriteOffDialog';

/** Which customer and period; the shell keeps it so a drill-down and back finds them again. */
export interface CustomerAccountRoute {
  customerId: number | null;
  /** Null: the current financial year. */
  from: string | null;
  to: string | null;
}

export interface CustomerAccountsScreenProps {
  route: CustomerAccountRoute;
  onRoute: (route: CustomerAccountRoute) => void;
  /** Open an invoice, credit or debit note in the Invoices screen. */
  onOpenDocument: (documentId: number) => void;
  /** Open a receipt where receipts live; without it a receipt opens in a drawer here. */
  onOpenReceipt?: ((receiptId: number) => void) | undefined;
}

type Tab = 'account' | 'allocate';

/** One customer's account: the statement, what is open, what was matched, and the tools to match. */
export function CustomerAccountsScreen({
  route,
  onRoute,
  onOpenDocument,
  onOpenReceipt,
}: CustomerAccountsScreenProps) {
  const api = useApi();
  const today = todayIso();
  const { customerId } = route;
  const fy = defaultPeriod(today);
  const period = { from: route.from ?? fy.from, to: route.to ?? fy.to };
  const [fromText, setFromText] = useState(() => dateText(period.from));
  const [toText, setToText] = useState(() => dateText(period.to));
  const [periodErrors, setPeriodErrors] = useState<{ from?: string; to?: string }>({});
  const [picked, setPicked] = useState<{ id: number; label: string } | null>(null);
  const [tab, setTab] = useState<Tab>('account');
  const [creditId, setCreditId] = useState<number | null>(null);
  const [undoing, setUndoing] = useState<AllocationRow | null>(null);
  const [refunding, setRefunding] = useState<OpenItemRow | null>(null);
  const [writingOff, setWritingOff] = useState<OpenItemRow | null>(null);
  const [viewing, setViewing] = useState<DocumentTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const { ledger, loading, error, reload } = useCustomerLedger(api, {
    customerId,
    from: period.from,
    to: period.to,
  });
  const shown = ledger && ledger.customerId === customerId ? ledger : null;
  const label = shown
    ? customerLabel({ code: shown.customerCode, name: shown.customerName })
    : picked?.id === customerId
      ? picked.label
      : '';

  /** Take the typed period once both ends are real dates in order. */
  const applyPeriod = (fromT: string, toT: string) => {
    const from = parseDateText(fromT, 'From');
    const to = parseDateText(toT, 'To');
    const errs: { from?: string; to?: string } = {};
    if (!from.ok) errs.from = from.message;
    if (!to.ok) errs.to = to.message;
    if (from.ok && to.ok && from.iso && to.iso && from.iso > to.iso) {
      errs.to = 'To must be on or after From';
    }
    setPeriodErrors(errs);
    if (errs.from || errs.to || !from.ok || !to.ok) return;
    onRoute({ ...route, from: from.iso, to: to.iso });
  };

  const openDocument = (d: { documentId: number; kind: string | null }) => {
    if (d.kind && GST_KINDS.has(d.kind)) onOpenDocument(d.documentId);
    else if (d.kind === 'receipt' && onOpenReceipt) onOpenReceipt(d.documentId);
    else setViewing({ documentId: d.documentId, kind: d.kind ?? 'journal' });
  };

  // Said once, in a banner that stays until the next action (a toast would cover the period).
  const finished = (message: string) => {
    setDone(message);
    reload();
  };

  // The credit being allocated: the one chosen, or the oldest still on account.
  const credits = shown?.open.credits ?? [];
  const activeCredit =
    credits.find((c) => c.documentId === creditId)?.documentId ?? credits[0]?.documentId ?? null;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="customer-accounts">
      <ScreenHeader
        title="Customer accounts"
        subtitle="Statement, open items and allocations; allocate, refund and write off"
      >
        {customerId !== null && label !== '' && (
          <ReconcileButton
            customerId={customerId}
            label={label}
            from={period.from}
            to={period.to < today ? period.to : today}
          />
        )}
        {customerId !== null && <StatementButton customerId={customerId} {...period} />}
      </ScreenHeader>
      <Group
        align="flex-start"
        gap="sm"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(() => applyPeriod(fromText, toText))}
      >
        <CustomerPicker
          label="Customer"
          placeholder="Type a code, name, GSTIN or phone"
          w={420}
          autoFocus={customerId === null}
          pickedLabel={label}
          onPick={(c) => {
            setPicked({ id: c.id, label: customerLabel(c) });
            setCreditId(null);
            setDone(null);
            onRoute({ ...route, customerId: c.id });
          }}
          error={error?.field === 'customerId' ? error.message : undefined}
        />
        <DateInput
          label="From"
          w={150}
          value={fromText}
          onChange={setFromText}
          onBlur={(e) => applyPeriod(e.currentTarget.value, toText)}
          error={periodErrors.from ?? (error?.field === 'from' ? error.message : undefined)}
        />
        <DateInput
          label="To"
          w={150}
          value={toText}
          onChange={setToText}
          onBlur={(e) => applyPeriod(fromText, e.currentTarget.value)}
          onKeyDown={(e) => {
            // The last field: Enter applies the period instead of moving on.
            if (e.key === 'Enter') applyPeriod(fromText, e.currentTarget.value);
          }}
          error={periodErrors.to ?? (error?.field === 'to' ? error.message : undefined)}
        />
        {loading && <Loader size="xs" mt={32} />}
        {shown && (
          <Group gap="xl" ml="auto" mt={18} wrap="nowrap" className="bahi-number">
            <Fact label="Closing balance" testId="account-closing" value={drCr(shown.closing)} />
            <Fact
              label="Open items"
              testId="account-owed"
              value={inr(shown.open.debits.reduce((s, d) => s + d.openBalance, 0))}
            />
            <Fact label="On account" testId="account-on-account" value={inr(shown.onAccount)} />
          </Group>
        )}
      </Group>

      {error && !error.field && <Alert color="red">{error.message}</Alert>}
      {done && (
        <Alert
          color="teal"
          py={6}
          withCloseButton
          onClose={() => setDone(null)}
          data-testid="account-done"
        >
          <Text size="sm">{done}</Text>
        </Alert>
      )}

      {customerId === null ? (
        <EmptyState testId="accounts-empty" icon={IconUserDollar}>
          Type a customer’s code or name to open their account.
        </EmptyState>
      ) : !shown ? (
        !error && (
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        )
      ) : (
        <Tabs
          value={tab}
          onChange={(t) => setTab((t as Tab | null) ?? 'account')}
          keepMounted={false}
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          <Tabs.List>
            <Tabs.Tab value="account" leftSection={<IconUserDollar size={15} />}>
              Account
            </Tabs.Tab>
            <Tabs.Tab value="allocate" leftSection={<IconReceipt2 size={15} />}>
              Allocate
            </Tabs.Tab>
          </Tabs.List>
          <Box style={{ flex: 1, minHeight: 0 }} pt="sm">
            <ScrollArea h="100%" offsetScrollbars>
              <Tabs.Panel value="account">
                <Stack gap="md" pb="md">
                  <StatementTable ledger={shown} onOpen={openDocument} />
                  <OpenItemsTables
                    open={shown.open}
                    onAccount={shown.onAccount}
                    today={today}
                    onOpen={openDocument}
                    onWriteOff={setWritingOff}
                    onAllocate={(c) => {
                      setCreditId(c.documentId);
                      setTab('allocate');
                    }}
                    onRefund={setRefunding}
                  />
                  <PaymentPlansPanel
                    customerId={shown.customerId}
                    customerName={shown.customerName}
                    openItems={shown.open.debits}
                    onChanged={finished}
                  />
                  <PromisesPanel
                    customerId={shown.customerId}
                    customerName={shown.customerName}
                    openItems={shown.open.debits}
                  />
                  <FollowUpsPanel
                    customerId={shown.customerId}
                    customerName={shown.customerName}
                    openItems={shown.open.debits}
                    onOpenDocument={openDocument}
                  />
                  <AllocationsTable
                    allocations={shown.allocations}
                    onOpen={openDocument}
                    onUndo={setUndoing}
                  />
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="allocate">
                <Stack gap="md" pb="md">
                  <AllocatePanel
                    open={shown.open}
                    creditId={activeCredit}
                    onCredit={setCreditId}
                    onOpen={openDocument}
                    onRefund={setRefunding}
                    onAllocated={(rows, credit) => {
                      const total = rows.reduce((s, a) => s + a.amount, 0);
                      finished(
                        `${inr(total)} of ${credit.number} allocated to ${rows.map((a) => a.debitNumber).join(', ')}`,
                      );
                    }}
                  />
                  <AllocationsTable
                    allocations={shown.allocations}
                    onOpen={openDocument}
                    onUndo={setUndoing}
                  />
                </Stack>
              </Tabs.Panel>
            </ScrollArea>
          </Box>
        </Tabs>
      )}

      {undoing && (
        <UndoDialog
          allocation={undoing}
          onClose={() => setUndoing(null)}
          onUndone={() => {
            setUndoing(null);
            finished(
              `Allocation of ${undoing.creditNumber} to ${undoing.debitNumber} undone: ${inr(undoing.amount)} back on account`,
            );
          }}
        />
      )}
      {refunding && (
        <RefundDialog
          credit={refunding}
          onClose={() => setRefunding(null)}
          onRefunded={(doc) => {
            setRefunding(null);
            finished(`Refund ${doc.number} recorded against ${refunding.number}`);
          }}
        />
      )}
      {writingOff && (
        <WriteOffDialog
          item={writingOff}
          onClose={() => setWritingOff(null)}
          onWrittenOff={(doc) => {
            setWritingOff(null);
            finished(`Write-off ${doc.number} posted against ${writingOff.number}`);
          }}
        />
      )}
      {shown && <DocumentDrawer target={viewing} ledger={shown} onClose={() => setViewing(null)} />}
    </Stack>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
