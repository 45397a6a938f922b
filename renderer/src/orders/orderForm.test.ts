import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/dates';
import { leftToBillTaxable, orderTaxable, taxableOf } from './orderMath';
import {
  lineValuesOf,
  newOrderValues,
  orderErrorOf,
  orderFieldOf,
  orderInputOf,
  type OrderFormValues,
} from './orderForm';
import { sampleOrder, sampleOrderLine } from './testData';

const typed = (over: Partial<OrderFormValues> = {}): OrderFormValues => {
  const v = newOrderValues('estimate', '2025-05-02' as IsoDate);
  return {
    ...v,
    customerId: 1,
    customerLabel: 'TATAAUTO · Tata AutoComp Systems Ltd',
    lines: [
      {
        ...v.lines[0]!,
        description: 'Ball valve',
        hsnSac: '8481',
        unit: 'NOS',
        quantity: '12.5',
        rate: '1,250.50',
        discount: '₹100',
        gstRateBps: '1800',
      },
    ],
    ...over,
  };
};

describe('orderInputOf', () => {
  it('turns the typed text into the contract’s paise, basis points and ISO dates', () => {
    const r = orderInputOf(typed({ validUntil: '31/5/25', customerReference: 'Mail' }));
    expect(r).toEqual({
      ok: true,
      input: {
        kind: 'estimate',
        customerId: 1,
        date: '2025-05-02',
        validUntil: '2025-05-31',
        customerReference: 'Mail',
        notes: '',
        lines: [
          {
            itemId: null,
            description: 'Ball valve',
            hsnSac: '8481',
            unit: 'NOS',
            quantity: '12.5',
            rate: 125_050,
            discountPercentBps: null,
            discountAmount: 10_000,
            gstRateBps: 1800,
          },
        ],
      },
    });
  });

  it('lists every problem only the form can see, by the contract’s paths', () => {
    const v = typed({ customerId: null, date: '31-02-2025', validUntil: 'soon' });
    v.lines = [{ ...v.lines[0]!, rate: '12.345', discount: '120%', gstRateBps: null }];
    const r = orderInputOf(v);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      'customerId',
      'date',
      'lines.0.discount',
      'lines.0.gstRateBps',
      'lines.0.rate',
      'validUntil',
    ]);
    expect(r.errors['lines.0.discount']).toBe('Discount cannot be above 100%');
  });

  it('refuses a validity that ends before the estimate, and a discount above the line', () => {
    const v = typed({ validUntil: '01-05-2025' });
    v.lines = [{ ...v.lines[0]!, quantity: '1', rate: '50', discount: '60' }];
    const r = orderInputOf(v);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.validUntil).toMatch(/cannot be before/);
    expect(r.errors['lines.0.discount']).toMatch(/more than the line value/);
  });

  it('sends no validity for a sales order', () => {
    const r = orderInputOf(typed({ kind: 'sales_order', validUntil: 'ignored' }));
    expect(r.ok && r.input.validUntil).toBeNull();
  });
});

describe('error paths', () => {
  it.each([
    ['lines.0.hsnSac', 'lines.0.hsnSac'],
    ['order.lines.3.quantity', 'lines.3.quantity'],
    ['draft.lines.1.discountPercentBps', 'lines.1.discount'],
    ['lines.2.discountAmount', 'lines.2.discount'],
    ['order.lines.0.itemId', 'lines.0.item'],
    ['order.customerId', 'customerId'],
  ])('%s → %s', (from, to) => expect(orderFieldOf(from)).toBe(to));

  it('rewrites the main field and every issue', () => {
    expect(
      orderErrorOf({
        code: 'VALIDATION',
        message: 'x',
        field: 'order.lines.0.unit',
        issues: [{ field: 'order.lines.0.unit', message: 'x' }],
      }),
    ).toEqual({
      code: 'VALIDATION',
      message: 'x',
      field: 'lines.0.unit',
      issues: [{ field: 'lines.0.unit', message: 'x' }],
    });
  });
});

describe('lineValuesOf', () => {
  it('shows a stored line as it would be typed', () => {
    expect(
      lineValuesOf(
        sampleOrderLine({ quantityMilli: 2500, rate: 99_950, discountPercentBps: 1250 }),
      ),
    ).toMatchObject({ quantity: '2.5', rate: '999.50', discount: '12.5%', gstRateBps: '1800' });
    expect(lineValuesOf(sampleOrderLine({ discountAmount: 5000 })).discount).toBe('50.00');
  });
});

describe('order values before GST', () => {
  it('are the taxable values of the whole order and of what is left', () => {
    const o = sampleOrder();
    expect(orderTaxable(o)).toBe(1_750_000);
    o.lines[0] = { ...o.lines[0]!, invoicedMilli: 4000, remainingMilli: 6000 };
    expect(leftToBillTaxable(o)).toBe(750_000 + 500_000);
    expect(leftToBillTaxable({ ...o, status: 'closed' })).toBe(0);
  });

  it('bill what is left at the agreed discount, as orders.toInvoice does', () => {
    const line = sampleOrderLine({ discountPercentBps: 1000 });
    expect(taxableOf(line, 3000)).toBe(337_500);
    // A fixed discount larger than what is left cannot be billed.
    expect(taxableOf(sampleOrderLine({ discountAmount: 200_000 }), 1000)).toBeNull();
  });
});
