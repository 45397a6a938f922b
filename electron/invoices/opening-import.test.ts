import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../db/audit/audit';
import { setupCompany } from '../../db/company/company';
import { createCustomer } from '../../db/customers/customers';
import { listDocuments } from '../../db/invoices/invoices';
import { journalsForDocument } from '../../db/journal/journal';
import { count, tempLedger } from '../../db/testing';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import type { BahiError } from '../../shared/result';
import { importOpeningFile } from './opening-import';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => {
  ledger = tempLedger();
  setupCompany(
    ledger,
    companyInput.parse({ legalName: 'Sahyadri Supplies', stateCode: '27' }),
    't',
  );
  createCustomer(
    ledger,
    customerInput.parse({ code: 'ACME', name: 'Acme Ltd', stateCode: '27' }),
    't',
  );
  createCustomer(
    ledger,
    customerInput.parse({ code: 'BETA', name: 'Beta Ltd', stateCode: '29' }),
    't',
  );
});
afterEach(() => ledger.cleanup());

const file = (...rows: string[]) =>
  Buffer.from(['number,customer_code,date,due_date,amount,reference', ...rows].join('\n'));
const run = (bytes: Buffer) =>
  importOpeningFile(ledger, { fileName: 'opening.csv', bytes, dryRun: false, actor: 't' });

describe('opening invoices', () => {
  it('brings open invoices in as issued opening items, posted against opening balances', async () => {
    expect(
      await run(
        file(
          'TL/24-25/311,ACME,15/01/2025,14-02-2025,"1,18,000.00",PO 88',
          'TL/24-25/342,beta,01-Mar-25,31 Mar 2025,59000,',
        ),
      ),
    ).toEqual({ rows: 2, created: 2, dryRun: false });
    const docs = listDocuments(ledger, { search: '', limit: 10 });
    expect(
      docs.map((d) => [d.number, d.customerCode, d.date, d.dueDate, d.total, d.openBalance]),
    ).toEqual([
      ['TL/24-25/342', 'BETA', '2025-03-01', '2025-03-31', 5_900_000, 5_900_000],
      ['TL/24-25/311', 'ACME', '2025-01-15', '2025-02-14', 11_800_000, 11_800_000],
    ]);
    const [journal] = journalsForDocument(ledger, docs[1]!.id);
    expect(journal!.lines.map((l) => [l.accountName, l.debit, l.credit])).toEqual([
      ['Sundry Debtors (Accounts Receivable)', 11_800_000, 0],
      ['Opening Balances', 0, 11_800_000],
    ]);
    expect(verifyLedger(ledger).ok).toBe(true);
  });

  it('adds nothing when any row is wrong, and names each row and column', async () => {
    await run(file('OLD/1,ACME,2025-01-01,2025-01-31,100,'));
    let error: BahiError | undefined;
    try {
      await run(
        file(
          'N1,ACME,2025-01-10,2025-02-10,500,',
          'N2,NOBODY,2025-01-10,2025-02-10,500,',
          'N3,ACME,31/02/2025,2025-03-10,500,',
          'N4,ACME,2025-01-10,2025-01-01,500,',
          'N5,ACME,2025-01-10,2025-02-10,-5,',
          'N1,ACME,2025-01-10,2025-02-10,500,',
          'OLD/1,ACME,2025-01-10,2025-02-10,500,',
        ),
      );
    } catch (e) {
      error = e as BahiError;
    }
    expect(error?.code).toBe('IMPORT_INVALID');
    expect(error?.issues?.map((i) => [i.row, i.field])).toEqual([
      [3, 'customer_code'],
      [4, 'date'],
      [5, 'due_date'],
      [6, 'amount'],
      [7, 'number'],
      [8, 'number'],
    ]);
    expect(count(ledger, 'documents')).toBe(1);
  });
});
