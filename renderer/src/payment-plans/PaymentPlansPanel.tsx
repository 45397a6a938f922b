import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PaymentPlan } from '../../../shared/payment-plans/contract';
import { PLAN_FREQUENCY_LABELS } from '../../../shared/payment-plans/schedule';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { CancelPlanDialog } from './CancelPlanDialog';
import { PaymentPlanDialog } from './PaymentPlanDialog';
import { planProgress, PlanStatusBadge } from './PlanStatus';

interface PaymentPlansPanelProps {
  customerId: number;
  customerName: string;
  openItems: OpenItemRow[];
  /** A plan was made or cancelled: the account's open items changed, so it is read again. */
  onChanged: (message: string) => void;
}

/** A customer's payment plans on their account: make one from the overdue invoices, or cancel. */
export function PaymentPlansPanel({
  customerId,
  customerName,
  openItems,
  onChanged,
}: PaymentPlansPanelProps) {
  const api = useApi();
  const [plans, setPlans] = useState<PaymentPlan[]>([]);
  const [making, setMaking] = useState(false);
  const [cancelling, setCancelling] = useState<PaymentPlan | null>(null);
  // openItems: a new set means the account was read again (a receipt may have paid an instalment).
  useEffect(() => {
    let live = true;
    void api.paymentPlans.list({ customerId }).then((r) => {
      if (live && r.ok) setPlans(r.data);
    });
    return () => {
      live = false;
    };
  }, [api, customerId, openItems]);

  const plannable = openItems.some((d) => d.kind !== 'instalment');
  return (
    <Stack gap={4} data-testid="plans-panel">
      <Group justify="space-between">
        <Text className="bahi-section-title">Payment plans</Text>
        {plannable && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconCalendarRepeat size={14} />}
            onClick={() => setMaking(true)}
          >
            Payment plan
          </Button>
        )}
      </Group>
      {plans.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payment plan for this customer.
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <Table verticalSpacing={4} horizontalSpacing={10} fz="sm" aria-label="Payment plans">
            <Table.Tbody className="bahi-number">
              {plans.map((p) => (
                <Table.Tr key={p.id} data-testid="plan">
                  <Table.Td w={110}>
                    <PlanStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.number} · {inr(p.amount)} in {p.instalments.length}{' '}
                      {PLAN_FREQUENCY_LABELS[p.frequency].toLowerCase()} instalments from{' '}
                      {dateText(p.instalments[0]?.dueOn)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {planProgress(p)} · for {p.items.map((d) => d.number).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td w={90} ta="right">
                    {p.status === 'active' && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(p)}>
                        Cancel
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {making && (
        <PaymentPlanDialog
          customerId={customerId}
          customerName={customerName}
          openItems={openItems}
          onClose={() => setMaking(false)}
          onSaved={(p) => {
            setMaking(false);
            onChanged(
              `Payment plan ${p.number}: ${inr(p.amount)} in ${p.instalments.length} instalments`,
            );
          }}
        />
      )}
      {cancelling && (
        <CancelPlanDialog
          plan={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={(p) => {
            setCancelling(null);
            onChanged(`Payment plan ${p.number} cancelled`);
          }}
        />
      )}
    </Stack>
  );
}
