// The worklist, promises and disputes exports through the real channels, read back with exceljs:
// the same rows in the same order as the lists, real numbers and dates, and the totals.
import { describe, expect, it } from 'vitest';
import { AS_OF, worklistLedger } from '../../db/follow-ups/fixture';
import { channelsOver, readWorkbook } from './channels-testing';
import { paiseOf, rowOf } from './mis-testing';

const channels = channelsOver(worklistLedger);
const call = channels.call;

describe('collections lists in Excel', () => {
  it('writes the worklist in its order, with the disputed part and the broken promise', async () => {
    const file = await call('reports.exportWorklist', { asOf: AS_OF });
    expect(file.fileName).toBe('worklist-2025-08-15.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Worklist')!;
    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A2').value).toBe('Collections worklist');
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 7, 15)));
    const header = rowOf(sheet, '#');
    expect(sheet.getRow(header).getCell(2).value).toBe('Code');
    const rows = [1, 2, 3, 4].map((k) => sheet.getRow(header + k));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(['BLR', 'PUNE', 'MUM', 'DEL']);
    const [blr, , mum, del] = rows;
    expect(paiseOf(blr!.getCell(5).value)).toBe(236_000_00);
    expect(blr!.getCell(7).value).toEqual(new Date(Date.UTC(2025, 6, 31)));
    expect(blr!.getCell(8).value).toBe(15);
    expect(blr!.getCell(13).value).toBe('Broken 01-08-2025');
    expect(paiseOf(blr!.getCell(14).value)).toBe(50_000_00);
    expect(paiseOf(mum!.getCell(6).value)).toBe(500_000_00);
    expect(del!.getCell(10).value).toBe('Call · Asked to call back');
    expect(del!.getCell(11).value).toEqual(new Date(Date.UTC(2025, 7, 14)));
    expect(del!.getCell(12).value).toBe('Call the accounts head');
    const totals = sheet.getRow(header + 5);
    expect(totals.getCell(2).value).toBe('Total');
    expect(paiseOf(totals.getCell(5).value)).toBe(236_000_00 + 118_000_00 + 590_000_00);
    expect(paiseOf(totals.getCell(6).value)).toBe(500_000_00);
  });

  it('names the open escalation case of an escalated customer', async () => {
    await call('escalation.saveRules', {
      overdueAbove: 1_00_000_00,
      overdueDays: 10,
      brokenPromises: 2,
    });
    const opened = await call('escalation.escalate', {
      customerId: (await call('customers.list', { search: 'BLR', limit: 1 })).rows[0]!.id,
      escalatedOn: AS_OF,
      assignedTo: 'R. Kulkarni, CFO',
    });
    const file = await call('reports.exportWorklist', { asOf: AS_OF });
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Worklist')!;
    const header = rowOf(sheet, '#');
    expect(sheet.getRow(header).getCell(16).value).toBe('Escalation case');
    const cases = [1, 2, 3, 4].map((k) => sheet.getRow(header + k).getCell(16).value);
    expect(cases).toEqual([opened.id, null, null, null]);
  });

  it('writes the promises as of a date, broken first, and the open disputes', async () => {
    const promises = await call('reports.exportPromises', { asOf: AS_OF });
    const ps = (await readWorkbook(promises.contentBase64)).getWorksheet('Promises')!;
    const ph = rowOf(ps, 'Promised by', 2);
    expect(ps.getRow(ph + 1).getCell(1).value).toBe('Broken');
    expect(ps.getRow(ph + 1).getCell(3).value).toBe('BLR');
    expect(paiseOf(ps.getRow(ph + 1).getCell(5).value)).toBe(50_000_00);
    expect(ps.getRow(ph + 1).getCell(10).value).toBe('On account');

    const disputes = await call('reports.exportDisputes', {});
    const ds = (await readWorkbook(disputes.contentBase64)).getWorksheet('Disputes')!;
    const dh = rowOf(ds, 'Raised on', 2);
    expect(ds.getRow(dh + 1).getCell(3).value).toBe('MUM');
    expect(ds.getRow(dh + 1).getCell(9).value).toBe('Pricing');
    expect(paiseOf(ds.getRow(dh + 1).getCell(8).value)).toBe(500_000_00);
    expect(paiseOf(ds.getRow(dh + 2).getCell(8).value)).toBe(500_000_00); // the total
  });
});
