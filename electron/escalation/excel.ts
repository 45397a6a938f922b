// The escalation list as the house report sheets: the customers the rules propose, and the cases
// open, the same rows in the same order as on screen.
import { listCases, proposals } from '../../db/escalation/escalation';
import type { Ledger } from '../../db/ledger/open';
import { todayIso } from '../../shared/dates';
import {
  firedText,
  ruleText,
  type EscalationAsOfQuery,
  type EscalationCase,
  type EscalationProposal,
} from '../../shared/escalation/contract';
import { addReportSheet, newWorkbook, type ReportColumn } from '../reports/excel/report-sheet';
import { blanks, companyName, written, type MisFile } from '../reports/mis-excel';

type Figures = EscalationProposal | EscalationCase;

const figureColumns = <T extends Figures>(): ReportColumn<T>[] => [
  { header: 'Code', width: 12, kind: 'text', value: (r) => r.customerCode },
  { header: 'Customer', width: 32, kind: 'text', value: (r) => r.customerName },
  {
    header: 'Why',
    width: 44,
    kind: 'text',
    value: (r) => r.rules.map((k) => firedText(k, r)).join('; '),
  },
  { header: 'Overdue less disputes', width: 16, kind: 'money', value: (r) => r.overdue },
  { header: 'Disputed', width: 14, kind: 'money', value: (r) => r.disputed },
  { header: 'Oldest due', width: 12, kind: 'date', value: (r) => r.oldestDueDate },
  { header: 'Days', width: 7, kind: 'integer', value: (r) => r.oldestDays },
  { header: 'Broken promises', width: 9, kind: 'integer', value: (r) => r.brokenPromises },
];

const sum = <T extends Figures>(rows: T[]) => rows.reduce((s, r) => s + r.overdue, 0);

export async function escalationWorkbook(ledger: Ledger, q: EscalationAsOfQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const asOf = q.asOf ?? todayIso();
  const p = proposals(ledger, { asOf });
  const cases = listCases(ledger, { status: 'open' });
  const rules = (['overdue', 'broken_promises'] as const).map((r) => ruleText(r, p.rules));
  const workbook = newWorkbook(company);
  addReportSheet<EscalationProposal>(workbook, {
    sheetName: 'Proposed',
    company,
    report: 'Escalation list: proposed',
    about: [
      ['As of', asOf],
      ['Rules', rules.join(', or ')],
    ],
    columns: [
      ...figureColumns<EscalationProposal>(),
      { header: 'Balance', width: 16, kind: 'money', value: (r) => r.balance },
      { header: 'Last case closed', width: 12, kind: 'date', value: (r) => r.lastClosedOn },
    ],
    rows: p.proposals,
    totals: ['Total', `${p.proposals.length} customers`, null, sum(p.proposals), ...blanks(6)],
  });
  addReportSheet<EscalationCase>(workbook, {
    sheetName: 'Open cases',
    company,
    report: 'Escalation list: open cases',
    about: [['Figures', 'As on the day each case was opened']],
    columns: [
      { header: 'Case', width: 7, kind: 'integer', value: (r) => r.id },
      { header: 'Opened on', width: 12, kind: 'date', value: (r) => r.openedOn },
      ...figureColumns<EscalationCase>(),
      { header: 'Assigned to', width: 20, kind: 'text', value: (r) => r.assignedTo },
      {
        header: 'Last note',
        width: 44,
        kind: 'text',
        value: (r) => r.notes.at(-1)?.note ?? null,
      },
    ],
    rows: cases,
    totals: ['Total', null, `${cases.length} cases`, null, null, sum(cases), ...blanks(6)],
  });
  return written(workbook, `escalations-${asOf}.xlsx`);
}
