import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import type { IsoDate } from '../../shared/dates';
import { makeGstin } from '../../shared/gst';
import { documentDraftInput } from '../../shared/invoices/contract';
import { orderInput, type OrderInput } from '../../shared/orders/contract';
import { verifyLedger } from '../audit/audit';
import { setupCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { createDraft, getDocument, issueDocument, updateDraft } from '../invoices/invoices';
import { tempLedger } from '../testing';
import {
  createOrder,
  getOrder,
  invoiceVariance,
  orderToInvoice,
  setOrderStatus,
  toBeBilled,
  updateOrder,
} from './orders';

let ledger: ReturnType<typeof tempLedger>;
let customerId: number;
let otherId: number;
beforeEach(() => {
  ledger = tempLedger();
  setupCompany(
    ledger,
    companyInput.parse({ legalName: 'Sahyadri Supplies', gstin: makeGstin('27', 'AAHCS4321F') }),
    't',
  );
  customerId = createCustomer(
    ledger,
    customerInput.parse({ code: 'EVT', name: 'Event Co', stateCode: '27' }),
    't',
  ).id;
  otherId = createCustomer(
    ledger,
    customerInput.parse({ code: 'OTH', name: 'Other Co', stateCode: '27' }),
    't',
  ).id;
});
afterEach(() => ledger.cleanup());

const order = (over: Partial<OrderInput> = {}) =>
  orderInput.parse({
    kind: 'estimate',
    customerId,
    date: '2025-05-02',
    customerReference: 'Annual day 2025',
    lines: [
      {
        description: 'Stage set-up',
        hsnSac: '998596',
        unit: 'NOS',
        quantity: '1',
        rate: 25_000_000,
        gstRateBps: 1800,
      },
      {
        description: 'Chairs',
        hsnSac: '997319',
        unit: 'NOS',
        quantity: '500',
        rate: 5_000,
        discountPercentBps: 1000,
        gstRateBps: 1800,
      },
    ],
    ...over,
  });
const d = (s: string) => s as IsoDate;

describe('estimates and sales orders', () => {
  it('approve an estimate, convert it, see the variance, issue, and mark it invoiced', () => {
    const est = createOrder(ledger, order(), 't');
    expect(est).toMatchObject({ number: 'EST/25-26/0001', status: 'draft' });
    expect(() => orderToInvoice(ledger, est.id, d('2025-05-20'), 't')).toThrow(
      /Only an approved estimate/,
    );
    expect(() => setOrderStatus(ledger, est.id, { status: 'approved' }, 't')).toThrow(
      /date the customer approved/,
    );
    setOrderStatus(
      ledger,
      est.id,
      { status: 'approved', approvedOn: '2025-05-05', approvalReference: 'Mail of 5 May' },
      't',
    );
    expect(toBeBilled(ledger).map((o) => o.number)).toEqual(['EST/25-26/0001']);

    const draft = orderToInvoice(ledger, est.id, d('2025-05-20'), 't');
    expect(draft.lines.map((l) => [l.quantityMilli, l.rate, l.discountPercentBps])).toEqual([
      [1_000, 25_000_000, null],
      [500_000, 5_000, 1000],
    ]);
    expect(invoiceVariance(ledger, draft.id)).toEqual([]);

    // 520 chairs at ₹45 instead of 500 at ₹50.
    const input = documentDraftInput.parse({
      customerId,
      date: '2025-05-20',
      lines: draft.lines.map((l) => ({
        orderLineId: l.orderLineId,
        description: l.description,
        hsnSac: l.hsnSac,
        unit: l.unit,
        quantity: l.position === 2 ? '520' : '1',
        rate: l.position === 2 ? 4_500 : l.rate,
        discountPercentBps: l.discountPercentBps,
        gstRateBps: l.gstRateBps,
      })),
    });
    updateDraft(ledger, draft.id, input, 't');
    expect(invoiceVariance(ledger, draft.id).map((v) => [v.position, v.field, v.message])).toEqual([
      [2, 'quantity', 'Quantity 520 against 500 left on the order'],
      [2, 'rate', 'Rate ₹45.00 against ₹50.00 agreed'],
    ]);
    issueDocument(ledger, draft.id, 't');
    expect(getOrder(ledger, est.id).status).toBe('invoiced');
    expect(toBeBilled(ledger)).toEqual([]);
    expect(() => updateOrder(ledger, est.id, order(), 't')).toThrow(/cannot change/);
    expect(verifyLedger(ledger).ok).toBe(true);
  });

  it('bill a sales order in parts: what is left stays to be billed', () => {
    const so = createOrder(
      ledger,
      order({ kind: 'sales_order', customerReference: 'PO 4500012345' }),
      't',
    );
    expect(so).toMatchObject({ number: 'SO/25-26/0001', status: 'open' });
    const first = orderToInvoice(ledger, so.id, d('2025-05-10'), 't');
    // Bill only the stage now.
    updateDraft(
      ledger,
      first.id,
      documentDraftInput.parse({
        customerId,
        date: '2025-05-10',
        reference: 'PO 4500012345',
        lines: [{ ...first.lines[0]!, quantity: '1', orderLineId: first.lines[0]!.orderLineId }],
      }),
      't',
    );
    issueDocument(ledger, first.id, 't');
    const after = getOrder(ledger, so.id);
    expect(after.status).toBe('open');
    expect(after.lines.map((l) => l.remainingMilli)).toEqual([0, 500_000]);
    expect(toBeBilled(ledger).map((o) => o.number)).toEqual(['SO/25-26/0001']);
    const second = orderToInvoice(ledger, so.id, d('2025-05-25'), 't');
    expect(second.lines).toHaveLength(1);
    expect(getDocument(ledger, second.id).reference).toBe('PO 4500012345');
  });

  it('refuses an invoice line that points at another customer’s order', () => {
    const so = createOrder(ledger, order({ kind: 'sales_order' }), 't');
    const lineId = so.lines[0]!.id;
    expect(() =>
      createDraft(
        ledger,
        documentDraftInput.parse({
          customerId: otherId,
          date: '2025-05-10',
          lines: [
            {
              orderLineId: lineId,
              description: 'x',
              hsnSac: '998596',
              unit: 'NOS',
              quantity: '1',
              rate: 1,
              gstRateBps: 0,
            },
          ],
        }),
        't',
      ),
    ).toThrow(/not an approved estimate or open order of this customer/);
  });

  it('refuses to change an order a draft invoice bills, and an approval before the estimate', () => {
    const est = createOrder(ledger, order(), 't');
    expect(() =>
      setOrderStatus(ledger, est.id, { status: 'approved', approvedOn: '2025-05-01' }, 't'),
    ).toThrow(/cannot be approved before its date/);
    setOrderStatus(ledger, est.id, { status: 'approved', approvedOn: '2025-05-05' }, 't');
    orderToInvoice(ledger, est.id, d('2025-05-20'), 't');
    expect(() => updateOrder(ledger, est.id, order(), 't')).toThrow(
      /A draft invoice bills EST\/25-26\/0001/,
    );
  });

  it('bills a fixed discount in proportion to what is left of a part-billed line', () => {
    const so = createOrder(
      ledger,
      order({
        kind: 'sales_order',
        lines: [
          {
            description: 'Chairs',
            hsnSac: '997319',
            unit: 'NOS',
            quantity: '100',
            rate: 5_000,
            discountAmount: 30_000,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    const first = orderToInvoice(ledger, so.id, d('2025-05-10'), 't');
    updateDraft(
      ledger,
      first.id,
      documentDraftInput.parse({
        customerId,
        date: '2025-05-10',
        lines: [
          {
            ...first.lines[0]!,
            quantity: '40',
            discountAmount: 12_000,
            orderLineId: first.lines[0]!.orderLineId,
          },
        ],
      }),
      't',
    );
    issueDocument(ledger, first.id, 't');
    const rest = orderToInvoice(ledger, so.id, d('2025-05-20'), 't');
    expect(rest.lines.map((l) => [l.quantityMilli, l.discountAmount])).toEqual([[60_000, 18_000]]);
  });

  it('allows only sensible status changes', () => {
    const est = createOrder(ledger, order(), 't');
    setOrderStatus(ledger, est.id, { status: 'rejected' }, 't');
    expect(() =>
      setOrderStatus(ledger, est.id, { status: 'approved', approvedOn: '2025-05-05' }, 't'),
    ).toThrow(/A rejected estimate cannot be marked approved/);
  });
});
