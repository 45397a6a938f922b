import type { ColumnMapping } from '../../../shared/bank-reconciliation/contract';
import type { FieldErrors } from '../api/errors';

/** The columns a person maps, as the form holds them: a column's header text, or null. */
export interface MappingForm {
  date: string | null;
  narration: string | null;
  reference: string | null;
  balance: string | null;
  /** Separate debit and credit columns, or one amount column (with a Dr/Cr column or a sign). */
  amounts: 'split' | 'single';
  debit: string | null;
  credit: string | null;
  amount: string | null;
  drcr: string | null;
  dateOrder: NonNullable<ColumnMapping['dateOrder']>;
}

export type MappedColumn = Exclude<keyof MappingForm, 'amounts' | 'dateOrder'>;

export const COLUMN_LABELS: Record<MappedColumn, string> = {
  date: 'Date',
  narration: 'Narration',
  reference: 'Reference / cheque no.',
  debit: 'Debit (money out)',
  credit: 'Credit (money in)',
  amount: 'Amount',
  drcr: 'Dr / Cr',
  balance: 'Balance',
};

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

// The words banks use for each column; a first guess only, the person confirms it.
const GUESSES: [MappedColumn, RegExp][] = [
  ['date', /^(txn|tran|transaction|posted|posting|booking)?(date|dt|on)$|^date/],
  ['narration', /narration|particular|description|details|remark/],
  ['reference', /ref|chq|cheque|utr/],
  ['debit', /debit|withdraw|^dr$|out$|paid/],
  ['credit', /credit|deposit|^cr$|in$|received/],
  ['drcr', /^(drcr|crdr|type)$/],
  ['amount', /amount|amt/],
  ['balance', /balance|^bal$/],
];

const EMPTY: MappingForm = {
  date: null,
  narration: null,
  reference: null,
  balance: null,
  amounts: 'split',
  debit: null,
  credit: null,
  amount: null,
  drcr: null,
  dateOrder: 'dmy',
};

/** The form for a file: the remembered mapping when this file has its columns, else a guess. */
export function initialMapping(columns: string[], remembered: ColumnMapping | null): MappingForm {
  const named = new Map(columns.filter((c) => c.trim()).map((c) => [key(c), c]));
  if (remembered) {
    const { dateOrder, ...cols } = remembered;
    const fits = Object.values(cols).every((c) => c === undefined || named.has(key(c)));
    if (fits) {
      const col = (c: string | undefined) => (c === undefined ? null : named.get(key(c))!);
      return {
        date: col(cols.date),
        narration: col(cols.narration),
        reference: col(cols.reference),
        balance: col(cols.balance),
        amounts: cols.amount ? 'single' : 'split',
        debit: col(cols.debit),
        credit: col(cols.credit),
        amount: col(cols.amount),
        drcr: col(cols.drcr),
        dateOrder: dateOrder ?? 'dmy',
      };
    }
  }
  const form: MappingForm = { ...EMPTY };
  const taken = new Set<string>();
  for (const [field, re] of GUESSES) {
    const found = [...named].find(([k]) => !taken.has(k) && re.test(k));
    if (!found) continue;
    form[field] = found[1];
    taken.add(found[0]);
  }
  if (!(form.debit && form.credit) && form.amount) {
    form.amounts = 'single';
    form.debit = null;
    form.credit = null;
  } else form.amount = form.drcr = null;
  return form;
}

/** The columns each way of giving amounts uses. */
export const columnsFor = (amounts: MappingForm['amounts']): MappedColumn[] => [
  'date',
  'narration',
  'reference',
  ...(amounts === 'split' ? (['debit', 'credit'] as const) : (['amount', 'drcr'] as const)),
  'balance',
];

const REQUIRED: Record<MappingForm['amounts'], MappedColumn[]> = {
  split: ['date', 'narration', 'debit', 'credit'],
  single: ['date', 'narration', 'amount'],
};

/** The mapping to send, or what to fix in the form first. */
export function mappingOf(
  form: MappingForm,
): { ok: true; mapping: ColumnMapping } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const f of REQUIRED[form.amounts]) {
    if (!form[f]) errors[f] = `Choose the ${COLUMN_LABELS[f].toLowerCase()} column`;
  }
  const seen = new Map<string, MappedColumn>();
  for (const f of columnsFor(form.amounts)) {
    const c = form[f];
    if (!c) continue;
    const other = seen.get(c);
    if (other && !errors[f]) errors[f] = `${c} is already the ${COLUMN_LABELS[other]} column`;
    seen.set(c, f);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const mapping: ColumnMapping = {
    date: form.date!,
    narration: form.narration!,
    dateOrder: form.dateOrder,
  };
  for (const f of columnsFor(form.amounts)) {
    const c = form[f];
    if (c && f !== 'date' && f !== 'narration') mapping[f] = c;
  }
  return { ok: true, mapping };
}
