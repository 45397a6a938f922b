import { describe, expect, it } from 'vitest';
import { sampleCustomer } from '../test-utils';
import {
  customerInputOf,
  customerValuesOf,
  isCustomerField,
  newContact,
  withoutBlankContacts,
} from './customerForm';

describe('customer form ↔ contract input', () => {
  it('round-trips a customer, with the credit limit as rupee text and back to paise', () => {
    const values = customerValuesOf(sampleCustomer());
    expect(values.creditLimit).toBe('25,00,000.00');
    expect(values.paymentTermsDays).toBe('45');
    expect(values.shippingSameAsBilling).toBe(true);
    const r = customerInputOf(values);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input).toMatchObject({
      code: 'TATAAUTO',
      creditLimit: 250_000_000,
      paymentTermsDays: 45,
      shippingAddress: null,
      billingAddress: { city: 'Pune', stateCode: '27' },
      contacts: [
        { name: 'Anand Kulkarni', designation: 'Accounts', email: '', phone: '', whatsapp: '' },
      ],
    });
    expect(r.input.contacts?.[0]).not.toHaveProperty('key');
  });

  it('sends a blank credit limit as null (no limit), never 0', () => {
    const r = customerInputOf({ ...customerValuesOf(null), creditLimit: '' });
    expect(r.ok && r.input.creditLimit).toBeNull();
  });

  it('parses paise exactly: 0.1 + 0.2 style floats never appear', () => {
    const r = customerInputOf({ ...customerValuesOf(null), creditLimit: '1,00,000.10' });
    expect(r.ok && r.input.creditLimit).toBe(10_000_010);
  });

  it('reports unreadable numbers on their fields before asking the ledger', () => {
    const r = customerInputOf({
      ...customerValuesOf(null),
      creditLimit: '5 lakh',
      paymentTermsDays: '30 days',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['creditLimit', 'paymentTermsDays']);
  });

  it('sends a separate shipping address only when it differs', () => {
    const values = { ...customerValuesOf(null), shippingSameAsBilling: false };
    values.shippingAddress = { ...values.shippingAddress, city: 'Chakan', stateCode: '27' };
    const r = customerInputOf(values);
    expect(r.ok && r.input.shippingAddress).toMatchObject({ city: 'Chakan', stateCode: '27' });
  });

  it('drops contact rows left empty', () => {
    const values = customerValuesOf(sampleCustomer());
    const cleaned = withoutBlankContacts({
      ...values,
      contacts: [newContact(), ...values.contacts, newContact()],
    });
    expect(cleaned.contacts.map((c) => c.name)).toEqual(['Anand Kulkarni']);
  });
});

describe('isCustomerField', () => {
  it.each([
    'gstin',
    'creditLimit',
    'billingAddress.pincode',
    'shippingAddress.stateCode',
    'contacts.3.email',
  ])('%s has an input', (path) => expect(isCustomerField(path)).toBe(true));
  it.each(['id', 'contacts', 'billingAddress.stateCode', 'contacts.0.id'])('%s has none', (path) =>
    expect(isCustomerField(path)).toBe(false),
  );
});
