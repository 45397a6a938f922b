// `npm run bench:reports`: reports on a big generated ledger (10,000 customers, 1,000,000 invoices,
// 1,000,000 receipts by default), each timed in a process of its own so that its peak memory is
// its own, beside the same query in the plain `sqlite3` shell on the same file. The ledger is
// generated once through the ledger's own import commands and kept in bench/.cache (delete it to
// regenerate).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setupCompany } from '../db/company/company';
import { importCustomers } from '../db/customers/customers';
import { importOpeningInvoices } from '../db/invoices/opening';
import { openLedger, type Ledger } from '../db/ledger/open';
import { createBankAccount } from '../db/receipts/bank-accounts';
import { importReceipts } from '../db/receipts/import';
import { ageingReport } from '../db/reports/ageing';
import { statementOf } from '../db/reports/statement';
import { addDays, type IsoDate } from '../shared/dates';
import { companyInput } from '../shared/company/contract';
import { customerInput } from '../shared/customers/contract';
import { receiptInput } from '../shared/receipts/contract';
import { ageingQuery } from '../shared/reports/contract';
import { statementHtml } from '../electron/documents/print/StatementDocument';
import { PdfRenderer } from '../electron/documents/print/pdf';
import { writeAgeingWorkbook } from '../electron/reports/ageing-export';
import { bulkCustomers } from '../electron/reports/statement-bulk';
import { printableStatement } from '../electron/reports/statement-printable';

const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const CHUNK = 20_000;
const FY = { from: '2025-04-01', to: '2026-03-31' };
// "Today" is the ledger's last day of business: receipts run up to 120 days past the last
// invoice, and a real ledger has none dated after today. BENCH_TODAY sets another day; the
// parent passes the day it chose to each measured child through the same variable.
let TODAY = process.env.BENCH_TODAY ?? '';
let YEAR_BACK = TODAY && addDays(TODAY as IsoDate, -365);
const FIRST = '2023-04-01';

const cacheDir = join(import.meta.dirname, '.cache');
const path = join(cacheDir, `reports-${CUSTOMERS}-${INVOICES}.sqlite`);

/** A small deterministic generator: the same ledger on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Invoice i: a customer, a date over three and a half years, 30 days' terms, an amount. 92% are
 * paid in full 0–120 days after the invoice, 5% in part, 3% not at all (yet).
 */
function plan(i: number) {
  const r = random(i + 1);
  const span = Math.floor(r() * 1_300);
  const date = addDays(FIRST as IsoDate, span);
  const amount = 1_000_00 + Math.floor(r() * 5_00_000_00);
  const fate = r();
  const paidAfter = Math.floor(r() * 120);
  return {
    customerId: 1 + Math.floor(r() * CUSTOMERS),
    date,
    due: addDays(date, 30),
    amount,
    paid: fate < 0.92 ? amount : fate < 0.97 ? Math.floor(amount / 2) : 0,
    paidOn: addDays(date, paidAfter),
  };
}

function generate(): void {
  mkdirSync(cacheDir, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const ledger = openLedger(building, { create: true });
  setupCompany(
    ledger,
    companyInput.parse({ legalName: 'Bench Pvt Ltd', stateCode: '27' }),
    'bench',
  );
  importCustomers(
    ledger,
    Array.from({ length: CUSTOMERS }, (_, i) =>
      customerInput.parse({
        code: `C${String(i + 1).padStart(5, '0')}`,
        name: `Customer ${i + 1}`,
        stateCode: i % 3 ? '27' : '29',
        customerGroup: ['Dealers', 'OEM', 'Retail'][i % 3],
      }),
    ),
    'bench',
  );
  const bank = createBankAccount(ledger, { name: 'HDFC Current' }, 'bench').id;
  const started = performance.now();
  for (let from = 0; from < INVOICES; from += CHUNK) {
    const n = Math.min(CHUNK, INVOICES - from);
    importOpeningInvoices(
      ledger,
      Array.from({ length: n }, (_, k) => {
        const p = plan(from + k);
        return {
          number: `B${from + k + 1}`,
          customerId: p.customerId,
          date: p.date,
          dueDate: p.due,
          amount: p.amount,
          reference: null,
        };
      }),
      'bench',
    );
  }
  const invoicesDone = performance.now();
  // Receipts go in date order, as they would be keyed; an unpaid invoice still gets one
  // receipt: an advance from the same customer, left on account until it is used.
  const order = Array.from({ length: INVOICES }, (_, i) => i).sort(
    (a, b) => plan(a).paidOn.localeCompare(plan(b).paidOn) || a - b,
  );
  for (let from = 0; from < INVOICES; from += CHUNK) {
    const items = order.slice(from, from + CHUNK).map((i, k) => {
      const p = plan(i);
      const amount = p.paid > 0 ? p.paid : Math.max(100_00, Math.floor(p.amount / 10));
      return {
        row: from + k + 2,
        allocationRows: [from + k + 2],
        values: receiptInput.parse({
          customerId: p.customerId,
          date: p.paidOn,
          mode: 'neft',
          bankAccountId: bank,
          instrumentNumber: `UTR${i}`,
          amount,
          allocations: p.paid > 0 ? [{ documentId: i + 1, amount: p.paid }] : [],
        }),
      };
    });
    importReceipts(ledger, items, 'bench', { dryRun: false });
    if ((from / CHUNK) % 10 === 0) {
      console.log(`  … ${(from + items.length).toLocaleString('en-IN')} receipts`);
    }
  }
  ledger.close();
  renameSync(building, path);
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  console.log(
    `generated in ${((performance.now() - started) / 1000).toFixed(0)} s ` +
      `(invoices ${((invoicesDone - started) / 1000).toFixed(0)} s)`,
  );
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const ms = (t: number) => `${t < 10 ? t.toFixed(2) : t.toFixed(0)} ms`;

/** Best of `runs` (the first warms the page cache). */
async function best(runs: number, work: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const busiestCustomer = (ledger: Ledger) =>
  ledger.sqlite
    .prepare(
      `select customer_id from documents group by customer_id order by count(*) desc limit 1`,
    )
    .pluck()
    .get() as number;

/** One measured operation, run in a child process: prints `{ ms, note }` as JSON. */
const OPERATIONS: Record<string, (ledger: Ledger) => Promise<{ ms: number; note: string }>> = {
  async 'ageing-today'(ledger) {
    let r!: ReturnType<typeof ageingReport>;
    const t = await best(5, () => (r = ageingReport(ledger, ageingQuery.parse({ asOf: TODAY }))));
    return {
      ms: t,
      note: `${r.customers.length} customers, total = AR control: ${r.totals.total === r.arControl}`,
    };
  },
  async 'ageing-past'(ledger) {
    let r!: ReturnType<typeof ageingReport>;
    const t = await best(
      5,
      () => (r = ageingReport(ledger, ageingQuery.parse({ asOf: YEAR_BACK }))),
    );
    return {
      ms: t,
      note: `${r.customers.length} customers, total = AR control: ${r.totals.total === r.arControl}`,
    };
  },
  async 'ageing-documents'(ledger) {
    let r!: ReturnType<typeof ageingReport>;
    const q = ageingQuery.parse({ asOf: TODAY, level: 'document' });
    const t = await best(3, () => (r = ageingReport(ledger, q)));
    return { ms: t, note: `${r.documents.length.toLocaleString('en-IN')} documents` };
  },
  async statement(ledger) {
    const customerId = busiestCustomer(ledger);
    let lines = 0;
    const t = await best(20, () => {
      lines = statementOf(ledger, { customerId, ...FY }).entries.length;
    });
    return { ms: t, note: `${lines} entries, with its ageing` };
  },
  async 'ageing-excel'(ledger) {
    const dir = mkdtempSync(join(tmpdir(), 'bahi-bench-'));
    try {
      let rows = 0;
      const q = ageingQuery.parse({ asOf: TODAY, level: 'document' });
      const t = await best(1, async () => {
        rows = (await writeAgeingWorkbook(ledger, q, join(dir, 'ageing.xlsx'))).rows;
      });
      return { ms: t, note: `${rows.toLocaleString('en-IN')} rows, streamed` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  async 'statements-pdf'(ledger) {
    const dir = mkdtempSync(join(tmpdir(), 'bahi-bench-'));
    const renderer = new PdfRenderer();
    const limit = Number(process.env.BENCH_STATEMENTS ?? Infinity);
    try {
      const customers = bulkCustomers(ledger, { to: FY.to, scope: 'withBalance' }).slice(0, limit);
      const t = await best(1, async () => {
        for (const c of customers) {
          const html = statementHtml(printableStatement(ledger, { customerId: c.id, ...FY }));
          writeFileSync(join(dir, `${c.code}.pdf`), await renderer.render(html));
        }
      });
      const each = (t / customers.length).toFixed(0);
      return { ms: t, note: `${customers.length.toLocaleString('en-IN')} PDFs, ${each} ms each` };
    } finally {
      await renderer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Run one operation in a fresh process; its peak RSS is then its own. */
function measure(label: string, op: string): void {
  const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, op], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    console.log(`${label}: failed\n${r.stdout}${r.stderr}`);
    return;
  }
  const { ms: t, peakKb, note } = JSON.parse(last) as { ms: number; peakKb: number; note: string };
  console.log(
    `${label.padEnd(46)} ${ms(t).padStart(10)}   peak ${mb(peakKb).padStart(7)}   ${note}`,
  );
}

/** The same question put to the plain sqlite3 shell: its own timer, and its peak RSS. */
function shell(label: string, sql: string, setup = ''): void {
  const r = spawnSync('/usr/bin/time', ['-f', 'peak %M', 'sqlite3', path], {
    input: `${setup}.timer on\n${sql};\n${sql};\n`,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const times = [...r.stdout.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
  const peak = Number(/peak (\d+)/.exec(r.stderr)?.[1] ?? 0);
  console.log(
    `${`  sqlite3 shell: ${label}`.padEnd(46)} ${ms(Math.min(...times)).padStart(10)}   peak ${mb(peak).padStart(7)}`,
  );
}

const op = process.argv[2];
if (op) {
  const work = OPERATIONS[op];
  if (!work) throw new Error(`No bench operation ${op}: ${Object.keys(OPERATIONS).join(', ')}`);
  const ledger = openLedger(path);
  const { ms: t, note } = await work(ledger);
  ledger.close();
  console.log(JSON.stringify({ ms: t, peakKb: process.resourceUsage().maxRSS, note }));
} else {
  if (!existsSync(path)) {
    console.log(`generating ${path} …`);
    generate();
  }
  const ledger: Ledger = openLedger(path);
  const counts = ledger.sqlite
    .prepare(
      `select (select count(*) from customers) as customers,
         (select count(*) from documents where kind = 'opening_invoice') as invoices,
         (select count(*) from documents where kind = 'receipt') as receipts,
         (select count(*) from allocations) as allocations,
         (select count(*) from documents where open_balance <> 0) as open`,
    )
    .get() as Record<string, number>;
  const busiest = busiestCustomer(ledger);
  if (!TODAY) {
    TODAY = ledger.sqlite.prepare(`select max(date) from documents`).pluck().get() as string;
    process.env.BENCH_TODAY = TODAY;
    YEAR_BACK = addDays(TODAY as IsoDate, -365);
  }
  ledger.close();
  console.log(
    `ledger: ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString('en-IN')} ${k}`)
      .join(', ')}`,
  );

  console.log(`today: ${TODAY}, the ledger's last day (BENCH_TODAY to choose another)`);
  measure(`ageing as of today, ${TODAY} (by customer)`, 'ageing-today');
  shell(
    'open items grouped by customer',
    `select customer_id, sum(open_balance) from documents where open_balance <> 0 and status = 'issued'
       and date <= '${TODAY}' group by customer_id`,
  );
  measure(`ageing as of ${YEAR_BACK} (by customer)`, 'ageing-past');
  shell(
    `open items as of ${YEAR_BACK}`,
    `select d.customer_id, sum(d.open_balance + coalesce((select sum(a.amount) from allocations a
       where a.debit_document_id = d.id and a.date > '${YEAR_BACK}'), 0))
     from documents d where d.status = 'issued' and d.date <= '${YEAR_BACK}'
       and (d.settled_on is null or d.settled_on > '${YEAR_BACK}') group by d.customer_id`,
  );
  shell(
    `naive join as of ${YEAR_BACK}`,
    `select d.customer_id, sum(d.total) - coalesce(sum(x.paid), 0) from documents d
       left join (select debit_document_id as id, sum(amount) as paid from allocations
         where date <= '${YEAR_BACK}' group by debit_document_id) x on x.id = d.id
     where d.kind = 'opening_invoice' and d.date <= '${YEAR_BACK}' group by d.customer_id`,
  );
  measure('ageing as of today (by document)', 'ageing-documents');
  measure('statement of account, one customer, one FY', 'statement');
  shell(
    'statement lines, one customer, one FY',
    `select j.date, l.debit, l.credit from journal_lines l join journals j on j.id = l.journal_id
       where l.customer_id = ${busiest} and l.account_id = (select id from accounts where system_key = 'AR')
         and j.date between '${FY.from}' and '${FY.to}' order by j.date, j.id`,
  );
  measure('ageing by document to Excel', 'ageing-excel');
  shell(
    'open items by document to CSV',
    `select d.number, d.date, d.due_date, d.open_balance from documents d
       where d.open_balance <> 0 and d.status = 'issued' order by d.customer_id, d.due_date`,
    '.mode csv\n',
  );
  measure('all statements (FY) to PDF', 'statements-pdf');
}
