// The payment-behaviour score on IBM's accounts-receivable data set, brought in through the CLI
// with its disputed invoices raised as disputes: customers with more disputes must score worse,
// and the score must rank customers by how late they actually paid. Out of sample too: scored
// on the history up to 30-06-2013, against how late they paid what they were invoiced after.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDispute } from '../../db/disputes/disputes';
import { openLedger } from '../../db/ledger/open';
import { tempDir } from '../../db/testing';
import type { Appraisal, PredictedPayment } from '../../shared/credit/contract';
import { bahi, importIbm, readIbmInvoices, type IbmInvoice } from './ibm-reference';

/** Spearman's rank correlation, ties given their average rank. */
export function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) r[order[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const a = rank(xs);
  const b = rank(ys);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const CUTOFF = '2013-06-30';
let dir: string;
let cleanup: () => void;
let db: string;
const invoices = readIbmInvoices();

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'ibm.sqlite');
  await importIbm(dir, db, invoices, () => {
    // Raised on the invoice date, while it is still open: the data set says only "disputed".
    const ledger = openLedger(db);
    try {
      const ids = new Map(
        (
          ledger.sqlite.prepare('select id, number from documents').all() as {
            id: number;
            number: string;
          }[]
        ).map((d) => [d.number, d.id]),
      );
      for (const inv of invoices.filter((i) => i.disputed)) {
        raiseDispute(
          ledger,
          {
            documentId: ids.get(inv.number)!,
            reason: 'other',
            amount: inv.amount,
            raisedOn: inv.date,
          },
          'reference',
        );
      }
    } finally {
      ledger.close();
    }
  });
}, 180_000);
afterAll(() => cleanup());

async function call<T>(channel: string, input: object): Promise<T> {
  const r = await bahi('call', channel, '--db', db, '--input', JSON.stringify(input));
  expect(r.err).toBe('');
  return JSON.parse(r.out) as T;
}

const byCustomer = (rows: IbmInvoice[]) => {
  const m = new Map<string, IbmInvoice[]>();
  for (const r of rows) m.set(r.customer, [...(m.get(r.customer) ?? []), r]);
  return m;
};
const meanLate = (rows: IbmInvoice[]) => rows.reduce((s, r) => s + r.daysLate, 0) / rows.length;

describe('payment behaviour score on the IBM reference data', () => {
  it('scores worse the more invoices a customer disputed, and ranks actual days late', async () => {
    const scored = await call<Appraisal[]>('credit.appraisal', { asOf: '2014-12-31' });
    expect(scored).toHaveLength(byCustomer(invoices).size);
    const actual = byCustomer(invoices);
    const s = scored.filter((a) => a.score !== null);
    const disputes = spearman(
      s.map((a) => a.disputedInvoices / a.invoicesJudged),
      s.map((a) => a.score!),
    );
    const lateness = spearman(
      s.map((a) => meanLate(actual.get(a.customerCode)!)),
      s.map((a) => a.score!),
    );
    console.log(
      `IBM, full history: ${s.length} customers; Spearman(share disputed, score) = ${disputes.toFixed(3)}, ` +
        `Spearman(actual average days late, score) = ${lateness.toFixed(3)}`,
    );
    expect(disputes).toBeLessThan(-0.3);
    expect(lateness).toBeLessThan(-0.5);
    // More disputes, worse score: the half with more disputed invoices scores lower on average.
    const sorted = [...s].sort((a, b) => a.disputedInvoices - b.disputedInvoices);
    const half = Math.floor(sorted.length / 2);
    const avg = (xs: Appraisal[]) => xs.reduce((t, a) => t + a.score!, 0) / xs.length;
    expect(avg(sorted.slice(half))).toBeLessThan(avg(sorted.slice(0, half)));
    for (const a of s) expect(a.grade).toMatch(/^[A-E]$/);
  });

  it(`scored on the history to ${CUTOFF}, ranks how late each customer paid afterwards`, async () => {
    const scored = await call<Appraisal[]>('credit.appraisal', { asOf: CUTOFF });
    const later = byCustomer(invoices.filter((i) => i.date > CUTOFF));
    const s = scored.filter((a) => a.score !== null && later.has(a.customerCode));
    const rho = spearman(
      s.map((a) => meanLate(later.get(a.customerCode)!)),
      s.map((a) => a.score!),
    );
    console.log(
      `IBM, out of sample: ${s.length} customers scored on history to ${CUTOFF}; ` +
        `Spearman(average days late afterwards, score) = ${rho.toFixed(3)}`,
    );
    expect(rho).toBeLessThan(-0.3);
  });

  it('predicts payment dates closer to the truth than the due dates do', async () => {
    const predicted = await call<PredictedPayment[]>('credit.predictedPayments', {
      asOf: CUTOFF,
    });
    const truth = new Map(invoices.map((i) => [i.number, i.settled]));
    const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
    const history = predicted.filter((p) => p.basis === 'history');
    expect(history.length).toBeGreaterThan(50);
    const error = (f: (p: PredictedPayment) => string) =>
      history.reduce((s, p) => s + days(f(p), truth.get(p.number!)!), 0) / history.length;
    const byPrediction = error((p) => p.predictedOn);
    const byDueDate = error((p) => (p.dueDate! < CUTOFF ? CUTOFF : p.dueDate!));
    console.log(
      `IBM, ${history.length} invoices open on ${CUTOFF}: mean error ${byPrediction.toFixed(1)} days ` +
        `predicted, ${byDueDate.toFixed(1)} days by due date`,
    );
    expect(byPrediction).toBeLessThan(byDueDate);
  });

  it('lists the high-risk customers worst first, and writes them to Excel', async () => {
    const risk = await call<Appraisal[]>('credit.riskList', { asOf: '2014-12-31' });
    expect(risk.length).toBeGreaterThan(0);
    for (const a of risk) expect(['D', 'E']).toContain(a.grade);
    const scores = risk.map((a) => a.score!);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const file = await call<{ fileName: string; contentBase64: string }>('credit.exportRiskList', {
      asOf: '2014-12-31',
    });
    expect(file.fileName).toBe('high-risk-2014-12-31.xlsx');
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    // The workbook holds numbers a manager can sort: the worst score first, as a number.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    let header = 0;
    sheet.eachRow((row, n) => {
      if (!header && row.getCell(1).value === 'Code') header = n;
    });
    const scoreColumn = (sheet.getRow(header).values as unknown[]).indexOf('Score');
    expect(sheet.getRow(header + 1).getCell(scoreColumn).value).toBe(scores[0]);
  });
});
