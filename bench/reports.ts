// `npm run bench:reports`: reports on a big generated ledger (10,000 customers, 1,000,000 invoices,
// 1,000,000 receipts by default), each timed with its peak memory, beside the same query in the
// plain `sqlite3` shell on the same file. The ledger is generated once through the ledger's own
// import commands and kept in bench/.cache (delete it to regenerate).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
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

const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const CHUNK = 20_000;
const TODAY = process.env.BENCH_TODAY ?? '2026-11-23';
const YEAR_BACK = addDays(TODAY as IsoDate, -365);
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

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

/** Time a report: best of a few runs (the first warms the page cache), with peak RSS after. */
function time<T>(label: string, runs: number, work: () => T): T {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    best = Math.min(best, performance.now() - start);
  }
  console.log(
    `${label.padEnd(44)} ${best.toFixed(1).padStart(9)} ms   peak ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  return result;
}

/** The same question put to the plain sqlite3 shell, timed by the shell itself. */
function shell(label: string, sql: string) {
  const out = execFileSync('sqlite3', [path], {
    input: `.timer on\n${sql};\n${sql};\n`,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const times = [...out.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
  console.log(
    `${`  sqlite3 shell: ${label}`.padEnd(44)} ${Math.min(...times)
      .toFixed(1)
      .padStart(9)} ms`,
  );
}

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
       (select count(*) from documents where open_balance <> 0) as open`,
  )
  .get() as Record<string, number>;
console.log(
  `ledger: ${Object.entries(counts)
    .map(([k, v]) => `${v.toLocaleString('en-IN')} ${k}`)
    .join(', ')}`,
);

const today = time('ageing as of today (by customer)', 5, () =>
  ageingReport(ledger, ageingQuery.parse({ asOf: TODAY })),
);
shell(
  'open items grouped by customer',
  `select customer_id, sum(open_balance) from documents where open_balance <> 0 and status = 'issued'
     and date <= '${TODAY}' group by customer_id`,
);
const past = time(`ageing as of ${YEAR_BACK} (by customer)`, 3, () =>
  ageingReport(ledger, ageingQuery.parse({ asOf: YEAR_BACK })),
);
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
time('ageing as of today (by document)', 3, () =>
  ageingReport(ledger, ageingQuery.parse({ asOf: TODAY, level: 'document' })),
);
const busiest = ledger.sqlite
  .prepare(`select customer_id from documents group by customer_id order by count(*) desc limit 1`)
  .pluck()
  .get() as number;
time('statement of account, one customer, one FY', 20, () =>
  statementOf(ledger, { customerId: busiest, from: '2025-04-01', to: '2026-03-31' }),
);
shell(
  'statement lines, one customer, one FY',
  `select j.date, l.debit, l.credit from journal_lines l join journals j on j.id = l.journal_id
     where l.customer_id = ${busiest} and l.account_id = (select id from accounts where system_key = 'AR')
       and j.date between '2025-04-01' and '2026-03-31' order by j.date, j.id`,
);
console.log(
  `totals: today ₹${(today.totals.total / 100).toLocaleString('en-IN')} (AR control ₹${(today.arControl / 100).toLocaleString('en-IN')}), ` +
    `${YEAR_BACK} ₹${(past.totals.total / 100).toLocaleString('en-IN')} (AR control ₹${(past.arControl / 100).toLocaleString('en-IN')})`,
);
ledger.close();
