import { useApi } from '../api/context';
import { FileImportDialog, type ImportUpload } from '../ui/FileImportDialog';
import { plural } from '../ui/format';
import { templateCsv } from '../ui/importTemplate';

interface ImportReceiptsDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** How each column of `receipts.import` is read, shown beside the template link. */
const COLUMNS = {
  number:
    'Required. The receipt number in the old books; rows with the same number are one receipt',
  customer_code: 'Required. A customer already in Bahi',
  date: 'Required. Receipt date, 01-07-2025 or 2025-07-01',
  amount: 'Required. What the receipt brought in, in rupees, the same on each of its rows',
  mode: 'Required. cheque, NEFT, RTGS, IMPS, UPI, card, cash or other',
  reference: 'Cheque number (6 digits) or the UTR / reference of a transfer',
  invoice_number: 'The invoice this row settles; blank keeps the money on account',
  allocated_amount: 'What this row sets against the invoice, at most what it has open',
  tds_amount: 'Optional. TDS the customer deducted',
  tds_section: 'Optional. The section, e.g. 194C; needed with TDS',
  bank_charges: 'Optional. Charges the bank kept',
  bank_account:
    'Optional. The account credited; blank is the first bank account (cash: Cash in Hand)',
  cheque_date: 'For cheques. The date on the cheque',
  drawee_bank: 'Optional. The bank the cheque is drawn on',
  narration: 'Optional. A note, e.g. Advance against PO 4512',
};

const TEMPLATE = {
  fileName: 'bahi-receipts-template.csv',
  csv: () => templateCsv(Object.keys(COLUMNS)),
};
const receipts = (n: number) => plural(n, 'receipt');

/**
 * Receipts from the old books, one row per invoice they settle: checked first, then imported
 * all or nothing. Bahi numbers them from its own series and keeps the old number as a note.
 */
export function ImportReceiptsDialog(props: ImportReceiptsDialogProps) {
  const api = useApi();
  // The dialog counts what comes in; for receipts that is receipts, not rows.
  const run = async (upload: ImportUpload) => {
    const r = await api.receipts.import(upload);
    if (!r.ok) return r;
    const { receipts: n, dryRun } = r.data;
    return { ok: true as const, data: { rows: n, created: dryRun ? 0 : n, dryRun } };
  };
  return (
    <FileImportDialog
      {...props}
      title="Import receipts"
      fileLabel="Receipts file"
      description="Receipts from Tally or Excel: one row per invoice a receipt settles (repeat the receipt's number, customer, date and amount on each of its rows); what is not allocated stays on account. Bahi gives each receipt its own number and keeps the old one in the narration. The file is checked first; if any row has a problem, nothing is imported."
      count={receipts}
      columns={COLUMNS}
      template={TEMPLATE}
      run={run}
      checkFirst
    />
  );
}
