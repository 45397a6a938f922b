import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../db/customers/customers';
import { raiseDispute } from '../../db/disputes/disputes';
import { importOpeningInvoices } from '../../db/invoices/opening';
import { invoice, receiptsLedger, receive } from '../../db/receipts/fixture';
import { ageingReport } from '../../db/reports/ageing';
import { customerInput } from '../../shared/customers/contract';
import type { JobStatus } from '../../shared/jobs/contract';
import { ageingQuery, type AgeingQueryInput } from '../../shared/reports/contract';
import type { Result } from '../../shared/result';
import { createHostRouter, type HostRouter } from '../ipc/host';
import { JobRunner } from '../jobs/jobs';
import { fileWorkspace } from '../workspace';
import { main } from '../cli/main';
import { startAgeingExport, writeAgeingWorkbook } from './ageing-export';

const EVIL = '=HYPERLINK("http://x","y")';

let t: ReturnType<typeof receiptsLedger>;
let router: HostRouter;
let evil: number;

beforeEach(() => {
  t = receiptsLedger();
  router = createHostRouter(fileWorkspace(t.ledger), 't', { checkOutputs: true });
  evil = createCustomer(
    t.ledger,
    customerInput.parse({
      code: 'EVIL',
      name: EVIL,
      stateCode: '27',
      customerGroup: 'Dealers',
      salesperson: 'Meera',
    }),
    't',
  ).id;
  const old = invoice(t.ledger, t.pune, 10_000_00, '2025-04-01'); // ₹11,800, due 01-05
  invoice(t.ledger, t.pune, 20_000_00, '2025-06-20'); // ₹23,600, due 20-07
  invoice(t.ledger, t.blr, 5_000_00, '2025-05-15'); // ₹5,900, due 14-06
  invoice(t.ledger, evil, 1_234_56, '2025-03-01'); // ₹1,456.78, due 31-03
  // A part-payment of the oldest invoice, and money on account.
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-07-01',
    amount: 5_000_00,
    allocations: [{ documentId: old.id, amount: 5_000_00 }],
  });
  receive(t.ledger, {
    customerId: t.blr,
    bankAccountId: t.hdfc,
    date: '2025-07-02',
    amount: 1_000_00,
  });
  // Pune disputes ₹2,000 of the oldest invoice: still aged, flagged in its own column.
  raiseDispute(
    t.ledger,
    { documentId: old.id, reason: 'pricing', amount: 2_000_00, raisedOn: '2025-06-01' },
    't',
  );
});
afterEach(async () => {
  await router.dispose();
  t.ledger.cleanup();
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = (await router.dispatch(channel, input)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

async function workbookOf(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** The header row: the first whose column A says "Code". */
function headerRowOf(sheet: ExcelJS.Worksheet): number {
  for (let r = 1; r <= 20; r++) if (sheet.getCell(r, 1).value === 'Code') return r;
  throw new Error('no header row');
}

const headers = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as unknown[]).slice(1);

/** The data rows under the header, up to the blank-coded Total row. */
function dataRows(sheet: ExcelJS.Worksheet) {
  const header = headerRowOf(sheet);
  const rows: ExcelJS.Row[] = [];
  for (let r = header + 1; sheet.getCell(r, 2).value !== 'Total'; r++) rows.push(sheet.getRow(r));
  return { header, rows, totals: sheet.getRow(header + rows.length + 1) };
}

const rupees = (p: number) => Math.round(p) / 100;

const report = (q: AgeingQueryInput) => ageingReport(t.ledger, ageingQuery.parse(q));

async function finished(jobId: string): Promise<JobStatus> {
  for (;;) {
    const s = await call<JobStatus>('jobs.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('ageing in Excel', () => {
  it('by customer: title block, a money column per bucket, totals equal to the report, the books under them', async () => {
    const file = await call<{ fileName: string; contentBase64: string }>('reports.exportAgeing', {
      asOf: '2025-07-10',
    });
    expect(file.fileName).toBe('ageing-2025-07-10-by-customer.xlsx');
    const sheet = await workbookOf(file.contentBase64);
    const r = report({ asOf: '2025-07-10' });

    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A2').value).toBe('Receivables ageing by customer');
    expect(sheet.getCell('A3').value).toBe('As of');
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 6, 10)));
    expect(sheet.getCell('B4').value).toBe('Days past the due date');
    expect(sheet.getCell('B5').value).toBe('Not due, 1–30, 31–60, 61–90, Over 90');
    expect(sheet.getCell('B7').value).toBe('None: every customer');

    const { header, rows, totals } = dataRows(sheet);
    expect(headers(sheet, header)).toEqual([
      'Code',
      'Customer',
      'Group',
      'Salesperson',
      'State',
      'Not due',
      '1–30',
      '31–60',
      '61–90',
      'Over 90',
      'On account',
      'Total',
      'Disputed',
    ]);
    expect(rows).toHaveLength(3);
    const byCode = new Map(rows.map((row) => [row.getCell(1).value, row]));
    const pune = byCode.get('PUNE')!;
    expect((pune.values as unknown[]).slice(6)).toEqual([23_600, 0, 0, 6_800, 0, 0, 30_400, 2_000]);
    expect(byCode.get('BLR')!.getCell(13).value).toBeNull();
    expect(pune.getCell(5).value).toBe('Maharashtra');
    const blr = byCode.get('BLR')!;
    expect(blr.getCell(7).value).toBe(5_900);
    expect(blr.getCell(11).value).toBe(-1_000);
    expect(blr.getCell(11).numFmt).toContain('##,##0.00');
    // A name that looks like a formula stays the text it was.
    const name = byCode.get('EVIL')!.getCell(2);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe(EVIL);
    expect(byCode.get('EVIL')!.getCell(3).value).toBe('Dealers');
    expect(byCode.get('EVIL')!.getCell(4).value).toBe('Meera');
    expect(byCode.get('EVIL')!.getCell(10).value).toBe(1_456.78); // 101 days past due

    // Totals: bold, to the paisa the report's.
    expect((totals.values as unknown[]).slice(6)).toEqual([
      ...r.totals.amounts.map(rupees),
      rupees(r.totals.onAccount),
      rupees(r.totals.total),
      2_000,
    ]);
    expect(totals.getCell(12).value).toBe(36_756.78);
    expect(totals.getCell(12).font?.bold).toBe(true);
    // Then the AR control account and the difference.
    const books = sheet.getRow(totals.number + 1);
    expect(books.getCell(2).value).toBe('AR control balance in the books on 10-07-2025');
    expect(books.getCell(12).value).toBe(rupees(r.arControl));
    const difference = sheet.getRow(totals.number + 2);
    expect(difference.getCell(2).value).toBe('Difference: agrees with the books');
    expect(difference.getCell(12).value).toBe(0);
  });

  it('says what the filters leave out, and that the books cover everyone', async () => {
    const file = await call<{ contentBase64: string }>('reports.exportAgeing', {
      asOf: '2025-07-10',
      customerGroup: 'dealers',
      minBalance: 1_000_00,
      basis: 'document',
      buckets: [45, 15],
    });
    const sheet = await workbookOf(file.contentBase64);
    expect(sheet.getCell('B4').value).toBe('Days since the document date');
    expect(sheet.getCell('B5').value).toBe('0–15, 16–45, Over 45');
    expect(sheet.getCell('B7').value).toBe('Group: dealers; Minimum balance: ₹1,000.00');
    expect(sheet.getCell('A8').value).toBe('Note');
    const { rows, totals } = dataRows(sheet);
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['EVIL']);
    expect(headers(sheet, headerRowOf(sheet)).slice(5)).toEqual([
      '0–15',
      '16–45',
      'Over 45',
      'On account',
      'Total',
      'Disputed',
    ]);
    expect(totals.getCell(10).value).toBe(1_456.78);
    const difference = sheet.getRow(totals.number + 2);
    expect(difference.getCell(2).value).toBe(
      'Difference (the total covers the filtered customers only)',
    );
    expect(difference.getCell(10).value).toBe(
      rupees(1_456_78 - report({ asOf: '2025-07-10' }).arControl),
    );
  });

  it('by document through a job: every open item with real dates, totals as the report, downloaded', async () => {
    const { jobId } = await call<{ jobId: string }>('reports.startAgeingExport', {
      asOf: '2025-07-10',
      level: 'document',
    });
    const status = await finished(jobId);
    expect(status).toMatchObject({ state: 'done', output: { kind: 'file', files: 1 } });
    const file = await call<{ fileName: string; contentBase64: string }>('jobs.download', {
      jobId,
    });
    expect(file.fileName).toBe('ageing-2025-07-10-by-document.xlsx');
    const sheet = await workbookOf(file.contentBase64);
    expect(sheet.getCell('A2').value).toBe('Receivables ageing by document');
    const r = report({ asOf: '2025-07-10', level: 'document' });
    const { header, rows, totals } = dataRows(sheet);
    expect(headers(sheet, header).slice(0, 11)).toEqual([
      'Code',
      'Customer',
      'Group',
      'Salesperson',
      'State',
      'Document',
      'Number',
      'Date',
      'Due date',
      'Days',
      'Bucket',
    ]);
    expect(rows).toHaveLength(r.documents.length);
    expect(rows).toHaveLength(5);
    const receipt = rows.find((row) => row.getCell(6).value === 'Receipt')!;
    expect(receipt.getCell(1).value).toBe('BLR');
    expect(receipt.getCell(8).value).toEqual(new Date(Date.UTC(2025, 6, 2)));
    expect(receipt.getCell(11).value).toBe('On account');
    expect(receipt.getCell(17).value).toBe(-1_000);
    expect(receipt.getCell(18).value).toBe(-1_000);
    const old = rows.find((row) => row.getCell(7).value === 'INV/25-26/0001')!;
    expect(old.getCell(9).value).toEqual(new Date(Date.UTC(2025, 4, 1)));
    expect(old.getCell(10).value).toBe(70);
    expect(old.getCell(15).value).toBe(6_800);
    expect(old.getCell(18).value).toBe(6_800);
    expect(old.getCell(19).value).toBe(2_000);
    expect(receipt.getCell(19).value).toBeNull();
    expect(rows.find((row) => row.getCell(1).value === 'EVIL')!.getCell(2).type).toBe(
      ExcelJS.ValueType.String,
    );
    expect((totals.values as unknown[]).slice(12)).toEqual([
      ...r.totals.amounts.map(rupees),
      rupees(r.totals.onAccount),
      rupees(r.totals.total),
      2_000,
    ]);
    expect(sheet.getRow(totals.number + 1).getCell(18).value).toBe(rupees(r.arControl));
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('streams thousands of documents pausing between rows, and a cancel leaves nothing behind', async () => {
    const customers = [t.pune, t.blr, evil];
    importOpeningInvoices(
      t.ledger,
      Array.from({ length: 12_000 }, (_, i) => ({
        number: `OB-${i + 1}`,
        customerId: customers[i % 3]!,
        date: '2025-01-01',
        dueDate: `2025-0${1 + (i % 6)}-15`,
        amount: 1_000_00 + i,
        reference: null,
      })),
      't',
    );
    const q = ageingQuery.parse({ asOf: '2025-07-10', level: 'document' });
    const r = report(q);
    expect(r.documents).toHaveLength(12_005);

    const jobs = new JobRunner(() => join(t.ledger.dir, 'exports'));
    const { jobId } = startAgeingExport({ ledger: t.ledger, jobs }, q);
    // The job yields at each checkpoint: stop it once it is a few thousand rows in.
    while (jobs.status(jobId).done < 4_000) await new Promise((ok) => setImmediate(ok));
    const running = jobs.status(jobId);
    expect(running).toMatchObject({ state: 'running', total: 12_005 });
    expect(running.message).toMatch(/^\d{1,2},\d{3} of 12,005 rows$/);
    const cancelled = await jobs.cancel(jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(readdirSync(join(t.ledger.dir, 'exports'))).toEqual([]);
    expect(() => jobs.output(jobId)).toThrow(/cancelled/);

    // Straight to a file (the CLI's way), every row and the report's totals.
    const path = join(t.ledger.dir, 'all.xlsx');
    let pauses = 0;
    const written = await writeAgeingWorkbook(t.ledger, q, path, {
      checkpoint: async () => {
        pauses++;
      },
    });
    expect(written.rows).toBe(12_005);
    expect(pauses).toBeGreaterThanOrEqual(6);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const { rows, totals } = dataRows(wb.worksheets[0]!);
    expect(rows).toHaveLength(12_005);
    expect(totals.getCell(18).value).toBe(rupees(r.totals.total));
    expect(r.totals.total).toBe(r.arControl);
  });

  it('the CLI writes the same workbooks with --format xlsx, and names a bad field', async () => {
    let out = '';
    let err = '';
    const bahi = (...argv: string[]) =>
      main(argv, { out: (x) => (out += x + '\n'), err: (x) => (err += x + '\n') });
    const db = t.ledger.path;
    const byCustomer = join(t.ledger.dir, 'ageing.xlsx');
    expect(
      await bahi(
        'report',
        'ageing',
        '--db',
        db,
        '--as-of',
        '2025-07-10',
        '--format',
        'xlsx',
        '--out',
        byCustomer,
      ),
    ).toBe(0);
    expect(out).toContain(`Wrote ${byCustomer} (3 customers)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(byCustomer);
    const { totals } = dataRows(wb.worksheets[0]!);
    expect(totals.getCell(12).value).toBe(36_756.78);

    const byDocument = join(t.ledger.dir, 'ageing-docs.xlsx');
    expect(
      await bahi(
        'report',
        'ageing',
        '--db',
        db,
        '--as-of',
        '2025-07-10',
        '--level',
        'document',
        '--format',
        'xlsx',
        '--out',
        byDocument,
      ),
    ).toBe(0);
    expect(out).toContain('(5 documents)');
    const docs = new ExcelJS.Workbook();
    await docs.xlsx.readFile(byDocument);
    expect(dataRows(docs.worksheets[0]!).rows).toHaveLength(5);

    expect(
      await bahi(
        'report',
        'ageing',
        '--db',
        db,
        '--as-of',
        '2025-07-10',
        '--buckets',
        '30,abc',
        '--format',
        'xlsx',
        '--out',
        byCustomer,
      ),
    ).toBe(1);
    expect(err).toMatch(/^bahi: buckets\.1: /m);
    expect(
      await bahi('report', 'ageing', '--db', db, '--as-of', '2025-07-10', '--format', 'xlsx'),
    ).toBe(2);
    expect(err).toContain('Missing --out FILE.xlsx');
  });
});
