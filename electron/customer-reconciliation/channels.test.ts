// Customer reconciliation through the real channel: a missing invoice and a TDS short-payment
// listed, the difference explained; a malformed file refused naming its line.
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoice, receiptsLedger, receive } from '../../db/receipts/fixture';
import { tempDir } from '../../db/testing';
import { main } from '../cli/main';
import { channelsOver, readWorkbook } from '../reports/channels-testing';

function ledger() {
  const t = receiptsLedger();
  invoice(t.ledger, t.pune, 10_000_00, '2025-06-01'); // 11,800.00
  invoice(t.ledger, t.pune, 5_000_00, '2025-06-20'); // 5,900.00
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-07-01',
    amount: 10_800_00,
    tdsAmount: 1_000_00,
    tdsSection: '194J',
  });
  return t;
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('customer reconciliation channel', () => {
  const channels = channelsOver(ledger, 'each');

  it('lists what only we have and the TDS kept, and the summary adds up', async () => {
    const numbers = channels.t.ledger.sqlite
      .prepare(`select number from documents where kind = 'invoice' order by id`)
      .pluck()
      .all() as string[];
    const csv = [
      'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
      `01/06/2025,Purchase,Purchase,${numbers[0] ?? ''},,"11,800.00"`,
      '03/07/2025,NEFT,Payment,N1,"10,800.00",',
    ].join('\n');
    const r = await channels.call('customerReconciliation.compare', {
      customerId: channels.t.pune,
      from: '2025-04-01',
      to: '2025-07-31',
      fileName: 'pune.csv',
      contentBase64: base64(csv),
    });
    expect(r.matched.map((m) => m.basis)).toEqual(['document', 'tds']);
    expect(r.onlyOurs.map((l) => l.number)).toEqual([numbers[1]]);
    const s = r.summary;
    expect(s).toMatchObject({ difference: 4_900_00, onlyOurs: 5_900_00, tds: -1_000_00 });
    expect(s.openingDifference + s.onlyOurs - s.onlyTheirs + s.amountDifferences + s.tds).toBe(
      s.difference,
    );

    const file = await channels.call('customerReconciliation.exportExcel', {
      customerId: channels.t.pune,
      from: '2025-04-01',
      to: '2025-07-31',
      fileName: 'pune.csv',
      contentBase64: base64(csv),
    });
    expect(file.fileName).toBe('customer-reconciliation-PUNE-2025-07-31.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Customer reconciliation')!;
    const lists: string[] = [];
    sheet.eachRow((row) => lists.push(String(row.getCell(1).value)));
    expect(lists).toEqual(
      expect.arrayContaining([
        'Matched: document number',
        'Matched: TDS kept by them',
        'Only in ours',
        'Ours − theirs',
      ]),
    );
  });

  it('refuses a malformed file with its line number', async () => {
    const r = await channels.router.dispatch('customerReconciliation.compare', {
      customerId: channels.t.pune,
      from: '2025-04-01',
      to: '2025-07-31',
      fileName: 'bad.csv',
      contentBase64: base64('Date,Particulars,Vch No.,Debit,Credit\n31/02/2025,x,1,,5\n'),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_INVALID');
    expect(r.error.message).toContain('line 2');
  });
});

describe('bahi call customerReconciliation.compare', () => {
  it('answers as JSON on a demo ledger, and the summary adds up', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const db = `${dir}/demo.sqlite`;
      const quiet = { out: () => undefined, err: () => undefined };
      expect(await main(['demo', '--db', db, '--no-history'], quiet)).toBe(0);
      let out = '';
      const input = JSON.stringify({
        customerId: 1,
        from: '2020-04-01',
        to: '2030-03-31',
        fileName: 'theirs.csv',
        contentBase64: base64(
          'Date,Particulars,Vch No.,Debit,Credit\n01/06/2025,Purchase,XYZ-1,,"1,000.00"\n',
        ),
      });
      const code = await main(
        ['call', 'customerReconciliation.compare', '--db', db, '--input', input],
        {
          out: (t) => (out += t),
          err: () => undefined,
        },
      );
      expect(code).toBe(0);
      const r = JSON.parse(out) as { summary: Record<string, number>; onlyTheirs: unknown[] };
      const s = r.summary as Record<
        | 'difference'
        | 'openingDifference'
        | 'onlyOurs'
        | 'onlyTheirs'
        | 'amountDifferences'
        | 'tds',
        number
      >;
      expect(r.onlyTheirs.length).toBe(1);
      expect(s.openingDifference + s.onlyOurs - s.onlyTheirs + s.amountDifferences + s.tds).toBe(
        s.difference,
      );
      // The same through `bahi reconcile customer FILE --customer CODE`.
      const sqlite = new Database(db, { readonly: true });
      const customerCode = sqlite
        .prepare('select code from customers where id = 1')
        .pluck()
        .get() as string;
      sqlite.close();
      const file = `${dir}/theirs.csv`;
      writeFileSync(
        file,
        'Date,Particulars,Vch No.,Debit,Credit\n01/06/2025,Purchase,XYZ-1,,"1,000.00"\n',
      );
      let json = '';
      const rc = await main(
        [
          'reconcile',
          'customer',
          file,
          '--customer',
          customerCode,
          '--from',
          '2020-04-01',
          '--to',
          '2030-03-31',
          '--db',
          db,
          '--format',
          'json',
        ],
        { out: (t) => (json += t), err: () => undefined },
      );
      expect(rc).toBe(0);
      expect((JSON.parse(json) as { summary: unknown }).summary).toEqual(r.summary);
    } finally {
      cleanup();
    }
  });
});
