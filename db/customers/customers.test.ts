import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerInput, type CustomerInput } from '../../shared/customers/contract';
import { BahiError } from '../../shared/result';
import { count, tempLedger } from '../testing';
import {
  allCustomers,
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  setCustomerArchived,
  updateCustomer,
} from './customers';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const add = (input: Partial<CustomerInput> & { code: string; name: string }) =>
  createCustomer(ledger, customerInput.parse({ stateCode: '27', ...input }), 'tester');
const search = (text: string, includeArchived = false) =>
  listCustomers(ledger, { search: text, includeArchived, limit: 100, offset: 0 }).rows.map(
    (r) => r.code,
  );

describe('customers', () => {
  it('stores a customer with contacts and addresses, deriving state and PAN from the GSTIN', () => {
    const c = add({
      code: 'acme01',
      name: 'Acme Engineering Pvt Ltd',
      stateCode: undefined,
      gstin: '27aapfu0939f1zv',
      creditLimit: 50_000_00,
      billingAddress: { line1: '12 MIDC', city: 'Pune', pincode: '411026' },
      shippingAddress: { line1: 'Plot 7', city: 'Nashik', pincode: '422010', stateCode: '27' },
      contacts: [{ name: 'Ravi Kumar', email: 'Ravi@Acme.in', phone: '098220 12345' }],
    });
    const stored = getCustomer(ledger, c.id);
    expect(stored).toMatchObject({
      code: 'ACME01',
      gstin: '27AAPFU0939F1ZV',
      stateCode: '27',
      pan: 'AAPFU0939F',
      creditLimit: 5_000_000,
      paymentTermsDays: 30,
      billingAddress: { line1: '12 MIDC', city: 'Pune', pincode: '411026', stateCode: '27' },
      shippingAddress: { line1: 'Plot 7', city: 'Nashik', stateCode: '27' },
      contacts: [{ name: 'Ravi Kumar', email: 'ravi@acme.in', phone: '+919822012345' }],
    });
  });

  it('searches by code, name, GSTIN fragment and phone digits', () => {
    add({
      code: 'ACME01',
      name: 'Acme Engineering',
      gstin: '27AAPFU0939F1ZV',
      phone: '9822012345',
    });
    add({ code: 'BETA', name: 'Beta Textiles', stateCode: '24' });
    expect(search('acme')).toEqual(['ACME01']);
    expect(search('textiles')).toEqual(['BETA']);
    expect(search('AAPFU')).toEqual(['ACME01']);
    expect(search('98220')).toEqual(['ACME01']);
    expect(search('+91 98220-12345')).toEqual(['ACME01']);
    expect(search('A98220')).toEqual([]); // a code-like term does not search phones
    expect(search('%')).toEqual([]); // wildcards are literal
    expect(search('')).toEqual(['ACME01', 'BETA']);
  });

  it('refuses a duplicate code, whatever its case, and adds nothing', () => {
    add({ code: 'ACME01', name: 'Acme' });
    const attempt = () => add({ code: 'acme01', name: 'Another Acme' });
    expect(attempt).toThrow(BahiError);
    expect(attempt).toThrow(/already used by Acme/);
    expect(count(ledger, 'customers')).toBe(1);
    expect(count(ledger, 'audit_log')).toBe(1);
  });

  it('updates, archives and restores, hiding archived customers from the default list', () => {
    const c = add({ code: 'C1', name: 'First' });
    updateCustomer(
      ledger,
      c.id,
      customerInput.parse({ code: 'C1', name: 'First Renamed', stateCode: '29' }),
      't',
    );
    expect(getCustomer(ledger, c.id)).toMatchObject({ name: 'First Renamed', stateCode: '29' });
    setCustomerArchived(ledger, c.id, true, 't');
    expect(search('')).toEqual([]);
    expect(search('', true)).toEqual(['C1']);
    expect(allCustomers(ledger, false)).toHaveLength(0);
    setCustomerArchived(ledger, c.id, false, 't');
    expect(search('')).toEqual(['C1']);
  });

  it('deletes a customer without documents, and refuses once a document refers to them', () => {
    const a = add({ code: 'A', name: 'No history' });
    deleteCustomer(ledger, a.id, 't');
    expect(count(ledger, 'customers')).toBe(0);

    const b = add({ code: 'B', name: 'Has history' });
    ledger.sqlite
      .prepare(
        `insert into documents (kind, status, customer_id, date, place_of_supply, intra_state, bill_to_json, created_at, updated_at)
         values ('invoice', 'draft', ?, '2025-06-01', '27', 1, '{}', 'x', 'x')`,
      )
      .run(b.id);
    expect(() => deleteCustomer(ledger, b.id, 't')).toThrow(/archive the customer instead/);
    expect(getCustomer(ledger, b.id).name).toBe('Has history');
  });

  it('answers NOT_FOUND for an unknown id', () => {
    expect(() => getCustomer(ledger, 999)).toThrow(/no customer with id 999/);
  });
});
