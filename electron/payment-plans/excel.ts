// Payment plans in Excel: one row per instalment (plan, customer, due date, amount, paid, open,
// status), through the house report sheet, the same plans in the same order as on screen.
import type { Ledger } from '../../db/ledger/open';
import { listPlans } from '../../db/payment-plans/read';
import { todayIso } from '../../shared/dates';
import {
  INSTALMENT_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  type PaymentPlan,
  type PlanInstalment,
  type PlanListQuery,
} from '../../shared/payment-plans/contract';
import { PLAN_FREQUENCY_LABELS } from '../../shared/payment-plans/schedule';
import { addReportSheet, newWorkbook } from '../reports/excel/report-sheet';
import { companyName, written, type MisFile } from '../reports/mis-excel';

type Row = { plan: PaymentPlan; instalment: PlanInstalment };

const sum = (rows: Row[], f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);

export async function plansWorkbook(ledger: Ledger, q: PlanListQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const asOf = q.asOf ?? todayIso();
  const plans = listPlans(ledger, { ...q, asOf });
  const rows = plans.flatMap((plan) =>
    plan.instalments.map((instalment) => ({ plan, instalment })),
  );
  const workbook = newWorkbook(company);
  addReportSheet<Row>(workbook, {
    sheetName: 'Payment plans',
    company,
    report: 'Payment plans',
    about: [
      ['As of', asOf],
      ['Status', q.status && q.status !== 'all' ? PLAN_STATUS_LABELS[q.status] : 'All'],
    ],
    columns: [
      { header: 'Plan', width: 16, kind: 'text', value: (r) => r.plan.number },
      { header: 'Plan date', width: 12, kind: 'date', value: (r) => r.plan.planOn },
      {
        header: 'Plan status',
        width: 11,
        kind: 'text',
        value: (r) => PLAN_STATUS_LABELS[r.plan.status],
      },
      { header: 'Code', width: 12, kind: 'text', value: (r) => r.plan.customerCode },
      { header: 'Customer', width: 30, kind: 'text', value: (r) => r.plan.customerName },
      {
        header: 'Frequency',
        width: 10,
        kind: 'text',
        value: (r) => PLAN_FREQUENCY_LABELS[r.plan.frequency],
      },
      { header: 'Instalment', width: 16, kind: 'text', value: (r) => r.instalment.number },
      { header: 'Due', width: 12, kind: 'date', value: (r) => r.instalment.dueOn },
      { header: 'Amount', width: 15, kind: 'money', value: (r) => r.instalment.amount },
      { header: 'Paid', width: 15, kind: 'money', value: (r) => r.instalment.paid },
      { header: 'Open', width: 15, kind: 'money', value: (r) => r.instalment.openBalance },
      {
        header: 'Status',
        width: 10,
        kind: 'text',
        value: (r) => INSTALMENT_STATUS_LABELS[r.instalment.status],
      },
      {
        header: 'Notes',
        width: 30,
        kind: 'text',
        value: (r) => r.plan.cancelReason ?? r.plan.notes,
      },
    ],
    rows,
    totals: [
      'Total',
      null,
      null,
      null,
      `${plans.length} plans`,
      null,
      `${rows.length} instalments`,
      null,
      sum(rows, (r) => r.instalment.amount),
      sum(rows, (r) => r.instalment.paid),
      sum(rows, (r) => r.instalment.openBalance),
      null,
      null,
    ],
  });
  return written(workbook, `payment-plans-${asOf}.xlsx`);
}
