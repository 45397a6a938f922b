// `npm run bench:invoices`: issuing invoices of 5 lines through the ledger command (draft, issue:
// validation, GST, numbering, journal, audit) next to plain SQLite inserts of the same rows.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setupCompany } from '../db/company/company';
import { importCustomers } from '../db/customers/customers';
import { createDraft, issueDocument } from '../db/invoices/invoices';
import { openLedger } from '../db/ledger/open';
import { tempDir } from '../db/testing';
import { companyInput } from '../shared/company/contract';
import { customerInput } from '../shared/customers/contract';
import { documentDraftInput } from '../shared/invoices/contract';

const N = Number(process.env.BENCH_INVOICES ?? 100_000);
const CUSTOMERS = 500;

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function draftFor(i: number) {
  return documentDraftInput.parse({
    customerId: (i % CUSTOMERS) + 1,
    date: '2025-06-15',
    reference: `PO-${i}`,
    lines: Array.from({ length: 5 }, (_, k) => ({
      description: `Item ${k} for order ${i}`,
      hsnSac: k % 2 ? '8481' : '998719',
      unit: 'NOS',
      quantity: String((k + 1) * 2),
      rate: 10_000 + k * 1_234 + (i % 97),
      discountPercentBps: k === 3 ? 500 : null,
      gstRateBps: k === 4 ? 1200 : 1800,
    })),
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

  const start = performance.now();
  // Inputs are made as we go, so the memory figure is the ledger's, not a pile of drafts.
  for (let i = 0; i < N; i++)
    issueDocument(ledger, createDraft(ledger, draftFor(i), 'bench').id, 'bench');
  const ledgerMs = performance.now() - start;
  const ledgerMaxRss = process.resourceUsage().maxRSS * 1024;

  // The same document and line rows, inserted with prepared statements and nothing else.
  const plain = new Database(join(dir, 'plain.sqlite'));
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.exec(`create table documents (id integer primary key, number text, customer_id integer, date text, total integer);
    create table document_lines (id integer primary key, document_id integer, position integer, description text,
      hsn_sac text, quantity_milli integer, rate integer, taxable integer, gst_rate_bps integer, total integer);`);
  const insDoc = plain.prepare(
    'insert into documents (number, customer_id, date, total) values (?, ?, ?, ?)',
  );
  const insLine = plain.prepare(
    'insert into document_lines (document_id, position, description, hsn_sac, quantity_milli, rate, taxable, gst_rate_bps, total) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const one = plain.transaction((i: number, d: ReturnType<typeof draftFor>) => {
    const id = insDoc.run(`INV/25-26/${i + 1}`, d.customerId, d.date, 0).lastInsertRowid;
    d.lines.forEach((l, k) =>
      insLine.run(
        id,
        k + 1,
        l.description,
        l.hsnSac,
        l.quantity,
        l.rate,
        l.rate,
        l.gstRateBps,
        l.rate,
      ),
    );
  });
  const plainStart = performance.now();
  for (let i = 0; i < N; i++) one(i, draftFor(i));
  const plainMs = performance.now() - plainStart;
  plain.close();
  ledger.close();

  const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en-IN');
  console.log(`invoices of 5 lines: ${N.toLocaleString('en-IN')}`);
  console.log(
    `ledger command (draft + issue): ${(ledgerMs / 1000).toFixed(1)} s, ${rate(ledgerMs)} invoices/s`,
  );
  console.log(`  peak memory (max RSS) while issuing: ${mb(ledgerMaxRss)}`);
  console.log(
    `plain SQLite inserts, one transaction each: ${(plainMs / 1000).toFixed(1)} s, ${rate(plainMs)} invoices/s`,
  );
  console.log(`overhead of the ledger command: ${(ledgerMs / plainMs).toFixed(1)}×`);
} finally {
  cleanup();
}
