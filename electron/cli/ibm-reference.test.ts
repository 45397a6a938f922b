// An independent check of the ageing report: IBM's public accounts-receivable data set (2,466
// settled invoices) goes in through the CLI exactly as a user would bring it, and the ageing the
// CLI prints at several dates must match a computation written here from the CSV alone.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../db/testing';
import { bahi, importIbm, readIbmInvoices, type IbmInvoice } from './ibm-reference';

type Invoice = IbmInvoice;

/** Days from a to b. */
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The expected ageing, by due date with buckets not due / 1–30 / 31–60 / 61–90 / over 90. */
function expectedAgeing(invoices: Invoice[], asOf: string) {
  const byCustomer = new Map<string, number[]>();
  for (const inv of invoices) {
    if (inv.date > asOf || inv.settled <= asOf) continue;
    const late = days(inv.due, asOf);
    const bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
    const row = byCustomer.get(inv.customer) ?? [0, 0, 0, 0, 0];
    row[bucket]! += inv.amount;
    byCustomer.set(inv.customer, row);
  }
  return byCustomer;
}

const rupees = (p: number) => `${Math.trunc(p / 100)}.${String(p % 100).padStart(2, '0')}`;

let dir: string;
let cleanup: () => void;
let db: string;
const invoices = readIbmInvoices();

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'ibm.sqlite');
  await importIbm(dir, db, invoices);
}, 120_000);
afterAll(() => cleanup());

describe('ageing against the IBM reference data set', () => {
  it('brought in every invoice and receipt, and the books verify', async () => {
    expect(invoices).toHaveLength(2466);
    const r = await bahi('verify', '--db', db);
    expect(r.code).toBe(0);
  });

  for (const asOf of ['2012-06-30', '2013-01-31', '2013-06-15', '2013-12-31', '2014-03-31']) {
    it(`matches the independent computation as of ${asOf}`, async () => {
      const r = await bahi('report', 'ageing', '--db', db, '--as-of', asOf, '--format', 'json');
      expect(r.err).toBe('');
      const report = JSON.parse(r.out) as {
        buckets: { label: string }[];
        rows: { customerCode: string; amounts: string[]; onAccount: string; total: string }[];
        totals: { amounts: string[]; total: string };
        arControl: string;
      };
      expect(report.buckets.map((b) => b.label)).toEqual([
        'Not due',
        '1–30',
        '31–60',
        '61–90',
        'Over 90',
      ]);
      const expected = expectedAgeing(invoices, asOf);
      const got = new Map(report.rows.map((row) => [row.customerCode, row]));
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [customer, amounts] of expected) {
        const row = got.get(customer)!;
        expect(row.amounts).toEqual(amounts.map(rupees));
        expect(row.onAccount).toBe('0.00');
        expect(row.total).toBe(rupees(amounts.reduce((s, a) => s + a, 0)));
      }
      const total = [...expected.values()].flat().reduce((s, a) => s + a, 0);
      expect(report.totals.total).toBe(rupees(total));
      expect(report.arControl).toBe(rupees(total));
    });
  }
});
