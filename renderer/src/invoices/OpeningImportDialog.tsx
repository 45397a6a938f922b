import { useApi } from '../api/context';
import { FileImportDialog } from '../ui/FileImportDialog';
import { plural } from '../ui/format';
import {
  OPENING_COLUMN_HELP,
  OPENING_TEMPLATE_FILE_NAME,
  openingTemplateCsv,
} from './openingTemplate';

interface OpeningImportDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

const TEMPLATE = { fileName: OPENING_TEMPLATE_FILE_NAME, csv: openingTemplateCsv };
const openingInvoices = (n: number) => plural(n, 'opening invoice');

/** Invoices still open when the books move to Bahi: checked first, then imported all or nothing. */
export function OpeningImportDialog(props: OpeningImportDialogProps) {
  const api = useApi();
  return (
    <FileImportDialog
      {...props}
      title="Import opening invoices"
      fileLabel="Open invoices file"
      description="Invoices still unpaid when your books move to Bahi, from Tally or Excel: one row per invoice with the amount still open. Each is posted to the customer against Opening Balances. The file is checked first; if any row has a problem, nothing is imported."
      count={openingInvoices}
      columns={OPENING_COLUMN_HELP}
      template={TEMPLATE}
      run={(upload) => api.invoices.importOpening(upload)}
      checkFirst
    />
  );
}
