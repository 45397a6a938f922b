import { Box, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  type PaymentPlan,
} from '../../../shared/payment-plans/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import {
  CollectionsTable,
  CustomerLink,
  statusFilters,
  StatusCustomerFilters,
  useStatusList,
} from '../follow-ups/CollectionsList';
import { inr } from '../customer-accounts/format';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { CancelPlanDialog } from './CancelPlanDialog';
import { PlanStatusBadge } from './PlanStatus';

type Filter = (typeof PLAN_STATUSES)[number] | 'all';
const FILTERS = statusFilters(PLAN_STATUSES, PLAN_STATUS_LABELS);

/** Every payment plan: active first by the next instalment due, with what is overdue today. */
export function PaymentPlansScreen() {
  const api = useApi();
  const { status, setStatus, customer, setCustomer, rows, reload } = useStatusList<
    Filter,
    PaymentPlan
  >('all', (q) => api.paymentPlans.list(q), 'Payment plans not loaded');
  const [cancelling, setCancelling] = useState<PaymentPlan | null>(null);

  const late = rows?.filter((p) => p.overdueCount > 0) ?? [];
  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Payment plans"
        subtitle="Overdue balances split into instalments, and whether each is paid on time"
      >
        <Text size="sm" className="bahi-number" data-testid="plans-total">
          {late.length} with instalments overdue · {inr(late.reduce((s, p) => s + p.overdue, 0))}
        </Text>
        <ExcelExportButton
          label="Export to Excel"
          run={() => api.paymentPlans.exportExcel({ status, customerId: customer?.id ?? null })}
        />
      </ScreenHeader>
      <StatusCustomerFilters
        statuses={FILTERS}
        status={status}
        onStatus={setStatus}
        customer={customer}
        onCustomer={setCustomer}
        testId="plan-filter"
      />
      <CollectionsTable
        label="Payment plans"
        rows={rows}
        empty={
          status === 'all'
            ? 'No payment plan yet. Make one from a customer’s account.'
            : 'No payment plan matches.'
        }
        head={
          <>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={150}>Plan</Table.Th>
            <Table.Th w={240}>Customer</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Paid</Table.Th>
            <Table.Th>Next due</Table.Th>
            <Table.Th ta="right">Overdue</Table.Th>
            <Table.Th w={90} />
          </>
        }
      >
        {rows?.map((p) => (
          <Table.Tr key={p.id} data-testid="plan-row">
            <Table.Td>
              <PlanStatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" className="bahi-mono">
                {p.number}
              </Text>
              <Text size="xs" c="dimmed">
                {dateText(p.planOn)} · {p.instalments.length} instalments
              </Text>
            </Table.Td>
            <Table.Td>
              <CustomerLink row={p} />
            </Table.Td>
            <Table.Td ta="right">{inr(p.amount)}</Table.Td>
            <Table.Td ta="right">{inr(p.paid)}</Table.Td>
            <Table.Td data-testid="plan-next-due">
              {p.nextDue
                ? `${dateText(p.nextDue.dueOn)} · ${inr(p.nextDue.amount)}`
                : (p.cancelReason ?? '')}
            </Table.Td>
            <Table.Td ta="right" c={p.overdueCount ? 'red.8' : 'dimmed'}>
              {p.overdueCount ? `${p.overdueCount} · ${inr(p.overdue)}` : '—'}
            </Table.Td>
            <Table.Td ta="right">
              {p.status === 'active' && (
                <Button size="compact-xs" variant="light" onClick={() => setCancelling(p)}>
                  Cancel
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionsTable>
      {cancelling && (
        <CancelPlanDialog
          plan={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={(p) => {
            notifySuccess(`Payment plan ${p.number} cancelled`);
            setCancelling(null);
            reload();
          }}
        />
      )}
    </Box>
  );
}
