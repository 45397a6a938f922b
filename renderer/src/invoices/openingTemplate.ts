import { templateCsv } from '../ui/importTemplate';

/** The columns `invoices.importOpening` reads; `reference` may be left blank or left out. */
export const OPENING_COLUMNS = [
  'number',
  'customer_code',
  'date',
  'due_date',
  'amount',
  'reference',
] as const;

export const OPENING_TEMPLATE_FILE_NAME = 'bahi-opening-invoices-template.csv';

export const openingTemplateCsv = (): string => templateCsv(OPENING_COLUMNS);

/** How each column is read, shown beside the template link. */
export const OPENING_COLUMN_HELP: Record<(typeof OPENING_COLUMNS)[number], string> = {
  number: 'Required. The invoice number as in Tally, e.g. INV/24-25/0312',
  customer_code: 'Required. A customer already in Bahi: import customers first',
  date: 'Required. Invoice date, 15-01-2025 or 2025-01-15',
  due_date: 'Required. On or after the invoice date',
  amount: 'Required. What is still open, in rupees, e.g. 1,18,000.00',
  reference: "Optional. The customer's PO or a note",
};
