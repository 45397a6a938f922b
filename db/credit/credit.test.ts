import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { documentDraftInput } from '../../shared/invoices/contract';
import { orderInput } from '../../shared/orders/contract';
import { BahiError } from '../../shared/result';
import { verifyLedger } from '../audit/audit';
import { updateCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { createDraft, getDocument, issueDocument } from '../invoices/invoices';
import type { Ledger } from '../ledger/open';
import { createOrder, orderToInvoice, setOrderStatus } from '../orders/orders';
import { invoice, receiptsLedger } from '../receipts/fixture';
import { customerExposure, listExceptions, listHolds, putOnHold, releaseHold } from './credit';

let t: ReturnType<typeof receiptsLedger>;
let acme: number;
beforeEach(() => {
  t = receiptsLedger();
  acme = createCustomer(
    t.ledger,
    customerInput.parse({
      code: 'ACME',
      name: 'Acme Forgings',
      gstin: makeGstin('27', 'AAACA1234Q'),
      creditLimit: 500_000_00,
    }),
    't',
  ).id;
});
afterEach(() => t.ledger.cleanup());

const mode = (ledger: Ledger, creditCheck: 'off' | 'warn' | 'block') =>
  updateCompany(
    ledger,
    companyInput.parse({
      legalName: 'Sahyadri Supplies Pvt Ltd',
      gstin: makeGstin('27', 'AAHCS4321F'),
      creditCheck,
    }),
    't',
  );

const draftFor = (customerId: number, taxable: number) =>
  createDraft(
    t.ledger,
    documentDraftInput.parse({
      customerId,
      date: '2025-07-10',
      roundOff: false,
      lines: [
        {
          description: 'Forged flanges',
          hsnSac: '7307',
          unit: 'NOS',
          quantity: '1',
          rate: taxable,
          gstRateBps: 1800,
        },
      ],
    }),
    't',
  );

/** An approved estimate: `taxable` paise at 18%. */
const approvedEstimate = (taxable: number) => {
  const o = createOrder(
    t.ledger,
    orderInput.parse({
      kind: 'estimate',
      customerId: acme,
      date: '2025-07-01',
      lines: [
        {
          description: 'Flanges, second lot',
          hsnSac: '7307',
          unit: 'NOS',
          quantity: '2',
          rate: taxable / 2,
          gstRateBps: 1800,
        },
      ],
    }),
    't',
  );
  return setOrderStatus(t.ledger, o.id, { status: 'approved', approvedOn: '2025-07-02' }, 't');
};

const count = (table: string) =>
  t.ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

const LIMIT_MESSAGE =
  'Credit limit ₹5,00,000.00 exceeded: exposure would be ₹5,31,000.00 (open balance ₹3,54,000.00 + orders not yet invoiced ₹59,000.00 + this invoice ₹1,18,000.00)';

describe('credit limit', () => {
  beforeEach(() => {
    invoice(t.ledger, acme, 300_000_00); // ₹3,54,000 open
    approvedEstimate(50_000_00); // ₹59,000 to bill
  });

  it('counts the open balance and approved orders not yet invoiced as exposure', () => {
    expect(customerExposure(t.ledger, acme)).toMatchObject({
      openBalance: 354_000_00,
      unbilledOrders: 59_000_00,
      exposure: 413_000_00,
      headroom: 87_000_00,
    });
  });

  it('in block mode refuses the invoice naming the limit and the exposure, and writes nothing', () => {
    mode(t.ledger, 'block');
    const d = draftFor(acme, 100_000_00);
    const audit = count('audit_log');
    let error: unknown;
    try {
      issueDocument(t.ledger, d.id, 'meera');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BahiError);
    expect((error as BahiError).message).toContain(LIMIT_MESSAGE);
    expect((error as BahiError).message).toContain('give an override');
    expect(getDocument(t.ledger, d.id)).toMatchObject({ status: 'draft', number: null });
    expect(count('audit_log')).toBe(audit);
    expect(count('credit_exceptions')).toBe(0);
  });

  it('lets an override through, recording who approved it and why, in the audit trail', () => {
    mode(t.ledger, 'block');
    const d = draftFor(acme, 100_000_00);
    const override = { approvedBy: 'R. Kulkarni (CFO)', reason: 'Advance cheque in hand' };
    const { document, warnings } = issueDocument(t.ledger, d.id, 'meera', override);
    expect(document.status).toBe('issued');
    expect(warnings).toEqual([
      `${LIMIT_MESSAGE} — overridden by R. Kulkarni (CFO): Advance cheque in hand`,
    ]);
    expect(listExceptions(t.ledger, { customerId: acme })).toMatchObject([
      {
        documentId: d.id,
        outcome: 'overridden',
        creditLimit: 500_000_00,
        exposureAfter: 531_000_00,
        approvedBy: 'R. Kulkarni (CFO)',
        reason: 'Advance cheque in hand',
        actor: 'meera',
      },
    ]);
    const audit = t.ledger.sqlite
      .prepare(
        `select command, actor, after_json as after from audit_log where entity = 'credit_exception'`,
      )
      .all() as { command: string; actor: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ command: 'invoices.issue', actor: 'meera' });
    expect(audit[0]!.after).toContain('Advance cheque in hand');
    expect(verifyLedger(t.ledger).ok).toBe(true);
  });

  it('in warn mode issues, returns the warning and records it', () => {
    mode(t.ledger, 'warn');
    const d = draftFor(acme, 100_000_00);
    const { document, warnings } = issueDocument(t.ledger, d.id, 'meera');
    expect(document.status).toBe('issued');
    expect(warnings).toEqual([LIMIT_MESSAGE]);
    expect(listExceptions(t.ledger, {})).toMatchObject([{ outcome: 'warned', approvedBy: null }]);
  });

  it('with the check off, says nothing and records nothing', () => {
    mode(t.ledger, 'off');
    const { warnings } = issueDocument(t.ledger, draftFor(acme, 100_000_00).id, 'meera');
    expect(warnings).toEqual([]);
    expect(count('credit_exceptions')).toBe(0);
  });

  it('does not count an order twice when its own invoice is issued', () => {
    mode(t.ledger, 'block');
    const estimate = t.ledger.sqlite
      .prepare(`select id from orders where customer_id = ?`)
      .pluck()
      .get(acme) as number;
    const d = orderToInvoice(t.ledger, estimate, '2025-07-10' as never, 't');
    // ₹3,54,000 + ₹59,000 billed now = ₹4,13,000, inside the limit.
    expect(issueDocument(t.ledger, d.id, 't').warnings).toEqual([]);
    expect(customerExposure(t.ledger, acme).unbilledOrders).toBe(0);
  });

  it('refuses to approve an estimate that would go over the limit, unless overridden', () => {
    mode(t.ledger, 'block');
    const o = createOrder(
      t.ledger,
      orderInput.parse({
        kind: 'estimate',
        customerId: acme,
        date: '2025-07-05',
        lines: [
          {
            description: 'Third lot',
            hsnSac: '7307',
            unit: 'NOS',
            quantity: '1',
            rate: 100_000_00,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    const approve = (override?: { approvedBy: string; reason: string }) =>
      setOrderStatus(
        t.ledger,
        o.id,
        { status: 'approved', approvedOn: '2025-07-06', override },
        't',
      );
    expect(() => approve()).toThrow(
      /Credit limit ₹5,00,000\.00 exceeded: exposure would be ₹5,31,000\.00 .*this estimate/,
    );
    const approved = approve({ approvedBy: 'CFO', reason: 'Security deposit received' });
    expect(approved.status).toBe('approved');
    expect(approved.creditWarnings?.[0]).toContain('overridden by CFO');
    expect(listExceptions(t.ledger, {})[0]).toMatchObject({ orderId: o.id, outcome: 'overridden' });
  });
});

describe('credit hold', () => {
  it('refuses an invoice while on hold, lets an override through, and keeps the history', () => {
    mode(t.ledger, 'block');
    const hold = putOnHold(
      t.ledger,
      { customerId: t.pune, heldOn: '2025-07-01', reason: 'Cheque bounced twice' },
      'meera',
    );
    expect(hold).toMatchObject({ heldBy: 'meera', releasedOn: null });
    expect(listHolds(t.ledger, {}).map((h) => h.customerCode)).toEqual(['PUNE']);
    const d = draftFor(t.pune, 10_000_00);
    expect(() => issueDocument(t.ledger, d.id, 'meera')).toThrow(
      'PUNE Ltd is on credit hold since 01-07-2025 (Cheque bounced twice)',
    );
    expect(getDocument(t.ledger, d.id).status).toBe('draft');
    expect(
      issueDocument(t.ledger, d.id, 'meera', { approvedBy: 'CFO', reason: 'Paid in cash today' })
        .document.status,
    ).toBe('issued');

    releaseHold(
      t.ledger,
      { customerId: t.pune, releasedOn: '2025-07-15', reason: 'Dues cleared' },
      'anil',
    );
    expect(listHolds(t.ledger, {})).toEqual([]);
    expect(listHolds(t.ledger, { includeReleased: true })).toMatchObject([
      { releasedOn: '2025-07-15', releasedBy: 'anil', releaseReason: 'Dues cleared' },
    ]);
    expect(issueDocument(t.ledger, draftFor(t.pune, 10_000_00).id, 't').warnings).toEqual([]);
    const commands = t.ledger.sqlite
      .prepare(`select command from audit_log where entity = 'credit_hold' order by id`)
      .pluck()
      .all();
    expect(commands).toEqual(['credit.hold', 'credit.release']);
  });

  it('refuses bad input with the field and changes nothing', () => {
    const audit = count('audit_log');
    expect(() =>
      putOnHold(t.ledger, { customerId: t.pune, heldOn: '2025-07-01', reason: '' }, 't'),
    ).toThrow(/Enter the reason for the hold/);
    expect(() =>
      releaseHold(t.ledger, { customerId: t.pune, releasedOn: '2025-07-01', reason: 'x' }, 't'),
    ).toThrow('This customer is not on credit hold; nothing to release');
    putOnHold(t.ledger, { customerId: t.pune, heldOn: '2025-07-01', reason: 'Overdue' }, 't');
    expect(() =>
      putOnHold(t.ledger, { customerId: t.pune, heldOn: '2025-07-02', reason: 'Again' }, 't'),
    ).toThrow(/already on credit hold since 01-07-2025/);
    expect(() =>
      releaseHold(t.ledger, { customerId: t.pune, releasedOn: '2025-06-30', reason: 'x' }, 't'),
    ).toThrow(/Release date cannot be before the hold/);
    expect(count('audit_log')).toBe(audit + 1);
    expect(() => t.ledger.sqlite.prepare('delete from credit_holds').run()).toThrow(
      /never deleted/,
    );
  });
});
