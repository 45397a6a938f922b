import { listAudit, verifyLedger } from '../../db/audit/audit';
import { defineHandlers } from '../ipc/router';

export const auditHandlers = defineHandlers({
  'audit.list': (input, { ledger }) => listAudit(ledger, input),
  'audit.verify': (_input, { ledger }) => verifyLedger(ledger),
});
