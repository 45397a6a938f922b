import {
  addNote,
  closeCase,
  escalate,
  getRules,
  listCases,
  proposals,
  saveRules,
} from '../../db/escalation/escalation';
import { caseSummary } from '../../db/escalation/summary';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { companyName } from '../reports/mis-excel';
import { caseSummaryFileName, caseSummaryHtml } from './CaseSummaryDocument';
import { escalationWorkbook } from './excel';

export const escalationHandlers = defineHandlers({
  'escalation.rules': (_q, { ledger }) => getRules(ledger),
  'escalation.saveRules': (input, { ledger, actor }) => saveRules(ledger, input, actor),
  'escalation.proposals': (q, { ledger }) => proposals(ledger, q),
  'escalation.list': (q, { ledger }) => listCases(ledger, q),
  'escalation.escalate': (input, { ledger, actor }) => escalate(ledger, input, actor),
  'escalation.addNote': (input, { ledger, actor }) => addNote(ledger, input, actor),
  'escalation.close': (input, { ledger, actor }) => closeCase(ledger, input, actor),
  'escalation.summary': (q, { ledger }) => caseSummary(ledger, q),
  'escalation.printSummary': async (q, { ledger, renderPdf }) => {
    const summary = caseSummary(ledger, q);
    const html = caseSummaryHtml(summary, companyName(ledger));
    return {
      fileName: caseSummaryFileName(summary),
      mimeType: 'application/pdf',
      contentBase64: (await renderPdf(html)).toString('base64'),
    };
  },
  'escalation.export': async (q, { ledger }) => download(await escalationWorkbook(ledger, q)),
});
