// `npm run bench:receipts`: recording receipts, each allocated to an invoice, through the ledger
// command (validation, numbering, journal, allocation, caches, audit) next to plain SQLite inserts
// of the same rows. Invoices are brought in as opening items first (that part is not timed).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setupCompany } from '../db/company/company';
import { importCustomers } from '../db/customers/customers';
import { importOpeningInvoices } from '../db/invoices/opening';
import { openLedger } from '../db/ledger/open';
import { createBankAccount } from '../db/receipts/bank-accounts';
import { recordReceipt } from '../db/receipts/receipts';
import { tempDir } from '../db/testing';
import { companyInput } from '../shared/company/contract';
import { customerInput } from '../shared/customers/contract';
import { receiptInput } from '../shared/receipts/contract';

const N = Number(process.env.BENCH_RECEIPTS ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const CHUNK = 20_000;

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const amountOf = (i: number) => 10_000_00 + (i % 997) * 100;

/** Receipt i pays invoice i: most in full, every fifth net of 2% TDS, every seventh short. */
function receiptFor(i: number, bankAccountId: number) {
  const owed = amountOf(i);
  const tds = i % 5 === 0 ? Math.round(owed * 0.02) : 0;
  const allocated = i % 7 === 0 ? owed - 500_00 : owed;
  return receiptInput.parse({
    customerId: (i % CUSTOMERS) + 1,
    // A receipt series holds 9,99,999 numbers a year (Rule 46(b)'s 16 characters): a million
    // receipts take two financial years, as they would at any real desk.
    date: i < 900_000 ? '2025-09-15' : '2026-09-15',
    mode: 'neft',
    bankAccountId,
    instrumentNumber: `UTR${i}`,
    amount: allocated - tds,
    tdsAmount: tds,
    tdsSection: tds ? '194C' : null,
    allocations: [{ documentId: i + 1, amount: allocated }],
  });
}

const { dir, cleanup } = tempDir('bahi-bench-');
try {
  const ledger = openLedger(join(dir, 'ledger.sqlite'), { create: true });
  setupCompany(
    ledger,
    companyInput.parse({ legalName: 'Bench Pvt Ltd', stateCode: '27' }),
    'bench',
  );
  importCustomers(
    ledger,
    Array.from({ length: CUSTOMERS }, (_, i) =>
      customerInput.parse({ code: `C${i}`, name: `Customer ${i}`, stateCode: i % 3 ? '27' : '29' }),
    ),
    'bench',
  );
  const bank = createBankAccount(ledger, { name: 'HDFC Current' }, 'bench').id;
  const setupStart = performance.now();
  for (let from = 0; from < N; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, N - from) }, (_, k) => {
      const i = from + k;
      return {
        number: `OPN${i + 1}`,
        customerId: (i % CUSTOMERS) + 1,
        date: '2025-03-31',
        dueDate: '2025-04-30',
        amount: amountOf(i),
        reference: null,
      };
    });
    importOpeningInvoices(ledger, rows, 'bench');
  }
  const setupMs = performance.now() - setupStart;

  const start = performance.now();
  for (let i = 0; i < N; i++) recordReceipt(ledger, receiptFor(i, bank), 'bench');
  const ledgerMs = performance.now() - start;
  const ledgerMaxRss = process.resourceUsage().maxRSS * 1024;
  ledger.close();

  // The receipt, its details and its allocation, and the two balance updates — nothing else.
  const plain = new Database(join(dir, 'plain.sqlite'));
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.exec(`create table documents (id integer primary key, kind text, number text, customer_id integer,
      date text, total integer, open_balance integer);
    create table receipt_details (document_id integer primary key, mode text, bank_account_id integer,
      instrument_number text, amount integer, tds_amount integer);
    create table allocations (id integer primary key, credit_document_id integer, debit_document_id integer,
      amount integer, date text);`);
  const seed = plain.prepare(
    `insert into documents (kind, number, customer_id, date, total, open_balance) values ('opening_invoice', ?, ?, '2025-03-31', ?, ?)`,
  );
  plain.transaction(() => {
    for (let i = 0; i < N; i++)
      seed.run(`OPN${i + 1}`, (i % CUSTOMERS) + 1, amountOf(i), amountOf(i));
  })();
  const insDoc = plain.prepare(
    `insert into documents (kind, number, customer_id, date, total, open_balance) values ('receipt', ?, ?, ?, ?, 0)`,
  );
  const insDetails = plain.prepare(
    'insert into receipt_details (document_id, mode, bank_account_id, instrument_number, amount, tds_amount) values (?, ?, ?, ?, ?, ?)',
  );
  const insAlloc = plain.prepare(
    'insert into allocations (credit_document_id, debit_document_id, amount, date) values (?, ?, ?, ?)',
  );
  const pay = plain.prepare('update documents set open_balance = open_balance - ? where id = ?');
  const one = plain.transaction((i: number, r: ReturnType<typeof receiptFor>) => {
    const id = insDoc.run(
      `RCT/25-26/${i + 1}`,
      r.customerId,
      r.date,
      r.amount + r.tdsAmount,
    ).lastInsertRowid;
    insDetails.run(id, r.mode, r.bankAccountId, r.instrumentNumber, r.amount, r.tdsAmount);
    const a = r.allocations[0]!;
    insAlloc.run(id, a.documentId, a.amount, r.date);
    pay.run(a.amount, a.documentId);
  });
  const plainStart = performance.now();
  for (let i = 0; i < N; i++) one(i, receiptFor(i, bank));
  const plainMs = performance.now() - plainStart;
  plain.close();

  const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en-IN');
  console.log(
    `receipts: ${N.toLocaleString('en-IN')} against as many invoices of ${CUSTOMERS.toLocaleString('en-IN')} customers`,
  );
  console.log(`  (setup: opening invoices imported in ${(setupMs / 1000).toFixed(1)} s)`);
  console.log(
    `ledger command (record + allocate): ${(ledgerMs / 1000).toFixed(1)} s, ${rate(ledgerMs)} receipts/s`,
  );
  console.log(`  peak memory (max RSS) while recording: ${mb(ledgerMaxRss)}`);
  console.log(
    `plain SQLite inserts, one transaction each: ${(plainMs / 1000).toFixed(1)} s, ${rate(plainMs)} receipts/s`,
  );
  console.log(`overhead of the ledger command: ${(ledgerMs / plainMs).toFixed(1)}×`);
} finally {
  cleanup();
}
