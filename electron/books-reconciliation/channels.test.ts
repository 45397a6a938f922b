// Books reconciliation through the real channels and the CLI: the control report, a Tally
// import compared with ours, a refusal that names its field, and both reports in Excel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoice, receiptsLedger } from '../../db/receipts/fixture';
import { tempDir } from '../../db/testing';
import { main } from '../cli/main';
import { channelsOver, readWorkbook } from '../reports/channels-testing';
import { paiseOf, rowOf } from '../reports/mis-testing';

const TALLY = [
  'Sahyadri Supplies Pvt Ltd',
  'Group Outstandings',
  '1-Apr-25 to 30-Jun-25',
  'Particulars,Closing Balance,Dr/Cr',
  'PUNE Ltd,"11,800.00",Dr',
  'BLR Limited,"5,000.00",Dr',
  'Konkan Stores,"1,234.50",Dr',
].join('\n');

const base64 = (text: string) => Buffer.from(text).toString('base64');

function ledger() {
  const t = receiptsLedger();
  invoice(t.ledger, t.pune, 10_000_00, '2025-05-01'); // 11,800.00
  invoice(t.ledger, t.blr, 5_000_00, '2025-05-02'); // 5,900.00
  return t;
}

describe('books reconciliation channels', () => {
  const channels = channelsOver(ledger, 'each');
  const call = channels.call;

  it('reports the control equal to the customer balances, and compares an imported Tally set', async () => {
    const control = await call('booksReconciliation.control', { asOf: '2025-06-30' });
    expect(control).toMatchObject({ arControl: 17_700_00, subLedger: 17_700_00, balanced: true });
    const imported = await call('booksReconciliation.importTally', {
      asOf: '2025-06-30',
      fileName: 'go.csv',
      contentBase64: base64(TALLY),
    });
    expect(imported).toMatchObject({ source: 'tally', rowsRead: 3, matched: 2 });
    expect(imported.unmatched.map((u) => u.partyName)).toEqual(['Konkan Stores']);
    const c = await call('booksReconciliation.compare', {
      asOf: '2025-06-30',
      differencesOnly: true,
    });
    expect(c.rows.map((r) => [r.status, r.customerCode ?? r.partyName, r.difference])).toEqual([
      ['different', 'BLR', 900_00],
      ['only_external', 'Konkan Stores', null],
    ]);
  });

  it('refuses a bad date or balance naming the field, and writes nothing', async () => {
    const r = await channels.router.dispatch('booksReconciliation.setBalance', {
      asOf: '31/06/2025',
      customerId: channels.t.pune,
      balance: 1.5,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues?.map((i) => i.field).sort()).toEqual(['asOf', 'balance']);
    const c = await call('booksReconciliation.compare', { asOf: '2025-06-30' });
    expect(c.updatedAt).toBeNull();
  });

  it('exports both reports to Excel with their totals', async () => {
    await call('booksReconciliation.importTally', {
      asOf: '2025-06-30',
      fileName: 'go.csv',
      contentBase64: base64(TALLY),
    });
    const file = await call('booksReconciliation.exportExcel', { asOf: '2025-06-30' });
    expect(file.fileName).toBe('books-reconciliation-2025-06-30.xlsx');
    const wb = await readWorkbook(file.contentBase64);
    const control = wb.getWorksheet('AR control')!;
    const totals = control.getRow(rowOf(control, 'AR control against customer balances'));
    expect([4, 5, 6].map((c) => paiseOf(totals.getCell(c).value))).toEqual([
      17_700_00, 17_700_00, 0,
    ]);
    const cmp = wb.getWorksheet('Tally comparison')!;
    const header = rowOf(cmp, 'Status');
    expect(cmp.getRow(header + 1).getCell(1).value).toBe('Different');
    expect(cmp.getRow(header + 2).getCell(1).value).toBe('Only in Tally');
    const sum = cmp.getRow(rowOf(cmp, 'Total'));
    expect([6, 7, 8].map((c) => paiseOf(sum.getCell(c).value))).toEqual([
      17_700_00,
      11_800_00 + 5_000_00 + 1_234_50,
      17_700_00 - 18_034_50,
    ]);
  });
});

describe('books reconciliation in Excel, tampered', () => {
  const channels = channelsOver(ledger, 'each');

  it('lists each traced difference on the control sheet, the totals off by it', async () => {
    channels.t.ledger.sqlite
      .prepare(
        `update documents set open_balance = open_balance - 100_00 where customer_id = ? and kind = 'invoice'`,
      )
      .run(channels.t.blr);
    const file = await channels.call('booksReconciliation.exportExcel', { asOf: '2025-06-30' });
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('AR control')!;
    const header = rowOf(sheet, 'What');
    expect(sheet.getRow(header + 1).getCell(1).value).toBe('Customer: journal ≠ sub-ledger');
    expect(sheet.getRow(header + 1).getCell(2).value).toBe('BLR');
    expect(paiseOf(sheet.getRow(header + 1).getCell(6).value)).toBe(100_00);
    expect(sheet.getRow(header + 2).getCell(1).value).toBe(
      'Document: open balance ≠ total less allocations',
    );
    const totals = sheet.getRow(rowOf(sheet, 'AR control against customer balances'));
    expect([4, 5, 6].map((c) => paiseOf(totals.getCell(c).value))).toEqual([
      17_700_00, 17_600_00, 100_00,
    ]);
  });
});

describe('bahi reconcile books', () => {
  it('prints the control and, with --tally, the comparison as JSON', async () => {
    const { dir, cleanup } = tempDir();
    try {
      let out = '';
      let err = '';
      const bahi = (...argv: string[]) => {
        out = '';
        err = '';
        return main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
      };
      const db = join(dir, 'acme.sqlite');
      await bahi('demo', '--db', db, '--no-history');
      expect(await bahi('call', 'customers.list', '--db', db, '--input', '{"limit":1}')).toBe(0);
      const first = (JSON.parse(out) as { rows: { name: string }[] }).rows[0]!;
      const file = join(dir, 'tally.csv');
      writeFileSync(
        file,
        `Particulars,Debit,Credit\n${first.name},"1,00,000.00",\nNobody & Co,,50.00\n`,
      );
      const code = await bahi(
        'reconcile',
        'books',
        '--as-of',
        '2030-03-31',
        '--db',
        db,
        '--tally',
        file,
        '--format',
        'json',
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      const r = JSON.parse(out) as {
        control: { difference: number; balanced: boolean };
        imported: { matched: number; unmatched: { partyName: string }[] };
        comparison: { counts: Record<string, number> };
      };
      expect(r.control).toMatchObject({ difference: 0, balanced: true });
      expect(r.imported.matched).toBe(1);
      expect(r.imported.unmatched.map((u) => u.partyName)).toEqual(['Nobody & Co']);
      expect(r.comparison.counts.only_external).toBe(1);
      expect(await bahi('reconcile', 'books', '--db', db)).toBe(2);
      expect(err).toContain('--as-of');
    } finally {
      cleanup();
    }
  });
});
