import { Badge } from '@mantine/core';
import {
  PLAN_STATUS_LABELS,
  type PaymentPlan,
  type PlanStatus,
} from '../../../shared/payment-plans/contract';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';

const COLORS: Record<PlanStatus, string> = { active: 'blue', completed: 'teal', cancelled: 'gray' };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="plan-status">
      {PLAN_STATUS_LABELS[status]}
    </Badge>
  );
}

/** The next instalment and how many are late: the line an AR executive reads first. */
export const planProgress = (p: PaymentPlan): string =>
  [
    `${inr(p.paid)} of ${inr(p.amount)} paid`,
    p.nextDue && `next ${inr(p.nextDue.amount)} on ${dateText(p.nextDue.dueOn)}`,
    p.overdueCount > 0 && `${p.overdueCount} overdue (${inr(p.overdue)})`,
    p.cancelReason && `cancelled: ${p.cancelReason}`,
  ]
    .filter(Boolean)
    .join(' · ');
