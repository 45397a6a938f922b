import { defineHandlers } from '../ipc/router';

// Read-only reports go through the context's reader: on a worker thread in the app.
export const reportsHandlers = defineHandlers({
  'reports.ageing': (input, { ledger, reports }) => reports.read(ledger, 'ageing', input),
  'reports.statement': (input, { ledger, reports }) => reports.read(ledger, 'statement', input),
  'reports.collections': (input, { ledger, reports }) => reports.read(ledger, 'collections', input),
  'reports.dso': (input, { ledger, reports }) => reports.read(ledger, 'dso', input),
  'reports.arSchedule': (input, { ledger, reports }) => reports.read(ledger, 'arSchedule', input),
  'reports.forecast': (input, { ledger, reports }) => reports.read(ledger, 'forecast', input),
});
