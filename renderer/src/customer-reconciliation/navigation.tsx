import { Button } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { createContext, useContext } from 'react';

/** The customer and period a reconciliation opens on, from another screen. */
export interface ReconciliationStart {
  customerId: number;
  /** `CODE · Name`, as the customer picker shows it. */
  label: string;
  from: string;
  to: string;
}

/** Provided by the shell; null outside it (component tests), where the button is not shown. */
export const OpenCustomerReconciliation = createContext<
  ((start: ReconciliationStart) => void) | null
>(null);

/** Opens customer reconciliation for the customer and period on screen. */
export function ReconcileButton(start: ReconciliationStart) {
  const open = useContext(OpenCustomerReconciliation);
  if (!open) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconArrowsDiff size={16} />}
      onClick={() => open(start)}
      title="Match their ledger of our account against ours, and print the balance confirmation letter"
    >
      Reconcile
    </Button>
  );
}
