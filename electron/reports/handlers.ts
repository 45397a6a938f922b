import { ageingReport } from '../../db/reports/ageing';
import { arSchedule, collections, dso, forecast } from '../../db/reports/collections';
import { statementOf } from '../../db/reports/statement';
import { defineHandlers } from '../ipc/router';

export const reportsHandlers = defineHandlers({
  'reports.ageing': (input, { ledger }) => ageingReport(ledger, input),
  'reports.statement': (input, { ledger }) => statementOf(ledger, input),
  'reports.collections': (input, { ledger }) => collections(ledger, input),
  'reports.dso': (input, { ledger }) => dso(ledger, input),
  'reports.arSchedule': (input, { ledger }) => arSchedule(ledger, input),
  'reports.forecast': (input, { ledger }) => forecast(ledger, input),
});
