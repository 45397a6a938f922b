import { useApi } from '../api/context';
import { FileImportDialog } from '../ui/FileImportDialog';
import { plural } from '../ui/format';
import { COLUMN_HELP, importTemplateCsv, TEMPLATE_FILE_NAME } from './importTemplate';

interface ImportDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

const TEMPLATE = { fileName: TEMPLATE_FILE_NAME, csv: importTemplateCsv };
const customers = (n: number) => plural(n, 'customer');

/** Customers from CSV or Excel, all or nothing. */
export function ImportDialog(props: ImportDialogProps) {
  const api = useApi();
  return (
    <FileImportDialog
      {...props}
      title="Import customers"
      fileLabel="Customer file"
      count={customers}
      columns={COLUMN_HELP}
      template={TEMPLATE}
      run={(upload) => api.customers.import(upload)}
    />
  );
}
