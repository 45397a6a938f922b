import { expect, type Locator, type Page } from '@playwright/test';
import type { ChannelName, Input } from '../shared/contract';

/** Calls the real ledger through the page's own bridge session (for seeding, never faking). */
export async function ipc<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  return page.evaluate(
    async ([c, i]) => {
      const token =
        document.querySelector<HTMLMetaElement>('meta[name="bahi-token"]')?.content ?? '';
      const r = await fetch(`/ipc/${c}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-bahi-token': token },
        body: JSON.stringify(i),
      });
      return (await r.json()) as { ok: boolean; error?: { message: string } };
    },
    [channel, input] as const,
  );
}

/** First-run set-up screen. */
export class SetupPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Set up your company' });

  async createCompany(opts: { legalName: string; gstin?: string }) {
    await expect(this.heading()).toBeVisible();
    await this.page.getByLabel('Legal name').fill(opts.legalName);
    if (opts.gstin) await this.page.getByLabel('GSTIN').fill(opts.gstin);
    await this.page.getByRole('button', { name: 'Create company' }).click();
  }

  async openSample() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'Open sample company' }).click();
    // The first open plays a year of trade into the sample: on a busy machine that takes a while.
    await expect(this.page.getByTestId('sample-badge')).toBeVisible({ timeout: 45_000 });
  }
}

/** The customer list and its drawer. */
export class CustomersPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Customers', level: 3 });
  search = () => this.page.getByRole('textbox', { name: 'Search customers' });
  rows = () => this.page.getByTestId('customer-row');
  count = () => this.page.getByTestId('customer-count');
  /** The customer form (the delete confirmation is a separate, smaller dialog). */
  drawer = () => this.page.getByTestId('customer-drawer');

  /** Wait until the list has answered with exactly `n` customers. */
  async expectCount(n: number) {
    await expect(this.count()).toHaveText(
      n === 1 ? '1 customer' : `${n.toLocaleString('en-IN')} customers`,
    );
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  async showArchived() {
    await this.page.getByRole('switch', { name: 'Show archived' }).check();
  }

  async newCustomer() {
    await this.page.getByRole('button', { name: 'New customer' }).click();
    await expect(this.drawer().getByText('New customer')).toBeVisible();
  }

  /** An input of the customer form by its accessible name (text boxes and the State picker). */
  field(name: string) {
    const d = this.drawer();
    return d
      .getByRole('textbox', { name, exact: true })
      .or(d.getByRole('combobox', { name, exact: true }));
  }

  async save() {
    await this.drawer().getByRole('button', { name: 'Save' }).click();
  }
}

/** Items & services: the list and its drawer. */
export class ItemsPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Items & services', level: 3 });
  rows = () => this.page.getByTestId('item-row');
  drawer = () => this.page.getByTestId('item-drawer');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Items' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** An input of the item form by its accessible name. */
  field(name: string) {
    const d = this.drawer();
    return d
      .getByRole('textbox', { name, exact: true })
      .or(d.getByRole('combobox', { name, exact: true }));
  }
}

/** Invoices: the list, the draft editor and the issued document. */
export class InvoicesPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Invoices', level: 3 });
  rows = () => this.page.getByTestId('invoice-row');
  editor = () => this.page.getByTestId('invoice-editor');
  lines = () => this.page.getByTestId('invoice-line');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Invoices' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** A cell of the lines grid: `cell(1, 'quantity')` is line 1's quantity. */
  cell(line: number, name: string) {
    const e = this.editor();
    return e
      .getByRole('textbox', { name: `Line ${line} ${name}`, exact: true })
      .or(e.getByRole('combobox', { name: `Line ${line} ${name}`, exact: true }));
  }

  /** An input of the draft's header by its accessible name. */
  field(name: string) {
    const e = this.editor();
    return e
      .getByRole('textbox', { name, exact: true })
      .or(e.getByRole('combobox', { name, exact: true }));
  }

  total = (which: 'taxable' | 'cgst' | 'sgst' | 'igst' | 'round-off' | 'grand' | 'words') =>
    this.page.getByTestId(`total-${which}`);
}

/** The Company screen: details and the chart of accounts. */
export class CompanyPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Company', level: 3 });
  accounts = () => this.page.getByTestId('chart-of-accounts');
  /** The name box of an account in the chart, by its code. */
  accountName = (code: string) =>
    this.accounts().getByRole('textbox', { name: `Name of account ${code}`, exact: true });
  /** The Rename button on an account's row. */
  renameButton = (code: string) =>
    this.accounts()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) })
      .getByRole('button', { name: 'Rename' });

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Company' })
      .click();
    await expect(this.heading()).toBeVisible();
  }
}

/** The import dialog of the Invoices screen: check a file first, then import it. */
export class OpeningImportDialog {
  constructor(readonly page: Page) {}

  dialog = () => this.page.getByRole('dialog', { name: 'Import opening invoices' });
  errors = () => this.dialog().getByTestId('import-errors');
  preview = () => this.dialog().getByTestId('import-preview');
  /** The problems table's row for `column` (there is one problem per row and column). */
  problem = (column: string) =>
    this.errors()
      .getByRole('table', { name: 'Import problems' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: column, exact: true }) });

  async open() {
    await this.page.getByRole('button', { name: 'Import opening invoices' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async check(file: string) {
    await this.dialog().getByTestId('import-file-input').setInputFiles(file);
    await this.dialog().getByRole('button', { name: 'Check file' }).click();
  }
}

/** The bank accounts section of the Company screen and its add / edit dialog. */
export class BankAccountsSection {
  constructor(readonly page: Page) {}

  table = () => this.page.getByTestId('bank-accounts');
  row = (name: string) => this.page.getByTestId('bank-account-row').filter({ hasText: name });
  dialog = () => this.page.getByRole('dialog', { name: /bank account|^Edit / });
  field = (name: string | RegExp) => this.dialog().getByRole('textbox', { name });
}

/** The cheque register: a tab per status, actions on each row, dialogs for the dates. */
export class ChequesPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Cheque register', level: 3 });
  rows = () => this.page.getByTestId('cheque-row');
  row = (chequeNo: string) => this.rows().filter({ hasText: chequeNo });
  /** The action dialog open now (deposit, clear, bounce, remove). */
  dialog = () => this.page.getByRole('dialog');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Cheques' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  async tab(label: 'Post-dated' | 'In hand' | 'Deposited' | 'Cleared' | 'Bounced') {
    await this.page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
  }

  /** A row's action button: `action('Deposit', '300001')`. */
  action = (label: 'Deposit' | 'Mark cleared' | 'Bounce' | 'Remove', chequeNo: string) =>
    this.page.getByRole('button', { name: `${label} cheque ${chequeNo}`, exact: true });
}

/** Customer accounts: one customer's statement, open items, allocations, and the allocate tab. */
export class CustomerAccountsPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Customer accounts', level: 3 });
  customer = () => this.page.getByRole('combobox', { name: 'Customer', exact: true });
  from = () => this.page.getByRole('textbox', { name: 'From', exact: true });
  to = () => this.page.getByRole('textbox', { name: 'To', exact: true });
  ledger = () => this.page.getByTestId('ledger');
  ledgerRows = () => this.page.getByTestId('ledger-row');
  balances = () => this.page.getByTestId('ledger-balance');
  opening = () => this.page.getByTestId('ledger-opening-balance');
  closing = () => this.page.getByTestId('ledger-closing-balance');
  openItems = () => this.page.getByTestId('open-item');
  allocations = () => this.page.getByTestId('allocation-row');
  /** The message left after an allocation, undo, refund or write-off. */
  done = () => this.page.getByTestId('account-done');
  allocateForm = () => this.page.getByTestId('allocate-form');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Customer accounts' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** The open item row of a document, by its number. */
  openItem = (number: string) => this.openItems().filter({ hasText: number });
  /** The allocate box of an open invoice on the Allocate tab. */
  allocateTo = (number: string) =>
    this.allocateForm().getByRole('textbox', { name: `Allocate to ${number}`, exact: true });

  async tab(name: 'Account' | 'Allocate') {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Set the period; Enter from To applies it as Tally does. */
  async period(from: string, to: string) {
    await this.from().fill(from);
    await this.from().press('Enter');
    await this.to().fill(to);
    await this.to().press('Enter');
  }
}

/** Receipts: the list, the entry form with its allocation grid, and the recorded receipt. */
export class ReceiptsPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Receipts', level: 3 });
  rows = () => this.page.getByTestId('receipt-row');
  editor = () => this.page.getByTestId('receipt-editor');
  view = () => this.page.getByTestId('receipt-view');
  title = () => this.page.getByTestId('receipt-title');
  chequeStatus = () => this.view().getByTestId('cheque-status');
  basis = () => this.editor().getByTestId('suggestion-basis');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Receipts' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** An input of the entry form by its accessible name (text boxes and the pickers). */
  field(name: string) {
    const e = this.editor();
    return e
      .getByRole('textbox', { name, exact: true })
      .or(e.getByRole('combobox', { name, exact: true }));
  }

  /** The allocate box of an open invoice in the grid. */
  allocation = (number: string) =>
    this.editor().getByRole('textbox', { name: `Allocate to ${number}`, exact: true });
}

/** Statements: one customer's statement of account, and bulk statements as a job. */
export class StatementsPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Statements', level: 3 });
  customer = () => this.page.getByRole('combobox', { name: 'Customer', exact: true });
  from = () => this.page.getByRole('textbox', { name: 'From', exact: true });
  to = () => this.page.getByRole('textbox', { name: 'To', exact: true });
  rows = () => this.page.getByTestId('statement-row');
  opening = () => this.page.getByTestId('statement-opening');
  closing = () => this.page.getByTestId('statement-closing');
  bulk = () => this.page.getByTestId('bulk-statements');
  progress = () => this.page.getByTestId('bulk-progress-text');
  done = () => this.page.getByTestId('bulk-done');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Statements' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** Pick a customer by typing, as the AR desk does. */
  async pick(text: string, option: string | RegExp) {
    await this.customer().fill(text);
    await this.page.getByRole('option', { name: option }).click();
  }

  async tab(name: 'Statement of account' | 'Bulk statements') {
    await this.page.getByRole('tab', { name }).click();
  }
}

/** Collections & DSO: a tab per report, each with its table, and the management pack job. */
export class CollectionsPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Collections & DSO', level: 3 });
  /** The inputs of the tab open now (each tab has its own From and To). */
  panel = () => this.page.getByRole('tabpanel');
  from = () => this.panel().getByRole('textbox', { name: 'From', exact: true });
  to = () => this.panel().getByRole('textbox', { name: 'To', exact: true });
  periodRows = () => this.page.getByTestId('collections-period-row');
  dsoRows = () => this.page.getByTestId('dso-row');
  forecastRows = () => this.page.getByTestId('forecast-row');
  scheduleRows = () => this.page.getByTestId('schedule-row');
  closingTotal = () => this.page.getByTestId('schedule-closing-total');
  arControl = () => this.page.getByTestId('schedule-ar-control');
  agrees = () => this.page.getByTestId('schedule-agrees');
  packAsOf = () => this.page.getByRole('textbox', { name: 'Pack as of', exact: true });
  packProgress = () =>
    this.page.getByRole('progressbar', { name: 'Management pack progress', exact: true });
  packMessage = () => this.page.getByTestId('pack-message');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Collections & DSO' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  async tab(name: 'Collections' | 'DSO' | 'Forecast' | 'AR schedule') {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  /** Set the open tab's period; Enter from To moves on as Tally does. */
  async period(from: string, to: string) {
    await this.from().fill(from);
    await this.from().press('Enter');
    await this.to().fill(to);
    await this.to().press('Enter');
  }
}

/** Ageing: the report as of a date, its totals against the books, drill-down and export. */
export class AgeingPage {
  constructor(readonly page: Page) {}

  heading = () => this.page.getByRole('heading', { name: 'Ageing', level: 3 });
  asOf = () => this.page.getByRole('textbox', { name: 'As of', exact: true });
  buckets = () => this.page.getByRole('textbox', { name: 'Buckets (days)', exact: true });
  grid = () => this.page.getByTestId('ageing-grid');
  rows = () => this.page.getByTestId('ageing-grid-row');
  row = (text: string | RegExp) => this.rows().filter({ hasText: text });
  /** A cell of a row (or of the totals row) by its column: code, name, b0…, onAccount, total. */
  cell = (row: Locator, column: string) => row.locator(`[data-column="${column}"]`);
  totals = () => this.page.getByTestId('ageing-grid-totals');
  total = () => this.page.getByTestId('ageing-total-figure');
  arControl = () => this.page.getByTestId('ageing-ar-control');
  booksCheck = () => this.page.getByTestId('ageing-books-check');
  loading = () => this.page.getByTestId('ageing-loading');
  drill = () => this.page.getByRole('dialog');
  documents = () => this.drill().getByTestId('ageing-documents-row');
  exportJob = () => this.page.getByTestId('ageing-export-job');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Ageing' })
      .click();
    await expect(this.heading()).toBeVisible();
  }

  /** Type the as-of date (dd-mm-yyyy); the report runs once typing has settled. */
  async runAsOf(date: string) {
    await this.asOf().fill(date);
    await this.asOf().press('Enter');
    await expect(this.page.getByText(`AR control in the books on ${date}`)).toBeVisible();
    await expect(this.loading()).toBeHidden();
  }

  async level(name: 'By customer' | 'By document') {
    await this.page.getByText(name, { exact: true }).click();
    await expect(this.grid()).toHaveAttribute('aria-label', `Ageing ${name.toLowerCase()}`);
    await expect(this.loading()).toBeHidden();
  }
}
