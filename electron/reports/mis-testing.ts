// Test support for the collections MIS: three months of invoices and receipts, and a dozen
// customers with different amounts overdue, so the top 10 has someone to leave out.
import type ExcelJS from 'exceljs';
import { createCustomer } from '../../db/customers/customers';
import { invoice, receiptsLedger, receive } from '../../db/receipts/fixture';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';

export type MisLedger = ReturnType<typeof receiptsLedger>;

/**
 * PUNE and BLR trade April to June 2025; twelve more customers were each invoiced in April
 * (₹1,180 × n) and are all overdue by the end of June.
 */
export function misLedger() {
  const t = receiptsLedger();
  const a = invoice(t.ledger, t.pune, 100_000_00, '2025-04-10'); // ₹1,18,000, due 05-10
  invoice(t.ledger, t.pune, 50_000_00, '2025-05-05'); // ₹59,000, due 06-04
  const blr = invoice(t.ledger, t.blr, 200_000_00, '2025-04-20'); // ₹2,36,000, due 05-20
  invoice(t.ledger, t.blr, 10_000_00, '2025-06-20'); // ₹11,800, due 07-20
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-05-12',
    amount: 116_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: a.id, amount: 118_000_00 }],
  });
  receive(t.ledger, {
    customerId: t.blr,
    bankAccountId: t.hdfc,
    mode: 'upi',
    date: '2025-06-15',
    amount: 100_000_00,
    allocations: [{ documentId: blr.id, amount: 100_000_00 }],
  });
  // Money on account: not yet set against anything.
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.cash,
    mode: 'cash',
    instrumentNumber: null,
    date: '2025-06-25',
    amount: 5_000_00,
  });
  const small: number[] = [];
  for (let n = 1; n <= 12; n++) {
    const code = `S${String(n).padStart(2, '0')}`;
    const id = createCustomer(
      t.ledger,
      customerInput.parse({
        code,
        name: `Small Customer ${code}`,
        gstin: makeGstin('27', `AAACS${String(1000 + n)}K`),
      }),
      't',
    ).id;
    invoice(t.ledger, id, 1_000_00 * n, `2025-04-${String(n + 1).padStart(2, '0')}`);
    small.push(id);
  }
  return { ...t, small };
}

/** The row number whose first cell is `text` (the header row of a report sheet, say). */
export function rowOf(sheet: ExcelJS.Worksheet, text: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(column).value === text) return r;
  }
  throw new Error(`No row with "${text}" in column ${column} of ${sheet.name}`);
}

/** Rupees as written to Excel → paise, to compare with the ledger's figures. */
export const paiseOf = (v: ExcelJS.CellValue) => {
  if (typeof v !== 'number') throw new Error(`Expected a number, got ${JSON.stringify(v)}`);
  return Math.round(v * 100);
};
