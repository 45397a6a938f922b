/** Where the Receipts screen is; the shell holds it so F6 works from any screen. */
export type ReceiptRoute =
  | { view: 'list' }
  /** `n` tells one F6 from the next, so a second press starts a fresh form. */
  | { view: 'new'; n: number }
  | { view: 'show'; id: number };

let opened = 0;
export const newReceiptRoute = (): ReceiptRoute => ({ view: 'new', n: ++opened });
