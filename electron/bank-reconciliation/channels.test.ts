// Bank reconciliation through the real channels, for what the screen reads: a file's columns to
// map (and the mapping remembered), suggestions naming the customer and invoices, and the lines
// already matched, which can be un-matched.
import { describe, expect, it } from 'vitest';
import { hdfcCsv } from '../../db/bank-reconciliation/testing';
import { invoice, receive, receiptsLedger } from '../../db/receipts/fixture';
import { channelsOver } from '../reports/channels-testing';

const base64 = (text: string) => Buffer.from(text).toString('base64');

// A layout no bank preset knows: a title line, then the bank's own words for its columns.
const OWN = [
  'Sahyadri Co-op Bank statement',
  'Posted on,Particulars,Our ref,Money in,Money out,Running balance',
  '01/07/2025,NEFT CR-PUNE LTD-N182250001,N182250001,"1,000.00",,"1,000.00"',
  '02/07/2025,SMS CHARGES,,,17.70,982.30',
].join('\r\n');

const MAPPING = {
  date: 'Posted on',
  narration: 'Particulars',
  reference: 'Our ref',
  credit: 'Money in',
  debit: 'Money out',
  balance: 'Running balance',
};

describe('bank reconciliation channels for the screen', () => {
  const channels = channelsOver(receiptsLedger, 'each');
  const call = channels.call;

  it('shows the columns of a layout no preset knows, and the mapping once remembered', async () => {
    const { hdfc } = channels.t;
    const upload = { bankAccountId: hdfc, fileName: 'own.csv', contentBase64: base64(OWN) };
    const before = await call('bankReconciliation.columns', upload);
    expect(before).toEqual({
      format: 'csv',
      preset: null,
      headerLine: 2,
      columns: ['Posted on', 'Particulars', 'Our ref', 'Money in', 'Money out', 'Running balance'],
      sample: [
        ['01/07/2025', 'NEFT CR-PUNE LTD-N182250001', 'N182250001', '1,000.00', '', '1,000.00'],
        ['02/07/2025', 'SMS CHARGES', '', '', '17.70', '982.30'],
      ],
      remembered: null,
    });
    const refused = await channels.router.dispatch('bankReconciliation.import', upload);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('IMPORT_INVALID');

    const imported = await call('bankReconciliation.import', { ...upload, mapping: MAPPING });
    expect(imported).toMatchObject({ linesNew: 2, mappingUsed: 'given' });
    const after = await call('bankReconciliation.columns', upload);
    expect(after.remembered).toEqual(MAPPING);
  });

  it('names the bank whose layout a file is in', async () => {
    const csv = hdfcCsv([{ date: '2025-07-01', narration: 'NEFT CR-X', credit: 500_00 }]);
    const cols = await call('bankReconciliation.columns', {
      bankAccountId: channels.t.hdfc,
      fileName: 'hdfc.csv',
      contentBase64: base64(csv),
    });
    expect(cols).toMatchObject({ format: 'csv', preset: 'hdfc', headerLine: 1 });
    expect(cols.columns[1]).toBe('Narration');
    const none = await call('bankReconciliation.columns', {
      bankAccountId: channels.t.hdfc,
      fileName: 'x.pdf',
      contentBase64: base64('%PDF-1.7 not a table'),
    });
    expect(none).toMatchObject({ preset: null, columns: [], sample: [] });
  });

  it('names the customer and the invoices of each suggestion, and lists matched lines to un-match', async () => {
    const { ledger, hdfc, pune, blr } = channels.t;
    const inv = invoice(ledger, blr, 50_000_00); // ₹59,000.00
    const neft = receive(ledger, {
      customerId: pune,
      bankAccountId: hdfc,
      amount: 40_000_00,
      instrumentNumber: 'HDFCN52025070112345',
    });
    await call('bankReconciliation.import', {
      bankAccountId: hdfc,
      fileName: 'jul.csv',
      contentBase64: base64(
        hdfcCsv([
          {
            date: '2025-07-01',
            narration: 'NEFT CR-HDFC0000001-PUNE LTD-HDFCN52025070112345',
            credit: 40_000_00,
          },
          {
            date: '2025-07-02',
            narration: 'UPI/CR/518212345678/BLR LTD/blr@okaxis',
            credit: 59_000_00,
          },
        ]),
      ),
    });
    const [first, second] = await call('bankReconciliation.suggestions', { bankAccountId: hdfc });
    expect(first!.suggestions[0]).toMatchObject({
      kind: 'receipt',
      receiptId: neft.id,
      customerName: 'PUNE Ltd',
    });
    expect(second!.suggestions[0]).toMatchObject({
      kind: 'new_receipt',
      customerName: 'BLR Ltd',
      invoiceNumbers: [inv.number],
    });

    expect(await call('bankReconciliation.matched', { bankAccountId: hdfc })).toEqual([]);
    await call('bankReconciliation.acceptAbove', { bankAccountId: hdfc, threshold: 95 });
    const matched = await call('bankReconciliation.matched', { bankAccountId: hdfc });
    expect(matched).toHaveLength(1);
    expect(matched[0]!.line.narration).toContain('PUNE LTD');
    expect(matched[0]!.match).toMatchObject({
      receiptId: neft.id,
      receiptNumber: neft.number,
      customerName: 'PUNE Ltd',
      reasons: expect.arrayContaining(['amount equal']) as string[],
    });
    await call('bankReconciliation.unmatch', {
      lineId: matched[0]!.line.id,
      reason: 'the UTR was keyed on the wrong receipt',
    });
    expect(await call('bankReconciliation.matched', { bankAccountId: hdfc })).toEqual([]);
  });
});
