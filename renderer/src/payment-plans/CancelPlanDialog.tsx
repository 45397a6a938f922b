import { todayIso } from '../../../shared/dates';
import type { PaymentPlan } from '../../../shared/payment-plans/contract';
import { useApi } from '../api/context';
import { inr, notBefore } from '../customer-accounts/format';
import { CancelDialog } from '../ui/CancelDialog';

interface CancelPlanDialogProps {
  plan: PaymentPlan;
  onClose: () => void;
  onCancelled: (plan: PaymentPlan) => void;
}

/** Cancel a plan with why: what is unpaid goes back onto its invoices; paid instalments stay. */
export function CancelPlanDialog({ plan, onClose, onCancelled }: CancelPlanDialogProps) {
  const api = useApi();
  return (
    <CancelDialog
      title={`Cancel payment plan ${plan.number}`}
      intro={`${inr(plan.outstanding)} unpaid on its instalments goes back onto ${plan.items.map((d) => d.number).join(', ')}. Instalments already paid stay paid.`}
      dateLabel="Cancelled on"
      dateRequired="Enter the date the plan is cancelled"
      initialDate={notBefore(todayIso(), plan.planOn)}
      reasonRequired="Say why the plan is cancelled"
      reasonPlaceholder="e.g. Customer stopped paying; agreed a new plan"
      action="Cancel plan"
      send={(q) => api.paymentPlans.cancel({ id: plan.id, ...q })}
      onClose={onClose}
      onDone={onCancelled}
    />
  );
}
