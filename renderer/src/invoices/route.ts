import type { DraftKind } from './invoiceForm';

/** Where the Invoices screen is; the shell holds it so Alt+I works from any screen. */
export type InvoiceRoute =
  | { view: 'list' }
  /** `n` tells one Alt+I from the next, so a second press starts a fresh form. */
  | { view: 'new'; kind: DraftKind; n: number }
  | { view: 'edit'; id: number }
  | { view: 'show'; id: number };

let opened = 0;
export const newDocumentRoute = (kind: DraftKind = 'invoice'): InvoiceRoute => ({
  view: 'new',
  kind,
  n: ++opened,
});
