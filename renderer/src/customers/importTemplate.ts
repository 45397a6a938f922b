import { IMPORT_COLUMNS } from '../../../shared/customers/contract';
import { templateCsv } from '../ui/importTemplate';

export const TEMPLATE_FILE_NAME = 'bahi-customers-template.csv';

/** The header row the import expects, straight from the contract so the two never drift. */
export const importTemplateCsv = (): string => templateCsv(IMPORT_COLUMNS);

/** How each column is read, shown beside the template link. */
export const COLUMN_HELP: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  code: 'Required. Up to 20 letters or digits, e.g. ACME01',
  name: 'Required',
  gstin: '15 characters; fills state and PAN',
  state_code: '2-digit GST code (27) or name (Maharashtra); needed without GSTIN',
  email: 'accounts@example.in',
  phone: '10-digit mobile or STD code + number',
  payment_terms_days: 'Whole days, default 30',
  credit_limit: 'Rupees, e.g. 5,00,000; blank for no limit',
};
