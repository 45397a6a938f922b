// Column headers of the big Indian banks' statement downloads, and how a header row is found.
import type { ColumnMapping, PresetName } from './types';

export type Field =
  | 'date'
  | 'valueDate'
  | 'narration'
  | 'reference'
  | 'debit'
  | 'credit'
  | 'amount'
  | 'drcr'
  | 'balance'
  /** Kotak's second "Dr / Cr", the side of the balance beside it. */
  | 'balanceDrcr';

export interface Layout {
  label: string;
  /** A user mapping: every column it names must be there. */
  strict?: boolean;
  /** Header spellings per field, as the bank writes them; matched by `headerKey`. */
  columns: Partial<Record<Field, string[]>>;
}

/** "Withdrawal Amt.", "WITHDRAWAL AMT" and "withdrawal  amt" all become "withdrawalamt". */
export const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

// Spellings that differ only in case, spaces or punctuation need not be listed twice.
export const PRESETS: Record<PresetName, Layout> = {
  hdfc: {
    label: 'HDFC Bank',
    columns: {
      date: ['Date', 'Txn Date'],
      narration: ['Narration'],
      reference: ['Chq./Ref.No.', 'Chq/Ref Number', 'Ref No'],
      valueDate: ['Value Dt', 'Value Date'],
      debit: ['Withdrawal Amt.', 'Withdrawal Amount'],
      credit: ['Deposit Amt.', 'Deposit Amount'],
      balance: ['Closing Balance'],
    },
  },
  icici: {
    label: 'ICICI Bank',
    columns: {
      // Retail downloads; the corporate (CIB) one has a Transaction Amount with Cr/Dr.
      date: ['Transaction Date', 'Txn Date', 'Transaction Posted Date', 'Txn Posted Date'],
      valueDate: ['Value Date'],
      reference: ['Cheque Number', 'Cheque No.', 'Cheque No / Ref No'],
      narration: ['Transaction Remarks', 'Remarks', 'Description'],
      debit: ['Withdrawal Amount (INR )', 'Withdrawal Amt (INR)', 'Withdrawal Amount'],
      credit: ['Deposit Amount (INR )', 'Deposit Amt (INR)', 'Deposit Amount'],
      amount: ['Transaction Amount (INR)'],
      drcr: ['Cr/Dr'],
      balance: ['Balance (INR )', 'Available Balance (INR)', 'Balance'],
    },
  },
  sbi: {
    label: 'State Bank of India',
    columns: {
      date: ['Txn Date', 'Transaction Date', 'Date'],
      valueDate: ['Value Date'],
      narration: ['Description', 'Details'],
      reference: ['Ref No./Cheque No.', 'Ref No', 'Cheque No.'],
      debit: ['Debit'],
      credit: ['Credit'],
      balance: ['Balance'],
    },
  },
  axis: {
    label: 'Axis Bank',
    columns: {
      date: ['Tran Date', 'Transaction Date'],
      valueDate: ['Value Date'],
      reference: ['CHQNO', 'Chq No', 'Cheque No'],
      narration: ['PARTICULARS'],
      debit: ['DR', 'Debit', 'Withdrawal Amt'],
      credit: ['CR', 'Credit', 'Deposit Amt'],
      balance: ['BAL', 'Balance'],
    },
  },
  kotak: {
    label: 'Kotak Mahindra Bank',
    columns: {
      date: ['Date', 'Transaction Date'],
      valueDate: ['Value Date'],
      narration: ['Narration', 'Description'],
      reference: ['Chq/Ref No', 'Chq/Ref Number'],
      debit: ['Withdrawal (Dr)'],
      credit: ['Deposit (Cr)'],
      amount: ['Amount'],
      drcr: ['Dr / Cr'],
      balance: ['Balance'],
    },
  },
};

export function mappingLayout(mapping: ColumnMapping): Layout {
  const columns: Layout['columns'] = {};
  const fields: Exclude<keyof ColumnMapping, 'dateOrder'>[] = [
    'date',
    'valueDate',
    'narration',
    'reference',
    'debit',
    'credit',
    'amount',
    'drcr',
    'balance',
  ];
  for (const f of fields) {
    const header = mapping[f];
    if (header !== undefined && header.trim() !== '') columns[f] = [header];
  }
  return { label: 'your column mapping', strict: true, columns };
}

export type ColumnIndex = Partial<Record<Field, number>>;

/** Which of the layout's columns this row names, first match per field. */
export function matchHeader(layout: Layout, cells: string[]): ColumnIndex {
  const keys = cells.map(headerKey);
  const found: ColumnIndex = {};
  const used = new Set<number>();
  for (const [field, names] of Object.entries(layout.columns) as [Field, string[]][]) {
    const wanted = new Set(names.map(headerKey));
    const i = keys.findIndex((k, j) => !used.has(j) && wanted.has(k));
    if (i >= 0) {
      found[field] = i;
      used.add(i);
    }
  }
  return found;
}

/** What a header row still lacks to be read with this layout; [] when complete. */
export function missingColumns(layout: Layout, found: ColumnIndex): Field[] {
  const missing: Field[] = (['date', 'narration'] as const).filter((f) => found[f] === undefined);
  const split = found.debit !== undefined && found.credit !== undefined;
  if (!split && found.amount === undefined) {
    if (layout.columns.debit || !layout.columns.amount) {
      if (found.debit === undefined) missing.push('debit');
      if (found.credit === undefined) missing.push('credit');
    } else missing.push('amount');
  }
  // A mapping that names a column promises it is there.
  for (const f of Object.keys(layout.columns) as Field[]) {
    if (layout.strict && found[f] === undefined && !missing.includes(f)) {
      missing.push(f);
    }
  }
  return missing;
}
