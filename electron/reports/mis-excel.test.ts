// The Collections & DSO screen's four Excel exports through the real channels, read back with
// exceljs: the sheets, real numbers and dates, totals, and the AR control beside the schedule.
import { describe, expect, it } from 'vitest';
import { channelsOver, readWorkbook } from './channels-testing';
import { misLedger, paiseOf, rowOf } from './mis-testing';

const channels = channelsOver(misLedger);
const call = channels.call;

describe('collections MIS in Excel', () => {
  it('writes collections by month, mode and customer with real months and numbers', async () => {
    const q = { from: '2025-04-01', to: '2025-06-30', groupBy: 'month' as const };
    const report = await call('reports.collections', q);
    const file = await call('reports.exportCollections', q);
    expect(file.fileName).toBe('collections-2025-04-01-to-2025-06-30.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await readWorkbook(file.contentBase64);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Collections', 'By mode', 'By customer']);

    const sheet = wb.getWorksheet('Collections')!;
    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A2').value).toBe('Collections');
    expect(sheet.getCell('B3').value).toBe('01-04-2025 to 30-06-2025');
    const header = rowOf(sheet, 'Month');
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'Month',
      'Received',
      'TDS',
      'Total',
      'Receipts',
    ]);
    // May and June had receipts; each month is the 1st as a real date shown as "May 2025".
    expect(report.byPeriod.map((p) => p.period)).toEqual(['2025-05', '2025-06']);
    const may = sheet.getRow(header + 1);
    expect(may.getCell(1).value).toEqual(new Date(Date.UTC(2025, 4, 1)));
    expect(may.getCell(1).numFmt).toBe('mmm yyyy');
    report.byPeriod.forEach((p, i) => {
      const row = sheet.getRow(header + 1 + i);
      expect(paiseOf(row.getCell(2).value)).toBe(p.received);
      expect(paiseOf(row.getCell(3).value)).toBe(p.tds);
      expect(paiseOf(row.getCell(4).value)).toBe(p.total);
      expect(row.getCell(5).value).toBe(p.receipts);
    });
    const totals = sheet.getRow(header + 1 + report.byPeriod.length);
    expect(totals.getCell(1).value).toBe('Total');
    expect(paiseOf(totals.getCell(4).value)).toBe(report.totals.total);
    expect(report.totals.total).toBe(223_000_00); // 1,16,000 + 2,000 TDS + 1,00,000 + 5,000
    expect(totals.getCell(4).font?.bold).toBe(true);

    const byMode = wb.getWorksheet('By mode')!;
    const modeHeader = rowOf(byMode, 'Mode');
    expect(
      [1, 2, 3].map((k) => [
        byMode.getRow(modeHeader + k).getCell(1).value,
        paiseOf(byMode.getRow(modeHeader + k).getCell(2).value),
      ]),
    ).toEqual([
      ['NEFT', 116_000_00],
      ['UPI', 100_000_00],
      ['Cash', 5_000_00],
    ]);
    const byCustomer = wb.getWorksheet('By customer')!;
    const customerHeader = rowOf(byCustomer, 'Code');
    expect(byCustomer.getRow(customerHeader + 1).getCell(1).value).toBe('PUNE');
    expect(paiseOf(byCustomer.getRow(customerHeader + 1).getCell(5).value)).toBe(123_000_00);
  });

  it('writes a week by its Monday, as a date', async () => {
    const file = await call('reports.exportCollections', {
      from: '2025-06-01',
      to: '2025-06-30',
      groupBy: 'week',
    });
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Collections')!;
    const header = rowOf(sheet, 'Week from');
    expect(sheet.getCell(header + 1, 1).value).toEqual(new Date(Date.UTC(2025, 5, 9)));
    expect(sheet.getCell(header + 1, 1).numFmt).toBe('dd-mm-yyyy');
  });

  it('writes twelve months of DSO with days as numbers', async () => {
    const report = await call('reports.dso', { to: '2025-06-30', months: 12 });
    const file = await call('reports.exportDso', { to: '2025-06-30', months: 12 });
    expect(file.fileName).toBe('dso-12-months-to-2025-06.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('DSO')!;
    expect(sheet.getCell('B3').value).toBe('Jul 2024 to Jun 2025');
    const header = rowOf(sheet, 'Month');
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'Month',
      'Credit sales',
      'Closing AR',
      'DSO simple (days)',
      'DSO countback (days)',
    ]);
    expect(report.months).toHaveLength(12);
    report.months.forEach((m, i) => {
      const row = sheet.getRow(header + 1 + i);
      const [y, mo] = m.month.split('-').map(Number) as [number, number];
      expect(row.getCell(1).value).toEqual(new Date(Date.UTC(y, mo - 1, 1)));
      expect(paiseOf(row.getCell(2).value)).toBe(m.sales);
      expect(paiseOf(row.getCell(3).value)).toBe(m.closingAr);
      expect(row.getCell(4).value).toBe(m.simple);
      expect(row.getCell(5).value).toBe(m.countback);
    });
    const june = sheet.getRow(header + 12);
    expect(typeof june.getCell(5).value).toBe('number');
    expect(june.getCell(5).numFmt).toBe('0.0');
  });

  it('writes the forecast: overdue, thirteen weeks and later, adding up to what is open', async () => {
    const report = await call('reports.forecast', { asOf: '2025-06-30', weeks: 13 });
    const file = await call('reports.exportForecast', { asOf: '2025-06-30', weeks: 13 });
    expect(file.fileName).toBe('collections-forecast-2025-06-30.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Forecast')!;
    const header = rowOf(sheet, 'Line');
    const overdue = sheet.getRow(header + 1);
    expect(overdue.getCell(1).value).toBe('Overdue');
    expect(overdue.getCell(3).value).toEqual(new Date(Date.UTC(2025, 5, 29)));
    expect(paiseOf(overdue.getCell(4).value)).toBe(report.overdue.amount);
    expect(overdue.getCell(5).value).toBe(14); // PUNE's May invoice, BLR's April one, twelve small
    const week1 = sheet.getRow(header + 2);
    expect(week1.getCell(1).value).toBe('Week 1');
    expect(week1.getCell(2).value).toEqual(new Date(Date.UTC(2025, 5, 30)));
    const later = sheet.getRow(header + 15);
    expect(later.getCell(1).value).toBe('Later');
    const total = sheet.getRow(header + 16);
    expect(total.getCell(1).value).toBe('Total');
    // Every open invoice is somewhere: overdue ₹59,000 + ₹1,36,000 + ₹92,040; BLR's June one due 07-20.
    const open = 59_000_00 + 136_000_00 + 92_040_00 + 11_800_00;
    expect(paiseOf(total.getCell(4).value)).toBe(open);
    expect(sheet.getRow(header).getCell(6).value).toBe('Expected');
    expect(sheet.getRow(header).getCell(7).value).toBe('Of which promised');
    // What is expected, and what is in dispute under it, come to what is open.
    const disputed = sheet.getRow(header + 17);
    expect(disputed.getCell(1).value).toBe('In dispute');
    expect(paiseOf(disputed.getCell(6).value)).toBe(report.disputed);
    expect(paiseOf(total.getCell(6).value) + report.disputed).toBe(open);
  });

  it('writes the AR schedule with the AR control under its closing total', async () => {
    const q = { from: '2025-06-01', to: '2025-06-30' };
    const schedule = await call('reports.arSchedule', q);
    const file = await call('reports.exportArSchedule', q);
    expect(file.fileName).toBe('ar-schedule-2025-06-01-to-2025-06-30.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('AR schedule')!;
    const header = rowOf(sheet, 'Code');
    expect(sheet.getCell(header + 1, 1).value).toBe('BLR');
    const totals = rowOf(sheet, 'Total', 2);
    expect(totals).toBe(header + schedule.rows.length + 1);
    expect(paiseOf(sheet.getCell(totals, 3).value)).toBe(schedule.totals.opening);
    expect(paiseOf(sheet.getCell(totals, 8).value)).toBe(schedule.totals.closing);
    expect(sheet.getCell(totals + 1, 2).value).toBe('AR control account on 30-06-2025 (books)');
    expect(paiseOf(sheet.getCell(totals + 1, 8).value)).toBe(schedule.arControl);
    expect(schedule.arControl).toBe(schedule.totals.closing);
    expect(sheet.getCell(totals + 2, 2).value).toBe('Difference');
    expect(paiseOf(sheet.getCell(totals + 2, 8).value)).toBe(0);
    expect(sheet.getCell(totals + 3, 2).value).toBe('Agrees with the books');
  });

  it('refuses an upside-down period on the date that is wrong', async () => {
    const r = await channels.router.dispatch('reports.exportArSchedule', {
      from: '2025-06-30',
      to: '2025-06-01',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { field: 'to', message: 'The period ends before it starts' },
    });
  });
});
