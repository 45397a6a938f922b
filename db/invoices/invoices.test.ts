import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { documentDraftInput, type DocumentDraftInput } from '../../shared/invoices/contract';
import { verifyLedger } from '../audit/audit';
import { setupCompany, updateCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { journalsForDocument } from '../journal/journal';
import { count, tempLedger } from '../testing';
import {
  cancelInvoice,
  createDraft,
  deleteDraft,
  getDocument,
  issueDocument,
  updateDraft,
} from './invoices';

let ledger: ReturnType<typeof tempLedger>;
let pune: number; // same state as the company
let bengaluru: number; // another state

beforeEach(() => {
  ledger = tempLedger();
  setupCompany(
    ledger,
    companyInput.parse({
      legalName: 'Sahyadri Supplies Pvt Ltd',
      gstin: makeGstin('27', 'AAHCS4321F'),
    }),
    't',
  );
  pune = createCustomer(
    ledger,
    customerInput.parse({
      code: 'PUNE',
      name: 'Pune Motors',
      gstin: makeGstin('27', 'AAACP1234K'),
      creditLimit: 10_000_000,
    }),
    't',
  ).id;
  bengaluru = createCustomer(
    ledger,
    customerInput.parse({
      code: 'BLR',
      name: 'Bengaluru Tech',
      gstin: makeGstin('29', 'AAACB1234L'),
    }),
    't',
  ).id;
});
afterEach(() => ledger.cleanup());

const draft = (over: Partial<DocumentDraftInput> = {}) =>
  documentDraftInput.parse({
    customerId: pune,
    date: '2025-06-15',
    lines: [
      {
        description: 'Ball valve 2"',
        hsnSac: '8481',
        unit: 'NOS',
        quantity: '10',
        rate: 9_999,
        gstRateBps: 1800,
      },
      {
        description: 'Installation',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate: 50_000,
        gstRateBps: 1800,
      },
    ],
    ...over,
  });

const issue = (over: Partial<DocumentDraftInput> = {}) =>
  issueDocument(ledger, createDraft(ledger, draft(over), 't').id, 't').document;

describe('invoices', () => {
  it('issues an intra-state invoice: numbered, CGST+SGST, due by terms, posted and balanced', () => {
    const inv = issue();
    expect(inv).toMatchObject({
      status: 'issued',
      number: 'INV/25-26/0001',
      intraState: true,
      dueDate: '2025-07-15',
      totals: {
        taxable: 149_990,
        cgst: 13_499,
        sgst: 13_499,
        igst: 0,
        roundOff: 12,
        total: 177_000,
      },
      openBalance: 177_000,
    });
    const [journal] = journalsForDocument(ledger, inv.id);
    expect(journal!.lines.map((l) => [l.accountName, l.debit, l.credit])).toEqual([
      ['Sundry Debtors (Accounts Receivable)', 177_000, 0],
      ['Sales', 0, 149_990],
      ['Output CGST', 0, 13_499],
      ['Output SGST', 0, 13_499],
      ['Round Off', 0, 12],
    ]);
    expect(verifyLedger(ledger)).toMatchObject({ ok: true, problems: [] });
  });

  it('charges IGST to another state', () => {
    const inv = issue({ customerId: bengaluru });
    expect(inv).toMatchObject({
      intraState: false,
      placeOfSupply: '29',
      totals: { cgst: 0, sgst: 0, igst: 26_998 },
    });
  });

  it('numbers each kind and financial year in its own gapless series', () => {
    expect(issue().number).toBe('INV/25-26/0001');
    expect(issue().number).toBe('INV/25-26/0002');
    expect(issue({ date: '2026-04-01' }).number).toBe('INV/26-27/0001');
    expect(issue({ date: '2026-03-31' }).number).toBe('INV/25-26/0003');
  });

  it('changes a draft freely, but never an issued document', () => {
    const d = createDraft(ledger, draft(), 't');
    expect(d.number).toBeNull();
    const changed = updateDraft(ledger, d.id, draft({ reference: 'PO-7781' }), 't');
    expect(changed.reference).toBe('PO-7781');
    issueDocument(ledger, d.id, 't');
    expect(() => updateDraft(ledger, d.id, draft(), 't')).toThrow(/is issued and cannot change/);
    expect(() => deleteDraft(ledger, d.id, 't')).toThrow(/is issued and cannot change/);
    expect(() => issueDocument(ledger, d.id, 't')).toThrow(/is issued/);
  });

  it('refuses any SQL that would change or delete an issued document, its lines or its journal', () => {
    const inv = issue();
    const sql = (text: string) => () => ledger.sqlite.prepare(text).run();
    expect(sql(`update documents set total = 1 where id = ${inv.id}`)).toThrow(
      /issued document cannot be changed/,
    );
    expect(sql(`update documents set number = 'INV/25-26/9999' where id = ${inv.id}`)).toThrow(
      /cannot be changed/,
    );
    expect(sql(`delete from documents where id = ${inv.id}`)).toThrow(/cannot be deleted/);
    expect(sql(`update document_lines set rate = 1 where document_id = ${inv.id}`)).toThrow(
      /cannot be changed/,
    );
    expect(sql(`delete from document_lines where document_id = ${inv.id}`)).toThrow(
      /cannot be changed/,
    );
    expect(sql('update journal_lines set debit = debit + 1')).toThrow(/append-only/);
    expect(sql('delete from journals')).toThrow(/append-only/);
    expect(getDocument(ledger, inv.id).totals.total).toBe(177_000);
  });

  it('cancels an invoice with a full credit note set against it, leaving nothing owed', () => {
    const inv = issue();
    const cn = cancelInvoice(
      ledger,
      inv.id,
      { date: '2025-06-20' as never, reason: 'return', notes: null },
      't',
    );
    expect(cn).toMatchObject({
      kind: 'credit_note',
      number: 'CN/25-26/0001',
      reason: 'return',
      referenced: [{ id: inv.id, number: 'INV/25-26/0001' }],
      totals: inv.totals,
      openBalance: 0,
    });
    expect(getDocument(ledger, inv.id)).toMatchObject({ openBalance: 0, settledOn: '2025-06-20' });
    const [journal] = journalsForDocument(ledger, cn.id);
    expect(journal!.lines[0]).toMatchObject({
      accountCode: '1200',
      customerCode: 'PUNE',
      debit: 0,
      credit: 177_000,
    });
    expect(verifyLedger(ledger).ok).toBe(true);
  });

  it('blocks an invoice over the credit limit when the company says so, taking no number', () => {
    updateCompany(
      ledger,
      companyInput.parse({
        legalName: 'Sahyadri Supplies Pvt Ltd',
        gstin: makeGstin('27', 'AAHCS4321F'),
        creditCheck: 'block',
      }),
      't',
    );
    const d = createDraft(
      ledger,
      draft({
        lines: [
          {
            description: 'Big order',
            hsnSac: '8481',
            unit: 'NOS',
            quantity: '1',
            rate: 20_000_000,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    expect(() => issueDocument(ledger, d.id, 't')).toThrow(
      /Credit limit ₹1,00,000\.00 exceeded: exposure would be ₹2,36,000\.00/,
    );
    expect(getDocument(ledger, d.id).status).toBe('draft');
    expect(issue().number).toBe('INV/25-26/0001');
  });

  it('warns, and still issues, when the company setting is warn', () => {
    const d = createDraft(
      ledger,
      draft({
        lines: [
          {
            description: 'Big order',
            hsnSac: '8481',
            unit: 'NOS',
            quantity: '1',
            rate: 20_000_000,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    const { document, warnings } = issueDocument(ledger, d.id, 't');
    expect(document.status).toBe('issued');
    expect(warnings).toEqual([
      'Credit limit ₹1,00,000.00 exceeded: exposure would be ₹2,36,000.00 (open balance ₹0.00 + orders not yet invoiced ₹0.00 + this invoice ₹2,36,000.00)',
    ]);
  });

  it('keeps numbering gapless and unique across many issues with failures injected mid-transaction', () => {
    // A fault switch: when on, the audit row (the last write of every command) fails.
    ledger.sqlite.exec(`create temp table faults (armed integer not null);
      insert into faults values (0);
      create temp trigger fail_audit before insert on audit_log when (select armed from faults) = 1
      begin select raise(abort, 'injected crash'); end;`);
    const arm = ledger.sqlite.prepare('update faults set armed = ?');
    const drafts = Array.from({ length: 200 }, () => createDraft(ledger, draft(), 't').id);
    let crashes = 0;
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (failures) => {
        failures.forEach((fail, i) => {
          const id = drafts[i]!;
          if (getDocument(ledger, id).status === 'issued') return;
          arm.run(fail ? 1 : 0);
          try {
            issueDocument(ledger, id, 't');
          } catch (e) {
            expect(String(e)).toContain('injected crash');
            crashes++;
          }
        });
        arm.run(0);
      }),
      { numRuns: 5 },
    );
    expect(crashes).toBeGreaterThan(50);
    for (const id of drafts)
      if (getDocument(ledger, id).status === 'draft') issueDocument(ledger, id, 't');
    const numbers = ledger.sqlite
      .prepare(`select number from documents where kind = 'invoice' order by id`)
      .pluck()
      .all() as string[];
    const sorted = numbers.map((n) => Number(n.split('/')[2])).sort((a, b) => a - b);
    expect(sorted).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(count(ledger, 'journals')).toBe(200);
    expect(verifyLedger(ledger)).toMatchObject({ ok: true });
  });

  it('posts a balanced journal for random invoices and notes, and AR always equals what is open', () => {
    const lineArb = fc.record({
      description: fc.constantFrom('Valve', 'Hose', 'Service visit', 'Gasket'),
      hsnSac: fc.constantFrom('8481', '4009', '998719', '8484'),
      unit: fc.constantFrom('NOS', 'MTR', 'KGS'),
      quantity: fc.integer({ min: 1, max: 99_999 }).map((m) => (m / 1000).toString()),
      rate: fc.integer({ min: 0, max: 5_000_000 }),
      discountPercentBps: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
      gstRateBps: fc.constantFrom(0, 25, 300, 500, 1200, 1800, 2800),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            local: fc.boolean(),
            roundOff: fc.boolean(),
            cancel: fc.boolean(),
            lines: fc.array(lineArb, { minLength: 1, maxLength: 8 }),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (invoices) => {
          for (const inv of invoices) {
            const d = createDraft(
              ledger,
              draft({
                customerId: inv.local ? pune : bengaluru,
                roundOff: inv.roundOff,
                lines: inv.lines,
              }),
              't',
            );
            if (d.totals.total === 0) {
              // Nothing to invoice: refused with a message, and nothing is numbered or posted.
              expect(() => issueDocument(ledger, d.id, 't')).toThrow(
                'Nothing to issue: the total is ₹0.00',
              );
              continue;
            }
            const issued = issueDocument(ledger, d.id, 't').document;
            const t = issued.totals;
            expect(t.taxable + t.cgst + t.sgst + t.igst + t.roundOff).toBe(t.total);
            expect(t.cgst).toBe(t.sgst);
            if (inv.cancel) {
              cancelInvoice(
                ledger,
                issued.id,
                { date: '2025-06-30' as never, reason: 'discount', notes: null },
                't',
              );
            }
          }
          expect(verifyLedger(ledger)).toMatchObject({ ok: true, problems: [] });
        },
      ),
      { numRuns: 25 },
    );
  });
});
