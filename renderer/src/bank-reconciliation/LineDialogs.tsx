import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { BankLine } from '../../../shared/bank-reconciliation/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr } from '../customer-accounts/format';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { dateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';

/** The bank line a dialog acts on, as the statement shows it. */
export function LineFacts({ line }: { line: BankLine }) {
  return (
    <Text size="sm" data-testid="line-facts">
      {dateText(line.date)} · <b className="bahi-number">{inr(line.amount)}</b>{' '}
      {line.direction === 'credit' ? 'in' : 'out'}
      <br />
      <span className="bahi-mono">{line.narration}</span>
      {line.reference ? ` · ref ${line.reference}` : ''}
    </Text>
  );
}

const RECEIPT_FIELDS = new Set(['customerId']);

interface CreateReceiptDialogProps {
  line: BankLine;
  /** The customer a suggestion named, to start from. */
  customer: { id: number; label: string } | null;
  onClose: () => void;
  onCreated: (message: string) => void;
}

/** Record the receipt a credit line is, in one step: the ledger allocates it and matches it. */
export function CreateReceiptDialog({
  line,
  customer,
  onClose,
  onCreated,
}: CreateReceiptDialogProps) {
  const api = useApi();
  const [picked, setPicked] = useState(customer);
  const { errors, general, busy, edit, submit } = useDialogForm(RECEIPT_FIELDS);

  const create = () => {
    const found: FieldErrors = picked ? {} : { customerId: 'Choose the customer who paid' };
    void submit(
      found,
      () => api.bankReconciliation.createReceipt({ lineId: line.id, customerId: picked!.id }),
      (r) =>
        onCreated(
          `Receipt ${r.receipt.number ?? ''} for ${inr(line.amount)} from ${picked!.label} recorded and matched`,
        ),
    );
  };

  return (
    <LedgerDialog
      title="Create a receipt from this line"
      intro="Dated as on the statement, with the mode and UTR or cheque number from the narration, set against the invoices the amount settles (else the oldest first), and matched to the line."
      general={general}
      busy={busy}
      action="Create receipt"
      onAction={create}
      onClose={onClose}
    >
      <LineFacts line={line} />
      <CustomerPicker
        label="Customer"
        placeholder="Type a code, name or GSTIN"
        withAsterisk
        data-autofocus
        pickedLabel={picked?.label ?? ''}
        onPick={(c) => {
          setPicked({ id: c.id, label: customerLabel(c) });
          edit('customerId');
        }}
        onClear={() => setPicked(null)}
        error={errors.customerId}
      />
    </LedgerDialog>
  );
}

const UNMATCH_FIELDS = new Set(['reason']);

interface UnmatchDialogProps {
  line: BankLine;
  receiptNumber: string | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Undo a match with why; the match stays in the history, stamped, and audited. */
export function UnmatchDialog({ line, receiptNumber, onClose, onDone }: UnmatchDialogProps) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(UNMATCH_FIELDS);
  const unmatch = () => {
    const found: FieldErrors = reason.trim() ? {} : { reason: 'Say why the match is undone' };
    void submit(
      found,
      () => api.bankReconciliation.unmatch({ lineId: line.id, reason }),
      () => onDone(`Line of ${dateText(line.date)} un-matched from receipt ${receiptNumber ?? ''}`),
    );
  };
  return (
    <LedgerDialog
      title={`Un-match receipt ${receiptNumber ?? ''}`}
      intro="The line goes back to the unmatched queue and the receipt can be matched again. The match is kept in the history with your reason."
      general={general}
      busy={busy}
      action="Un-match"
      actionColor="red"
      onAction={unmatch}
      onClose={onClose}
    >
      <LineFacts line={line} />
      <Textarea
        label="Reason"
        withAsterisk
        data-autofocus
        placeholder="e.g. The UTR was keyed on the wrong receipt"
        autosize
        minRows={2}
        maxLength={200}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          edit('reason');
        }}
        error={errors.reason}
      />
    </LedgerDialog>
  );
}
