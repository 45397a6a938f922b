// The high-risk list as the house report sheet: the same rows, in the same order, as on screen.
import { riskList } from '../../db/credit/appraisal';
import type { Ledger } from '../../db/ledger/open';
import type { Appraisal, AppraisalQuery } from '../../shared/credit/contract';
import { todayIso } from '../../shared/dates';
import { addReportSheet, newWorkbook } from '../reports/excel/report-sheet';
import { companyName, written, type MisFile } from '../reports/mis-excel';

export async function riskListWorkbook(ledger: Ledger, q: AppraisalQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const asOf = q.asOf ?? todayIso();
  const rows = riskList(ledger, { ...q, asOf });
  const workbook = newWorkbook(company);
  addReportSheet<Appraisal>(workbook, {
    sheetName: 'High risk',
    company,
    report: 'High-risk customers',
    about: [
      ['As of', asOf],
      ['Who', 'Grade D or E, on credit hold, or exposure over the credit limit; worst first'],
    ],
    columns: [
      { header: 'Code', width: 12, kind: 'text', value: (r) => r.customerCode },
      { header: 'Customer', width: 32, kind: 'text', value: (r) => r.customerName },
      { header: 'Grade', width: 7, kind: 'text', value: (r) => r.grade ?? 'New' },
      // Numbers, not text, so a manager can sort and average them in Excel.
      { header: 'Score', width: 8, kind: 'number', numFmt: '0.0', value: (r) => r.score },
      {
        header: 'Avg days late',
        width: 10,
        kind: 'number',
        numFmt: '0.0',
        value: (r) => r.avgDaysLate,
      },
      { header: 'Paid late', width: 10, kind: 'number', numFmt: '0%', value: (r) => r.shareLate },
      { header: 'Bounced', width: 9, kind: 'integer', value: (r) => r.bouncedCheques },
      { header: 'Disputed', width: 9, kind: 'integer', value: (r) => r.disputedInvoices },
      { header: 'Broken promises', width: 9, kind: 'integer', value: (r) => r.brokenPromises },
      { header: 'Exposure', width: 16, kind: 'money', value: (r) => r.exposure },
      { header: 'Credit limit', width: 16, kind: 'money', value: (r) => r.creditLimit },
      { header: 'Suggested limit', width: 16, kind: 'money', value: (r) => r.suggestedLimit },
      { header: 'On hold', width: 8, kind: 'text', value: (r) => (r.onHold ? 'Yes' : '') },
    ],
    rows,
    totals: [
      'Total',
      `${rows.length} customers`,
      ...Array<null>(7).fill(null),
      rows.reduce((s, r) => s + r.exposure, 0),
      null,
      null,
      null,
    ],
  });
  return written(workbook, `high-risk-${asOf}.xlsx`);
}
