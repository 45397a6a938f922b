import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { documentDraftInput } from '../../shared/invoices/contract';
import { setupCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { createDraft, issueDocument } from '../invoices/invoices';
import { journalsForDocument } from '../journal/journal';
import { tempLedger } from '../testing';
import { listAccounts, renameAccount } from './accounts';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

describe('chart of accounts', () => {
  it('is seeded, and a renamed account keeps receiving its postings', () => {
    const sales = listAccounts(ledger).find((a) => a.systemKey === 'SALES')!;
    expect(listAccounts(ledger).map((a) => a.systemKey)).toEqual(
      expect.arrayContaining([
        'AR',
        'SALES',
        'OUTPUT_CGST',
        'OUTPUT_SGST',
        'OUTPUT_IGST',
        'ROUND_OFF',
        'OPENING',
      ]),
    );
    expect(renameAccount(ledger, sales.id, 'Sales - Domestic', 't')).toMatchObject({
      name: 'Sales - Domestic',
      systemKey: 'SALES',
    });
    expect(() => renameAccount(ledger, sales.id, 'output cgst', 't')).toThrow(/already called/);

    setupCompany(ledger, companyInput.parse({ legalName: 'X', stateCode: '27' }), 't');
    const c = createCustomer(
      ledger,
      customerInput.parse({ code: 'C', name: 'C', stateCode: '27' }),
      't',
    );
    const d = createDraft(
      ledger,
      documentDraftInput.parse({
        customerId: c.id,
        date: '2025-06-01',
        lines: [
          {
            description: 'x',
            hsnSac: '8481',
            unit: 'NOS',
            quantity: '1',
            rate: 10_000,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    issueDocument(ledger, d.id, 't');
    expect(journalsForDocument(ledger, d.id)[0]!.lines.map((l) => l.accountName)).toContain(
      'Sales - Domestic',
    );
  });
});
