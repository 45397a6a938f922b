import { todayIso } from '../../../shared/dates';
import type { PaymentPromise } from '../../../shared/promises/contract';
import { useApi } from '../api/context';
import { inr, notBefore } from '../customer-accounts/format';
import { CancelDialog } from '../ui/CancelDialog';
import { dateText } from '../ui/dates';

interface CancelPromiseDialogProps {
  promise: PaymentPromise;
  onClose: () => void;
  onCancelled: (promise: PaymentPromise) => void;
}

/** Withdraw a promise not kept, with why; it stays on record, marked cancelled. */
export function CancelPromiseDialog({ promise, onClose, onCancelled }: CancelPromiseDialogProps) {
  const api = useApi();
  return (
    <CancelDialog
      title={`Cancel the promise from ${promise.customerName}`}
      intro={`${inr(promise.amount)} promised by ${dateText(promise.promisedOn)}. A cancelled promise is kept on record and is never counted as broken.`}
      dateLabel="Date withdrawn"
      dateRequired="Enter the date it was withdrawn"
      initialDate={notBefore(todayIso(), promise.madeOn)}
      reasonRequired="Say why the promise is withdrawn"
      reasonPlaceholder="e.g. Customer will pay with the next order; recorded against the wrong customer"
      action="Cancel promise"
      send={(q) => api.promises.cancel({ id: promise.id, ...q })}
      onClose={onClose}
      onDone={onCancelled}
    />
  );
}
