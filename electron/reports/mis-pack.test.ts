// The management pack as a job through the real channels: its sheets in order, numbers that are
// numbers, a total receivable that equals the ageing and the books, the top 10 by overdue; and
// progress per sheet, cancellation, and a refusal without a company.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempLedger } from '../../db/testing';
import { MANAGEMENT_PACK_SHEETS } from '../../shared/reports/mis-contract';
import { createHostRouter } from '../ipc/host';
import { CancelledError, JobRunner } from '../jobs/jobs';
import { fileWorkspace } from '../workspace';
import { channelsOver, finishedJob, readWorkbook } from './channels-testing';
import { startManagementPack, writeManagementPack } from './mis-pack';
import { misLedger, paiseOf, rowOf } from './mis-testing';

const channels = channelsOver(misLedger);
const call = channels.call;

describe('management pack', () => {
  it('writes summary, ageing, collections, DSO and AR schedule that agree with each other', async () => {
    const asOf = '2025-06-30';
    const { jobId } = await call('reports.startManagementPack', { asOf });
    const { last: status } = await finishedJob(channels.router, jobId);
    expect(status).toMatchObject({
      state: 'done',
      done: 5,
      total: 5,
      output: { fileName: 'management-pack-2025-06-30.xlsx', kind: 'file', files: 1 },
    });
    const file = await call('jobs.download', { jobId });
    expect(file.fileName).toBe('management-pack-2025-06-30.xlsx');
    const wb = await readWorkbook(file.contentBase64);
    expect(wb.worksheets.map((s) => s.name)).toEqual([...MANAGEMENT_PACK_SHEETS]);

    const ageing = await call('reports.ageing', { asOf });
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(summary.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 5, 30)));
    const figure = (label: string) => summary.getCell(rowOf(summary, label), 2).value;
    const totalReceivable = paiseOf(figure('Total receivable'));
    expect(totalReceivable).toBe(ageing.totals.total);
    expect(totalReceivable).toBe(ageing.arControl);
    expect(paiseOf(figure('AR control account (books)'))).toBe(ageing.arControl);
    // ₹59,000 + ₹1,36,000 + ₹92,040 past due; the cash on account does not reduce what is late.
    expect(paiseOf(figure('Overdue (past due date)'))).toBe(287_040_00);
    expect(totalReceivable).toBe(287_040_00 + 11_800_00 - 5_000_00);
    const dso = await call('reports.dso', { to: asOf, months: 12 });
    expect(figure('DSO countback, Jun 2025 (days)')).toBe(dso.months.at(-1)!.countback);
    expect(figure('DSO simple, Jun 2025 (days)')).toBe(dso.months.at(-1)!.simple);
    expect(paiseOf(figure('Collections this month (Jun 2025)'))).toBe(105_000_00);
    expect(paiseOf(figure('Collections this FY (2025-26)'))).toBe(223_000_00);

    // Top 10 overdue: BLR, PUNE, then the small customers largest first; S01 and S02 left out.
    const header = rowOf(summary, 'Customer');
    expect(summary.getRow(header).values).toEqual([
      undefined,
      'Customer',
      'Code',
      'Overdue',
      'Oldest (days past due)',
      'Total receivable',
    ]);
    const top = Array.from({ length: 10 }, (_, k) => summary.getRow(header + 1 + k));
    expect(top.map((r) => r.getCell(2).value)).toEqual([
      'BLR',
      'PUNE',
      'S12',
      'S11',
      'S10',
      'S09',
      'S08',
      'S07',
      'S06',
      'S05',
    ]);
    const overdue = top.map((r) => paiseOf(r.getCell(3).value));
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(overdue.slice(0, 3)).toEqual([136_000_00, 59_000_00, 14_160_00]);
    expect(top[0]!.getCell(4).value).toBe(41); // BLR's invoice fell due on 20-05-2025
    expect(summary.getCell(header + 11, 2).value).toBeNull();

    // The ageing sheet's total is the summary's total receivable, and the books agree.
    const ageingSheet = wb.getWorksheet('Ageing')!;
    const ageingHeader = rowOf(ageingSheet, 'Code');
    expect(ageingSheet.getRow(ageingHeader).values).toEqual([
      undefined,
      'Code',
      'Customer',
      'Not due',
      '1–30',
      '31–60',
      '61–90',
      'Over 90',
      'On account',
      'Total',
      'Oldest (days)',
    ]);
    const ageingTotal = rowOf(ageingSheet, 'Total', 2);
    expect(ageingTotal).toBe(ageingHeader + ageing.customers.length + 1);
    expect(paiseOf(ageingSheet.getCell(ageingTotal, 9).value)).toBe(totalReceivable);
    expect(paiseOf(ageingSheet.getCell(ageingTotal + 1, 9).value)).toBe(ageing.arControl);
    expect(ageingSheet.getCell(ageingTotal + 2, 2).value).toBe('Agrees with the books');

    // Collections: this financial year by month.
    const collections = wb.getWorksheet('Collections')!;
    expect(collections.getCell('B3').value).toBe('01-04-2025 to 30-06-2025');
    const months = rowOf(collections, 'Month');
    expect(collections.getCell(months + 1, 1).value).toEqual(new Date(Date.UTC(2025, 4, 1)));
    expect(paiseOf(collections.getCell(months + 3, 4).value)).toBe(223_000_00);

    // DSO: twelve months to June.
    const dsoSheet = wb.getWorksheet('DSO')!;
    const dsoHeader = rowOf(dsoSheet, 'Month');
    expect(dsoSheet.getCell(dsoHeader + 12, 1).value).toEqual(new Date(Date.UTC(2025, 5, 1)));
    expect(typeof dsoSheet.getCell(dsoHeader + 12, 5).value).toBe('number');

    // AR schedule: this month, closing total equal to the books.
    const schedule = wb.getWorksheet('AR schedule')!;
    expect(schedule.getCell('B3').value).toBe('01-06-2025 to 30-06-2025');
    const closing = rowOf(schedule, 'Total', 2);
    expect(paiseOf(schedule.getCell(closing, 8).value)).toBe(totalReceivable);
    expect(paiseOf(schedule.getCell(closing + 1, 8).value)).toBe(ageing.arControl);
  });

  it('reports each sheet as it goes, and keeps nothing when cancelled between sheets', async () => {
    const messages: string[] = [];
    let steps = 0;
    const path = join(channels.t.ledger.dir, 'cancelled-pack.xlsx');
    await expect(
      writeManagementPack(channels.t.ledger, '2025-06-30', path, {
        progress: (done, total, message) => messages.push(`${done}/${total} ${message}`),
        checkpoint: async () => {
          if (++steps === 4) throw new CancelledError();
        },
      }),
    ).rejects.toThrow(CancelledError);
    expect(messages).toEqual([
      '0/5 Summary (sheet 1 of 5)',
      '1/5 Ageing (sheet 2 of 5)',
      '2/5 Collections (sheet 3 of 5)',
    ]);
    expect(existsSync(path)).toBe(false);
  });

  it('cancels as a job and removes its folder', async () => {
    const exports = join(channels.t.ledger.dir, 'pack-exports');
    const jobs = new JobRunner(() => exports);
    const { jobId } = startManagementPack(
      { ledger: channels.t.ledger, jobs },
      { asOf: '2025-06-30' },
    );
    const s = await jobs.cancel(jobId);
    expect(s.state).toBe('cancelled');
    expect(readdirSync(exports)).toEqual([]);
  });

  it('refuses to start without a company', async () => {
    const empty = tempLedger();
    const bare = createHostRouter(fileWorkspace(empty), 't');
    try {
      const r = await bare.dispatch('reports.startManagementPack', { asOf: '2025-06-30' });
      expect(r).toMatchObject({ ok: false, error: { code: 'NO_COMPANY' } });
      const bad = await bare.dispatch('reports.startManagementPack', { asOf: '31-06-2025' });
      expect(bad).toMatchObject({ ok: false, error: { field: 'asOf' } });
    } finally {
      await bare.dispose();
      empty.cleanup();
    }
  });
});
