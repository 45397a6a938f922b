// The instalments of a payment plan: generated weekly or monthly from the first due date (by
// count or by amount each, the last taking what is left to the paisa), or typed by hand.
// Pure arithmetic over paise and YYYY-MM-DD text, shared by the preview and the ledger.
import Decimal from 'decimal.js';
import { addDays, addMonths, formatDateIndian, isIsoDate, type IsoDate } from '../dates';
import { formatINR, paise } from '../money';

export const PLAN_FREQUENCIES = ['weekly', 'monthly', 'custom'] as const;
export type PlanFrequency = (typeof PLAN_FREQUENCIES)[number];
export const PLAN_FREQUENCY_LABELS: Record<PlanFrequency, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  custom: 'Custom',
};

/** Ten years of monthly instalments; a longer plan is a typing mistake. */
export const MAX_INSTALMENTS = 120;

export interface Instalment {
  dueOn: string;
  /** Paise. */
  amount: number;
}

export type ScheduleSpec =
  | {
      frequency: 'weekly' | 'monthly';
      firstDueOn: string | null;
      /** How many instalments; or else `instalmentAmount`, the amount of each. */
      count: number | null;
      instalmentAmount: number | null;
    }
  | { frequency: 'custom'; instalments: Instalment[] };

/** A schedule that cannot be: the input to fix and what to do. */
export class ScheduleError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const inr = (p: number) => formatINR(paise(p));
const on = (d: string) => formatDateIndian(d as IsoDate);

/**
 * `amount` in `n` parts, the last taking the remainder: equal whole rupees, as a plan is agreed
 * and written to the customer (₹88,156 in three is 29,385 + 29,385 + 29,386); equal paise only
 * when there is less than a rupee a part.
 */
function splitByCount(amount: number, n: number): number[] {
  const rupees = new Decimal(amount)
    .div(100 * n)
    .floor()
    .mul(100)
    .toNumber();
  const each = rupees > 0 ? rupees : new Decimal(amount).divToInt(n).toNumber();
  if (each < 1) {
    throw new ScheduleError(
      `${inr(amount)} cannot be split into ${n} instalments of at least ₹0.01: choose fewer`,
      'count',
    );
  }
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? each : amount - each * (n - 1)));
}

/** `amount` in parts of `each`, the last one what is left (at most `each`). */
function splitByAmount(amount: number, each: number): number[] {
  if (each < 1) throw new ScheduleError('Amount each must be more than zero', 'instalmentAmount');
  const n = new Decimal(amount).div(each).ceil().toNumber();
  if (n > MAX_INSTALMENTS) {
    throw new ScheduleError(
      `${inr(each)} each makes ${n} instalments; a plan has at most ${MAX_INSTALMENTS}: enter a larger amount`,
      'instalmentAmount',
    );
  }
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? each : amount - each * (n - 1)));
}

/** The due date of instalment `i` (from 0): every 7 days, or the first's day of each month. */
export function dueDateOf(frequency: 'weekly' | 'monthly', firstDueOn: IsoDate, i: number) {
  return frequency === 'weekly' ? addDays(firstDueOn, 7 * i) : addMonths(firstDueOn, i);
}

/** Weekly or monthly instalments of `amount` from `firstDueOn`. */
export function generateSchedule(
  spec: Extract<ScheduleSpec, { frequency: 'weekly' | 'monthly' }>,
  amount: number,
): Instalment[] {
  if (spec.firstDueOn === null || !isIsoDate(spec.firstDueOn)) {
    throw new ScheduleError('Enter the date the first instalment is due', 'firstDueOn');
  }
  if ((spec.count === null) === (spec.instalmentAmount === null)) {
    throw new ScheduleError('Enter the number of instalments or the amount of each', 'count');
  }
  let amounts: number[];
  if (spec.count !== null) {
    if (!Number.isSafeInteger(spec.count) || spec.count < 1 || spec.count > MAX_INSTALMENTS) {
      throw new ScheduleError(`A plan has 1 to ${MAX_INSTALMENTS} instalments`, 'count');
    }
    amounts = splitByCount(amount, spec.count);
  } else {
    amounts = splitByAmount(amount, spec.instalmentAmount!);
  }
  const first = spec.firstDueOn;
  return amounts.map((a, i) => ({ dueOn: dueDateOf(spec.frequency, first, i), amount: a }));
}

/**
 * Every schedule, generated or typed: at least one instalment, each more than zero, due dates
 * strictly ascending and none before the plan date, adding up to the plan amount exactly.
 */
export function checkSchedule(instalments: Instalment[], amount: number, planOn: string): void {
  if (instalments.length === 0)
    throw new ScheduleError('Add at least one instalment', 'instalments');
  if (instalments.length > MAX_INSTALMENTS) {
    throw new ScheduleError(`A plan has at most ${MAX_INSTALMENTS} instalments`, 'instalments');
  }
  instalments.forEach((x, i) => {
    const row = `Instalment ${i + 1}`;
    if (!isIsoDate(x.dueOn)) {
      throw new ScheduleError(`${row}: enter a real due date`, `instalments.${i}.dueOn`);
    }
    if (x.dueOn < planOn) {
      throw new ScheduleError(
        `${row} is due ${on(x.dueOn)}, before the plan date ${on(planOn)}: make it that day or later`,
        `instalments.${i}.dueOn`,
      );
    }
    const before = instalments[i - 1];
    if (before && x.dueOn <= before.dueOn) {
      throw new ScheduleError(
        `${row} is due ${on(x.dueOn)}, not after instalment ${i} (${on(before.dueOn)}): each falls due after the one before`,
        `instalments.${i}.dueOn`,
      );
    }
    if (!Number.isSafeInteger(x.amount) || x.amount < 1) {
      throw new ScheduleError(`${row}: enter an amount more than zero`, `instalments.${i}.amount`);
    }
  });
  const total = instalments.reduce((s, x) => s + x.amount, 0);
  if (total !== amount) {
    throw new ScheduleError(
      `The instalments add up to ${inr(total)} but the plan is for ${inr(amount)}: ` +
        `${total > amount ? 'take off' : 'add'} ${inr(Math.abs(total - amount))}`,
      'instalments',
    );
  }
}

/** The schedule a plan of `amount` dated `planOn` would have, checked; throws ScheduleError. */
export function scheduleOf(spec: ScheduleSpec, amount: number, planOn: string): Instalment[] {
  if (spec.frequency !== 'custom' && spec.firstDueOn !== null && spec.firstDueOn < planOn) {
    throw new ScheduleError(
      `The first instalment cannot fall due before the plan date ${on(planOn)}`,
      'firstDueOn',
    );
  }
  const instalments =
    spec.frequency === 'custom' ? spec.instalments : generateSchedule(spec, amount);
  checkSchedule(instalments, amount, planOn);
  return instalments;
}
