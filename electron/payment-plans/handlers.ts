import { cancelPlan, createPlan, previewPlan } from '../../db/payment-plans/payment-plans';
import { getPlan, listPlans } from '../../db/payment-plans/read';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { plansWorkbook } from './excel';

export const paymentPlansHandlers = defineHandlers({
  'paymentPlans.preview': (input, { ledger }) => previewPlan(ledger, input),
  'paymentPlans.create': (input, { ledger, actor }) => createPlan(ledger, input, actor),
  'paymentPlans.list': (q, { ledger }) => listPlans(ledger, q),
  'paymentPlans.get': (q, { ledger }) => getPlan(ledger, q.id, q.asOf),
  'paymentPlans.cancel': (input, { ledger, actor }) => cancelPlan(ledger, input, actor),
  'paymentPlans.exportExcel': async (q, { ledger }) => download(await plansWorkbook(ledger, q)),
});
