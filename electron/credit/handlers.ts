import { appraise, predictPayments, riskList } from '../../db/credit/appraisal';
import {
  customerExposure,
  listExceptions,
  listHolds,
  putOnHold,
  releaseHold,
} from '../../db/credit/credit';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { riskListWorkbook } from './risk-excel';

export const creditHandlers = defineHandlers({
  'credit.exposure': ({ customerId }, { ledger }) => customerExposure(ledger, customerId),
  'credit.holds': (q, { ledger }) => listHolds(ledger, q),
  'credit.hold': (input, { ledger, actor }) => putOnHold(ledger, input, actor),
  'credit.release': (input, { ledger, actor }) => releaseHold(ledger, input, actor),
  'credit.exceptions': (q, { ledger }) => listExceptions(ledger, q),
  'credit.appraisal': (q, { ledger }) => appraise(ledger, q),
  'credit.riskList': (q, { ledger }) => riskList(ledger, q),
  'credit.exportRiskList': async (q, { ledger }) => download(await riskListWorkbook(ledger, q)),
  'credit.predictedPayments': (q, { ledger }) => predictPayments(ledger, q),
});
