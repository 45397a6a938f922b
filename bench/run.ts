// `npm run bench`: figures for the foundation's hot paths on a real ledger file.
// Reported, not asserted: speed goals live here, never in unit tests.
import { performance } from 'node:perf_hooks';
import { listCustomers } from '../db/customers/customers';
import { openLedger } from '../db/ledger/open';
import { tempDir } from '../db/testing';
import { importCustomersFile } from '../electron/customers/import';
import { exportCustomersWorkbook } from '../electron/customers/export';
import { makeGstin, GST_STATES } from '../shared/gst';
import { join } from 'node:path';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 50_000);

function time<T>(label: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  report(label, performance.now() - start);
  return result;
}

async function timeAsync<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  report(label, performance.now() - start);
  return result;
}

const figures: { label: string; ms: number }[] = [];
function report(label: string, ms: number) {
  figures.push({ label, ms });
  console.log(`${label.padEnd(52)} ${ms.toFixed(1).padStart(10)} ms`);
}

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pan = (i: number) =>
  `AA${letters[i % 26]}C${letters[Math.floor(i / 26) % 26]}${String(i % 10000).padStart(4, '0')}${letters[(i * 7) % 26]}`;

function customersCsv(n: number): Buffer {
  const states = GST_STATES.filter((s) => Number(s.code) <= 37).map((s) => s.code);
  const lines = ['code,name,gstin,state_code,email,phone,payment_terms_days,credit_limit'];
  for (let i = 0; i < n; i++) {
    const state = states[i % states.length]!;
    lines.push(
      `C${String(i).padStart(6, '0')},Customer ${i} Private Limited,${makeGstin(state, pan(i))},${state},ap${i}@example.in,9${String(800000000 + i).padStart(9, '0')},30,"${(i % 50) + 1},00,000"`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

const { dir, cleanup } = tempDir('bahi-bench-');
try {
  const path = join(dir, 'bench.sqlite');
  const ledger = time('open + migrate a new ledger', () => openLedger(path, { create: true }));
  const csv = customersCsv(CUSTOMERS);
  await timeAsync(
    `import ${CUSTOMERS.toLocaleString('en-IN')} customers (CSV, one transaction)`,
    () =>
      importCustomersFile(ledger, { fileName: 'c.csv', bytes: csv, dryRun: false, actor: 'bench' }),
  );
  const query = (search: string) => ({ search, includeArchived: false, limit: 10_000, offset: 0 });
  time('list first 10,000 customers (no search)', () => listCustomers(ledger, query('')));
  time('search by name fragment "Customer 4999"', () =>
    listCustomers(ledger, query('Customer 4999')),
  );
  time('search by GSTIN fragment', () => listCustomers(ledger, query('AAFC')));
  time('search by phone digits', () => listCustomers(ledger, query('98000012')));
  await timeAsync(`export ${CUSTOMERS.toLocaleString('en-IN')} customers to Excel`, () =>
    exportCustomersWorkbook(ledger, { includeArchived: true }),
  );
  ledger.close();
  time('reopen (integrity check of the whole file)', () => openLedger(path).close());
} finally {
  cleanup();
}
