// Bulk statements as a job through the real channels: one PDF per customer through one shared
// renderer, progress "n of N", a zip for the browser, and a cancel that leaves nothing behind.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, setCustomerArchived } from '../../db/customers/customers';
import { invoice } from '../../db/receipts/fixture';
import { customerInput } from '../../shared/customers/contract';
import type { JobStatus } from '../../shared/jobs/contract';
import { PdfRenderer } from '../documents/print/pdf';
import { createHostRouter, type HostRouter } from '../ipc/host';
import { fileWorkspace } from '../workspace';
import { callChannel, finishedJob, reportsRouter } from './channels-testing';
import { bulkCustomers } from './statement-bulk';
import { statementFileName } from './statement-printable';
import { statementsLedger, storyOf } from './statement-testing';

const t = statementsLedger();
const renderer = new PdfRenderer();
let renders = 0;
let router: HostRouter;

const FY = { from: '2025-04-01', to: '2026-03-31' };
const customer = (code: string, name: string, customerGroup?: string) =>
  createCustomer(
    t.ledger,
    customerInput.parse({
      code,
      name,
      stateCode: '27',
      ...(customerGroup ? { customerGroup } : {}),
    }),
    't',
  ).id;

beforeAll(() => {
  // Every statement in the job renders through this one browser; the count proves no other.
  router = reportsRouter(t.ledger, {
    renderPdf: (html) => {
      renders++;
      return renderer.render(html);
    },
  });
  storyOf(t); // Pune owes ₹1,00,300.00 at the year end
  invoice(t.ledger, t.blr, 20_000_00, '2025-07-15'); // Bengaluru owes ₹23,600.00
  const shah = customer('SHAH', 'Shah & Sons / Traders: Surat', 'Dealers');
  invoice(t.ledger, shah, 10_000_00, '2025-08-01'); // ₹11,800.00
  customer('NIL', 'Nil Balance Dealers', 'Dealers'); // in the group, nothing owed
  const old = customer('OLD', 'Old Dealer (closed)', 'dealers');
  setCustomerArchived(t.ledger, old, true, 't');
});

afterAll(async () => {
  await router.dispose();
  await renderer.close();
  t.ledger.cleanup();
});

describe('who gets a statement', () => {
  it('is every customer with a balance on the last day, or the active customers of a group', async () => {
    const codes = (scope: 'withBalance' | 'group', group?: string) =>
      bulkCustomers(t.ledger, { to: FY.to, scope, group }).map((c) => c.code);
    expect(codes('withBalance')).toEqual(['BLR', 'PUNE', 'SHAH']);
    expect(codes('group', 'DEALERS')).toEqual(['NIL', 'SHAH']);
    // Before anything was invoiced, nobody owes anything.
    expect(bulkCustomers(t.ledger, { to: '2025-01-31', scope: 'withBalance' })).toEqual([]);
    expect(await callChannel(router, 'reports.bulkStatementsScope', { to: FY.to })).toEqual({
      to: FY.to,
      withBalance: 3,
      groups: [{ group: 'Dealers', customers: 2 }],
    });
  });

  it('refuses a job with nobody in it, naming the field', async () => {
    expect(
      await router.dispatch('reports.startBulkStatements', {
        from: '2024-04-01',
        to: '2025-01-31',
        scope: 'withBalance',
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'to',
        message: 'No customer has a balance on 31-01-2025',
      },
    });
    expect(
      await router.dispatch('reports.startBulkStatements', { ...FY, scope: 'group' }),
    ).toMatchObject({ ok: false, error: { field: 'group', message: 'Choose the customer group' } });
    expect(
      await router.dispatch('reports.startBulkStatements', {
        ...FY,
        scope: 'group',
        group: 'Exporters',
      }),
    ).toMatchObject({ ok: false, error: { field: 'group' } });
  });
});

describe('a bulk statements job', () => {
  it('writes one PDF per customer with a balance, named by code, name and year, through one renderer', async () => {
    renders = 0;
    const { jobId } = await callChannel(router, 'reports.startBulkStatements', {
      ...FY,
      scope: 'withBalance',
    });
    const { seen, last } = await finishedJob(router, jobId, 20);
    expect(last).toMatchObject({ state: 'done', done: 3, total: 3 });
    expect(seen).toEqual(expect.arrayContaining(['1 of 3', '2 of 3']));
    expect(last.message).toBe('Done');
    expect(renders).toBe(3);
    expect(last.output).toMatchObject({ fileName: 'Statements 2025-26', kind: 'folder', files: 3 });
    const dir = last.output!.path;
    expect(readdirSync(dir).sort()).toEqual([
      'BLR - Bengaluru Tech Systems - statement 2025-26.pdf',
      'PUNE - Pune Engineering Pvt Ltd - statement 2025-26.pdf',
      'SHAH - Shah & Sons - Traders- Surat - statement 2025-26.pdf',
    ]);
    const text = execFileSync(
      'pdftotext',
      ['-layout', join(dir, 'PUNE - Pune Engineering Pvt Ltd - statement 2025-26.pdf'), '-'],
      { encoding: 'utf8' },
    ).replace(/\s+/g, ' ');
    expect(text).toContain('STATEMENT OF ACCOUNT');
    expect(text).toContain('Pune Engineering Pvt Ltd');
    expect(text).toContain('01-04-2025 to 31-03-2026');
    expect(text).toContain('31-03-2026 Closing Balance 1,00,300.00 Dr');

    // The browser gets the folder as one zip of the same files.
    const zip = await callChannel(router, 'jobs.download', {
      jobId,
    });
    expect(zip.fileName).toBe('Statements 2025-26.zip');
    const files = await JSZip.loadAsync(Buffer.from(zip.contentBase64, 'base64'));
    expect(Object.keys(files.files).sort()).toEqual(readdirSync(dir).sort());
  });

  it('does a group’s customers, whatever their balance', async () => {
    const { jobId } = await callChannel(router, 'reports.startBulkStatements', {
      ...FY,
      scope: 'group',
      group: 'dealers',
    });
    const { last } = await finishedJob(router, jobId, 20);
    expect(last).toMatchObject({ state: 'done', done: 2, total: 2 });
    expect(last.output!.fileName).toBe('Statements 2025-26 - dealers');
    expect(readdirSync(last.output!.path).sort()).toEqual([
      'NIL - Nil Balance Dealers - statement 2025-26.pdf',
      'SHAH - Shah & Sons - Traders- Surat - statement 2025-26.pdf',
    ]);
  });

  it('stops between customers when cancelled, and keeps nothing', async () => {
    // The second statement waits until the test has cancelled the job.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const slow = createHostRouter(fileWorkspace(t.ledger), 't', {
      renderPdf: async (html) => {
        started++;
        if (started === 2) await held;
        return renderer.render(html);
      },
    });
    const exports = join(t.ledger.dir, 'exports');
    const before = existsSync(exports) ? readdirSync(exports).sort() : [];
    try {
      const { jobId } = await callChannel(slow, 'reports.startBulkStatements', {
        ...FY,
        scope: 'withBalance',
      });
      let status: JobStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = await callChannel(slow, 'jobs.status', { jobId });
      } while (status.done < 1);
      expect(status).toMatchObject({ state: 'running', done: 1, total: 3, message: '1 of 3' });
      const cancelling = callChannel(slow, 'jobs.cancel', { jobId });
      release();
      const cancelled = await cancelling;
      expect(cancelled).toMatchObject({ state: 'cancelled', done: 2, output: null });
      expect(started).toBe(2); // the third customer was never begun
      // The job's own folder went with it: the exports folder holds what it held before.
      expect(readdirSync(exports).sort()).toEqual(before);
      expect(await slow.dispatch('jobs.download', { jobId })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    } finally {
      await slow.dispose();
    }
  });
});

describe('file names', () => {
  it('are safe on Windows whatever the customer is called', () => {
    const name = statementFileName(
      { customer: { code: 'A1', name: 'CON <Trading> "Co" | Ltd?*.' }, periodLabel: '2025-26' },
      'pdf',
    );
    expect(name).toBe('A1 - CON -Trading- -Co- - Ltd- - statement 2025-26.pdf');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    writeFileSync(join(t.ledger.dir, name), 'x'); // and the file system takes it
  });
});
