// An independent check of the ageing report: IBM's public accounts-receivable data set (2,466
// settled invoices) goes in through the CLI exactly as a user would bring it, and the ageing the
// CLI prints at several dates must match a computation written here from the CSV alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../db/testing';
import { main } from './main';

const SOURCE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference-data',
  'ibm-accounts-receivable.csv',
);

interface Invoice {
  customer: string;
  number: string;
  date: string;
  due: string;
  settled: string;
  /** Paise, from the text: no float ever touches the amount. */
  amount: number;
  text: string;
}

/** m/d/yyyy → yyyy-mm-dd */
const iso = (us: string) => {
  const [m, d, y] = us.split('/');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};
const toPaise = (text: string) => {
  const [r, p = ''] = text.split('.');
  return Number(r) * 100 + Number(p.padEnd(2, '0'));
};

function readSource(): Invoice[] {
  const [, ...lines] = readFileSync(SOURCE, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const c = line.split(',');
    return {
      customer: c[1]!,
      number: `IBM-${c[3]!}`,
      date: iso(c[4]!),
      due: iso(c[5]!),
      settled: iso(c[8]!),
      amount: toPaise(c[6]!),
      text: c[6]!,
    };
  });
}

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
const invoices = readSource();

async function bahi(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'ibm.sqlite');
  expect(
    (await bahi('init', '--db', db, '--company', 'Reference Co', '--state-code', '27')).code,
  ).toBe(0);
  const customers = [...new Set(invoices.map((i) => i.customer))];
  writeFileSync(
    join(dir, 'customers.csv'),
    ['code,name,state_code', ...customers.map((c) => `${c},Customer ${c},27`)].join('\n'),
  );
  writeFileSync(
    join(dir, 'opening.csv'),
    [
      'number,customer_code,date,due_date,amount',
      ...invoices.map((i) => `${i.number},${i.customer},${i.date},${i.due},${i.text}`),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'receipts.csv'),
    [
      'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount',
      ...invoices.map(
        (i) =>
          `R${i.number},${i.customer},${i.settled},${i.text},NEFT,UTR${i.number.slice(4)},${i.number},${i.text}`,
      ),
    ].join('\n'),
  );
  const steps = [
    ['import', 'customers', join(dir, 'customers.csv'), '--db', db],
    ['import', 'invoices', join(dir, 'opening.csv'), '--db', db],
    ['call', 'bankAccounts.create', '--db', db, '--input', '{"name":"Reference Bank"}'],
    ['import', 'receipts', join(dir, 'receipts.csv'), '--db', db],
  ];
  for (const step of steps) {
    const r = await bahi(...step);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  }
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
