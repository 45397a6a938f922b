// The payment plan form's text, read into what paymentPlans.preview and .create take: each
// problem keyed by the field it is about, so it shows under that input.
import type { PaymentPlanInput } from '../../../shared/payment-plans/contract';
import { MAX_INSTALMENTS, type PlanFrequency } from '../../../shared/payment-plans/schedule';
import type { FieldErrors } from '../api/errors';
import { parseDateText } from '../ui/dates';
import { parseMoneyText } from '../ui/money';

/** One typed instalment of a custom plan; `key` keeps React's rows steady as rows go. */
export interface InstalmentText {
  key: number;
  dueOn: string;
  amount: string;
}

export interface PlanText {
  planOn: string;
  documentIds: number[];
  amount: string;
  frequency: PlanFrequency;
  /** Weekly and monthly: a number of instalments, or the amount of each. */
  by: 'count' | 'amount';
  count: string;
  each: string;
  firstDueOn: string;
  rows: InstalmentText[];
  notes: string;
}

/** Every input the ledger may name, the typed instalments' cells included. */
export const PLAN_FIELDS: ReadonlySet<string> = new Set([
  'planOn',
  'documentIds',
  'amount',
  'frequency',
  'firstDueOn',
  'count',
  'instalmentAmount',
  'instalments',
  'notes',
  ...Array.from({ length: MAX_INSTALMENTS }, (_, i) => [
    `instalments.${i}.dueOn`,
    `instalments.${i}.amount`,
  ]).flat(),
]);

export function readPlan(
  customerId: number,
  f: PlanText,
): { input: PaymentPlanInput; found: FieldErrors } {
  const found: FieldErrors = {};
  const date = (text: string, label: string, field: string, required: string) => {
    const d = parseDateText(text, label);
    if (!d.ok) found[field] = d.message;
    else if (!d.iso) found[field] = required;
    return d.ok ? (d.iso ?? '') : '';
  };
  const money = (text: string, label: string, field: string) => {
    const m = parseMoneyText(text, label);
    if (!m.ok) found[field] = m.message;
    return m.ok ? m.paise : null;
  };
  const planOn = date(f.planOn, 'Plan date', 'planOn', 'Enter the date the plan is agreed');
  if (f.documentIds.length === 0) found.documentIds = 'Tick the invoices the plan is for';
  const amount = money(f.amount, 'Plan amount', 'amount');
  const input: PaymentPlanInput = {
    customerId,
    planOn,
    documentIds: f.documentIds,
    amount,
    frequency: f.frequency,
    notes: f.notes,
  };
  if (f.frequency === 'custom') {
    input.instalments = f.rows.map((r, i) => ({
      dueOn: date(r.dueOn, 'Due date', `instalments.${i}.dueOn`, 'Enter the due date'),
      amount:
        money(r.amount, 'Amount', `instalments.${i}.amount`) ??
        ((found[`instalments.${i}.amount`] ??= 'Enter the amount'), 0),
    }));
    return { input, found };
  }
  input.firstDueOn = date(
    f.firstDueOn,
    'First due date',
    'firstDueOn',
    'Enter the date the first instalment is due',
  );
  if (f.by === 'count') {
    if (!/^\s*\d+\s*$/.test(f.count)) found.count = 'Enter the number of instalments';
    else input.count = Number(f.count);
  } else {
    const each = money(f.each, 'Amount each', 'instalmentAmount');
    if (each === null) found.instalmentAmount ??= 'Enter the amount of each instalment';
    else input.instalmentAmount = each;
  }
  return { input, found };
}
