import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, formatDateIndian, type IsoDate } from '../../shared/dates';
import { paise } from '../../shared/money';
import { StatementError } from '../bank-statements/types';
import { createPlan } from '../payment-plans/payment-plans';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { compareCustomerLedger } from './customer-reconciliation';
import { normaliseDocumentNumber, reconcile, type OurLine, type Reconciliation } from './match';
import { readTheirLedger, type TheirLine } from './read-ledger';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The identity the letter rests on: ours − theirs = opening gap + only-ours − only-theirs + differences. */
function explains(r: Reconciliation): boolean {
  const s = r.summary;
  return (
    s.difference === r.ourClosing - r.theirClosing &&
    s.difference === s.openingDifference + s.onlyOurs - s.onlyTheirs + s.amountDifferences + s.tds
  );
}

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof StatementError) return e.errors[0];
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('their ledger file', () => {
  it('finds the header under a Tally preamble and turns their credits into our debits', async () => {
    const csv = [
      'Pune Ltd',
      'Ledger: Sahyadri Supplies Pvt Ltd',
      '1-Apr-2025 to 31-Jul-2025',
      '',
      'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
      ',Opening Balance,,,,"1,000.00"',
      '01-Jun-25,Purchase,Purchase,INV/2025-26/0001,,"11,800.00"',
      '01/07/2025,HDFC Bank NEFT UTR HDFCN123,Payment,HDFCN123,"1,06,200.00",',
      ',Closing Balance,,,"1,06,200.00","12,800.00"',
    ].join('\n');
    const l = await readTheirLedger(utf8(csv), 'pune.csv');
    expect(l.opening).toBe(1_000_00);
    expect(l.lines).toEqual([
      {
        line: 7,
        date: '2025-06-01',
        particulars: 'Purchase',
        voucherType: 'Purchase',
        reference: 'INV/2025-26/0001',
        debit: 11_800_00,
        credit: 0,
      },
      {
        line: 8,
        date: '2025-07-01',
        particulars: 'HDFC Bank NEFT UTR HDFCN123',
        voucherType: 'Payment',
        reference: 'HDFCN123',
        debit: 0,
        credit: 1_06_200_00,
      },
    ]);
    expect(l.closing).toBe(1_000_00 + 11_800_00 - 1_06_200_00);
  });

  it('reads one Amount column with Dr/Cr, and XLSX with real dates and numbers', async () => {
    const csv = 'Date\tNarration\tRef No.\tAmount\tDr/Cr\n15 Jan 2025\tBill\t12\t"2,360.00"\tCr\n';
    const a = await readTheirLedger(utf8(csv), 'x.txt');
    expect(a.lines.map((l) => [l.date, l.reference, l.debit, l.credit])).toEqual([
      ['2025-01-15', '12', 2_360_00, 0],
    ]);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ledger');
    ws.addRow(['Our ledger of Sahyadri']);
    ws.addRow(['Date', 'Particulars', 'Bill No.', 'Debit', 'Credit']);
    ws.addRow([new Date(Date.UTC(2025, 5, 1)), 'Purchase', 'INV-7', null, 11800]);
    ws.addRow([new Date(Date.UTC(2025, 6, 3)), 'Payment', 'CHQ 000451', 5000.5, null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const x = await readTheirLedger(bytes, 'ledger.xlsx');
    expect(x.lines.map((l) => [l.line, l.date, l.reference, l.debit, l.credit])).toEqual([
      [3, '2025-06-01', 'INV-7', 11_800_00, 0],
      [4, '2025-07-03', 'CHQ 000451', 0, 5_000_50],
    ]);
  });

  it('refuses a malformed file naming the line and the column', async () => {
    const bad =
      'x\nDate,Particulars,Vch No.,Debit,Credit\n01/06/2025,ok,1,,100\n32/13/2025,bad,2,,100\n';
    expect(await refusal(readTheirLedger(utf8(bad), 'a.csv'))).toMatchObject({
      line: 4,
      field: 'Date',
    });
    const amount = 'Date,Particulars,Vch No.,Debit,Credit\n01/06/2025,ok,1,,12.3.4\n';
    expect(await refusal(readTheirLedger(utf8(amount), 'a.csv'))).toMatchObject({
      line: 2,
      field: 'Credit',
    });
    const noHeader = 'Day,What\n1,2\n';
    expect(await refusal(readTheirLedger(utf8(noHeader), 'a.csv'))).toMatchObject({
      line: 1,
      field: 'header',
    });
  });
});

describe('document numbers', () => {
  it('ignore case, spaces, slashes, leading zeros and prefixes', () => {
    const k = normaliseDocumentNumber('INV/2025-26/0012');
    expect(
      ['inv 2025-26/12', '2025/26/012', 'Invoice No. 2025-26-12'].map(normaliseDocumentNumber),
    ).toEqual([k, k, k]);
    expect(normaliseDocumentNumber('2025-26/13')).not.toBe(k);
  });
});

describe('against our books', () => {
  let t: ReturnType<typeof receiptsLedger>;
  beforeEach(() => (t = receiptsLedger()));
  afterEach(() => t.ledger.cleanup());

  it('lists the invoice they have not booked and shows TDS kept on a short payment', async () => {
    const a = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01'); // 11,800.00
    const b = invoice(t.ledger, t.pune, 20_000_00, '2025-06-10'); // 23,600.00
    const c = invoice(t.ledger, t.pune, 5_000_00, '2025-06-20'); // 5,900.00: they have not booked it
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-07-01',
      amount: 10_800_00,
      tdsAmount: 1_000_00,
      tdsSection: '194J',
      instrumentNumber: 'HDFCN52025070112345',
      allocations: [{ documentId: a.id, amount: 11_800_00 }],
    });
    const csv = [
      'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
      `${formatDateIndian(a.date as IsoDate)},Sahyadri,Purchase,${(a.number ?? '').toLowerCase()},,"11,800.00"`,
      `${formatDateIndian(b.date as IsoDate)},Sahyadri,Purchase,${(b.number ?? '').replace(/\//g, ' ')},,"23,600.00"`,
      '02/07/2025,HDFC NEFT,Payment,N123,"10,800.00",',
    ].join('\n');
    const r = await compareCustomerLedger(t.ledger, {
      customerId: t.pune,
      from: '2025-04-01',
      to: '2025-07-31',
      bytes: utf8(csv),
      fileName: 'pune.csv',
    });
    expect(r.matched.map((m) => [m.ours.number ?? m.ours.kind, m.basis, m.difference])).toEqual([
      [a.number, 'document', 0],
      [b.number, 'document', 0],
      [expect.anything(), 'tds', -1_000_00],
    ]);
    expect(r.onlyOurs.map((l) => l.number)).toEqual([c.number]);
    expect(r.onlyTheirs).toEqual([]);
    expect(r.ourClosing).toBe(11_800_00 + 23_600_00 + 5_900_00 - 11_800_00);
    expect(r.theirClosing).toBe(11_800_00 + 23_600_00 - 10_800_00);
    expect(r.summary).toMatchObject({ difference: 4_900_00, onlyOurs: 5_900_00, tds: -1_000_00 });
    expect(explains(r)).toBe(true);
  });

  it('leaves a payment plan and its instalments out: the customer’s books never hold them', async () => {
    const a = invoice(t.ledger, t.pune, 10_000_00, '2025-04-01'); // 11,800.00, overdue by July
    createPlan(
      t.ledger,
      {
        customerId: t.pune,
        planOn: '2025-07-01',
        frequency: 'monthly',
        firstDueOn: '2025-07-31',
        count: 2,
      },
      't',
    );
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-07-31',
      amount: 5_900_00,
      instrumentNumber: 'HDFCN0731',
      allocations: [],
    });
    const csv = [
      'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
      `01/04/2025,Sahyadri,Purchase,${a.number},,"11,800.00"`,
      '31/07/2025,HDFC NEFT,Payment,HDFCN0731,"5,900.00",',
    ].join('\n');
    const r = await compareCustomerLedger(t.ledger, {
      customerId: t.pune,
      from: '2025-04-01',
      to: '2025-08-31',
      bytes: utf8(csv),
      fileName: 'pune.csv',
    });
    expect(r.statement.entries.map((e) => e.kind)).toContain('instalment');
    expect(r.matched.map((m) => m.basis)).toEqual(['document', 'reference']);
    expect(r.onlyOurs).toEqual([]);
    expect(r.onlyTheirs).toEqual([]);
    expect(r.ourClosing).toBe(5_900_00);
    expect(r.ourClosing).toBe(r.statement.closing);
    expect(r.summary.difference).toBe(0);
    expect(explains(r)).toBe(true);
  });
});

// Random ledgers of ours, and "their" copy made by dropping, adding, re-amounting, re-dating,
// cutting TDS off payments and re-spelling document numbers: the difference is always explained
// and every line is in exactly one list.
const ourLine = fc.record({
  day: fc.integer({ min: 0, max: 90 }),
  invoice: fc.boolean(),
  amount: fc.integer({ min: 1, max: 50_000_000 }),
  n: fc.integer({ min: 1, max: 400 }),
});
const perturb = fc.record({
  drop: fc.boolean(),
  amountDelta: fc.oneof(fc.constant(0), fc.integer({ min: -1_000_00, max: 1_000_00 })),
  dayShift: fc.integer({ min: -10, max: 10 }),
  tds: fc.boolean(),
  spelling: fc.constantFrom('same', 'lower', 'spaces', 'bare'),
});
const extra = fc.record({
  day: fc.integer({ min: 0, max: 90 }),
  debit: fc.boolean(),
  amount: fc.integer({ min: 1, max: 9_999_999 }),
});

describe('property', () => {
  it('ours − theirs = opening gap + only-ours − only-theirs + differences, each line once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ourLine, perturb), { maxLength: 40 }),
        fc.array(extra, { maxLength: 5 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (rows, extras, ourOpening, theirOpening) => {
          const start = '2025-04-01' as IsoDate;
          const ours: OurLine[] = rows.map(([o], i) => ({
            date: addDays(start, o.day),
            number: o.invoice ? `INV/2025-26/${String(i + 1).padStart(4, '0')}` : null,
            kind: o.invoice ? 'invoice' : 'receipt',
            particulars: o.invoice ? 'Invoice' : `Payment received by NEFT UTR${String(o.n)}X`,
            debit: paise(o.invoice ? o.amount : 0),
            credit: paise(o.invoice ? 0 : o.amount),
          }));
          const theirs: TheirLine[] = [];
          rows.forEach(([o, p], i) => {
            if (p.drop) return;
            const line = ours[i] as OurLine;
            let amount = Math.max(1, o.amount + p.amountDelta);
            if (!o.invoice && p.tds) amount = Math.max(1, o.amount - Math.floor(o.amount / 10));
            const num = line.number ?? '';
            const reference =
              p.spelling === 'lower'
                ? num.toLowerCase()
                : p.spelling === 'spaces'
                  ? num.replace(/\//g, ' ')
                  : p.spelling === 'bare'
                    ? String(i + 1)
                    : num;
            theirs.push({
              line: i + 2,
              date: addDays(line.date, p.dayShift),
              particulars: '',
              voucherType: '',
              reference,
              debit: paise(o.invoice ? amount : 0),
              credit: paise(o.invoice ? 0 : amount),
            });
          });
          extras.forEach((e, i) =>
            theirs.push({
              line: 1000 + i,
              date: addDays(start, e.day),
              particulars: 'theirs only',
              voucherType: '',
              reference: '',
              debit: paise(e.debit ? e.amount : 0),
              credit: paise(e.debit ? 0 : e.amount),
            }),
          );
          const r = reconcile(
            { opening: ourOpening, lines: ours },
            { opening: theirOpening, lines: theirs },
          );
          expect(explains(r)).toBe(true);
          const oursSeen = [...r.matched.map((m) => m.ours), ...r.onlyOurs];
          const theirsSeen = [...r.matched.map((m) => m.theirs), ...r.onlyTheirs];
          expect(new Set(oursSeen).size).toBe(ours.length);
          expect(oursSeen.length).toBe(ours.length);
          expect(new Set(theirsSeen).size).toBe(theirs.length);
          expect(theirsSeen.length).toBe(theirs.length);
          // An unperturbed invoice is always matched on its number with no difference.
          rows.forEach(([o, p], i) => {
            if (o.invoice && !p.drop && p.amountDelta === 0 && p.spelling !== 'bare') {
              const m = r.matched.find((x) => x.ours === ours[i]);
              expect(m?.difference).toBe(0);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
