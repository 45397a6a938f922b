import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/dates';
import {
  draftErrorOf,
  draftFieldOf,
  draftInputOf,
  isDraftField,
  newInvoiceValues,
  newLine,
  valuesOfDraft,
  withoutBlankLines,
  type InvoiceFormValues,
  type LineValues,
} from './invoiceForm';
import { liveTotals, parseDiscount } from './lineMath';
import { draftDocument, factsOfTest } from './testLedger';

const line = (over: Partial<LineValues> = {}): LineValues => ({
  ...newLine(),
  description: 'Ball valve 2"',
  hsnSac: '8481',
  unit: 'NOS',
  quantity: '4',
  rate: '1,500.00',
  gstRateBps: '1800',
  ...over,
});

const draft = (over: Partial<InvoiceFormValues> = {}): InvoiceFormValues => ({
  ...newInvoiceValues('invoice', '2025-06-15' as IsoDate),
  customerId: 1,
  customerLabel: 'TATAAUTO · Tata AutoComp Systems Ltd',
  lines: [line()],
  ...over,
});

describe('parseDiscount', () => {
  it.each([
    ['', null, null],
    ['10%', 1000, null],
    ['12.5 %', 1250, null],
    ['0.25%', 25, null],
    ['250', null, 25_000],
    ['₹1,000.50', null, 100_050],
  ])('%s → %s bps / %s paise', (text, bps, amount) => {
    expect(parseDiscount(text)).toEqual({ ok: true, percentBps: bps, amount });
  });

  it.each(['101%', '10.123%', 'ten', '5%%'])('refuses %s', (text) => {
    expect(parseDiscount(text).ok).toBe(false);
  });
});

describe('liveTotals', () => {
  it('adds up the lines it can compute and counts the rest as incomplete', () => {
    const t = liveTotals([line(), line({ quantity: '' }), newLine()], {
      intraState: true,
      roundOff: true,
    });
    expect(t.lines[0]).toMatchObject({ taxable: 600_000, cgst: 54_000, sgst: 54_000 });
    expect(t.lines[1]).toBeNull();
    expect(t.totals).toMatchObject({ taxable: 600_000, total: 708_000 });
    expect(t.incomplete).toBe(1);
  });

  it('leaves out a line whose discount exceeds its value instead of failing', () => {
    const t = liveTotals([line({ discount: '99999' }), line()], {
      intraState: false,
      roundOff: false,
    });
    expect(t.lines[0]).toBeNull();
    expect(t.totals).toMatchObject({ taxable: 600_000, igst: 108_000, total: 708_000 });
  });
});

describe('draftInputOf', () => {
  it('sends ISO dates, paise and basis points; blank due date and place of supply as null', () => {
    const r = draftInputOf(draft({ lines: [line({ discount: '10%' })] }));
    expect(r).toEqual({
      ok: true,
      input: expect.objectContaining({
        kind: 'invoice',
        customerId: 1,
        date: '2025-06-15',
        dueDate: null,
        placeOfSupply: null,
        reason: null,
        referencedIds: [],
        lines: [
          expect.objectContaining({
            quantity: '4',
            rate: 150_000,
            discountPercentBps: 1000,
            discountAmount: null,
            gstRateBps: 1800,
            unit: 'NOS',
          }),
        ],
      }),
    });
  });

  it('reports what only the form can read, on the cells concerned, without asking the ledger', () => {
    const r = draftInputOf(
      draft({
        customerId: null,
        date: '31-02-2025',
        lines: [line({ rate: 'abc' }), line({ rate: '', gstRateBps: null, discount: '9,000' })],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual([
        'customerId',
        'date',
        'lines.0.rate',
        'lines.1.gstRateBps',
        'lines.1.rate',
      ]);
    }
    const tooMuch = draftInputOf(draft({ lines: [line({ discount: '9,000' })] }));
    expect(!tooMuch.ok && tooMuch.errors['lines.0.discount']).toMatch(/more than the line value/);
  });

  it('sends reason and referenced invoices only for notes', () => {
    const note = draftInputOf(draft({ kind: 'credit_note', reason: 'return', referencedIds: [3] }));
    expect(note.ok && note.input).toMatchObject({ reason: 'return', referencedIds: [3] });
    const invoice = draftInputOf(draft({ reason: 'return', referencedIds: [3] }));
    expect(invoice.ok && invoice.input).toMatchObject({ reason: null, referencedIds: [] });
  });

  it('drops lines left empty, keeping one', () => {
    expect(withoutBlankLines(draft({ lines: [newLine(), line(), newLine()] })).lines).toHaveLength(
      1,
    );
    expect(withoutBlankLines(draft({ lines: [newLine()] })).lines).toHaveLength(1);
  });
});

describe('error paths', () => {
  it.each([
    ['lines.0.hsnSac', 'lines.0.hsnSac'],
    ['draft.lines.1.quantity', 'lines.1.quantity'],
    ['lines.2.discountAmount', 'lines.2.discount'],
    ['lines.2.discountPercentBps', 'lines.2.discount'],
    ['draft.referencedIds.0', 'referencedIds'],
    ['draft.customerId', 'customerId'],
  ])('%s → %s', (path, field) => {
    expect(draftFieldOf(path)).toBe(field);
    expect(isDraftField(field)).toBe(true);
  });

  it('rewrites field and issues of an envelope', () => {
    expect(
      draftErrorOf({
        code: 'VALIDATION',
        message: 'x',
        field: 'draft.reason',
        issues: [{ field: 'draft.lines.0.itemId', message: 'y' }],
      }),
    ).toEqual({
      code: 'VALIDATION',
      message: 'x',
      field: 'reason',
      issues: [{ field: 'lines.0.item', message: 'y' }],
    });
  });
});

describe('valuesOfDraft', () => {
  it('shows a derived due date and place of supply blank again, and lines as typed', () => {
    const doc = {
      ...draftDocument(5, { customerId: 1, date: '2025-06-15', lines: [] }),
      dueDate: '2025-07-30',
      placeOfSupply: '27',
      lines: [
        {
          position: 1,
          itemId: 7,
          description: 'Ball valve 2"',
          hsnSac: '8481',
          unit: 'NOS',
          quantityMilli: 12_500,
          rate: 150_050,
          discountPercentBps: 1250,
          discountAmount: null,
          gross: 0,
          discount: 0,
          taxable: 0,
          gstRateBps: 1800,
          cgst: 0,
          sgst: 0,
          igst: 0,
          total: 0,
        },
      ],
    };
    const v = valuesOfDraft(doc, factsOfTest({ paymentTermsDays: 45 }), new Map([[7, 'Valve']]));
    expect(v).toMatchObject({ date: '15-06-2025', dueDate: '', placeOfSupply: null });
    expect(v.lines[0]).toMatchObject({
      itemName: 'Valve',
      quantity: '12.5',
      rate: '1,500.50',
      discount: '12.5%',
      gstRateBps: '1800',
    });
    const other = valuesOfDraft(doc, factsOfTest({ paymentTermsDays: 30 }), new Map());
    expect(other.dueDate).toBe('30-07-2025');
  });

  it('keeps what the form does not edit: the ship-to and each line’s sales-order line', () => {
    const base = draftDocument(6, { customerId: 1, date: '2025-06-15', lines: [] });
    const doc = {
      ...base,
      placeOfSupply: '29',
      shipTo: {
        ...base.billTo,
        address: { ...base.billTo.address, city: 'Hosur' },
        stateCode: '29',
      },
      lines: [
        {
          position: 1,
          itemId: null,
          orderLineId: 11,
          description: 'Valve',
          hsnSac: '8481',
          unit: 'NOS',
          quantityMilli: 1000,
          rate: 100,
          discountPercentBps: null,
          discountAmount: null,
          gross: 100,
          discount: 0,
          taxable: 100,
          gstRateBps: 1800,
          cgst: 0,
          sgst: 0,
          igst: 18,
          total: 118,
        },
      ],
    };
    const v = valuesOfDraft(doc, factsOfTest(), new Map());
    // Karnataka comes from the ship-to, so it is derived, not chosen.
    expect(v.placeOfSupply).toBeNull();
    const r = draftInputOf(v);
    expect(r.ok && r.input).toMatchObject({
      shipTo: { city: 'Hosur', stateCode: '29' },
      lines: [{ orderLineId: 11 }],
    });
  });
});
