import { describe, expect, it } from 'vitest';
import type { BahiErrorShape } from '../../../shared/result';
import { errorsUnder, fieldErrorsOf, splitErrors, withoutError } from './errors';

const envelope: BahiErrorShape = {
  code: 'VALIDATION',
  message: 'GSTIN check digit is wrong',
  field: 'gstin',
  issues: [
    { field: 'gstin', message: 'GSTIN check digit is wrong' },
    { field: 'billingAddress.pincode', message: 'PIN code must be 6 digits and not start with 0' },
    { field: 'contacts.0.email', message: '"x@" is not an e-mail address' },
    { field: 'contacts.0.email', message: 'a second complaint about the same field' },
  ],
};

describe('fieldErrorsOf', () => {
  it('keys every issue by its dot path, first message per field', () => {
    expect(fieldErrorsOf(envelope)).toEqual({
      gstin: 'GSTIN check digit is wrong',
      'billingAddress.pincode': 'PIN code must be 6 digits and not start with 0',
      'contacts.0.email': '"x@" is not an e-mail address',
    });
  });

  it('uses field + message when there are no issues', () => {
    expect(fieldErrorsOf({ code: 'CONFLICT', message: 'Code taken', field: 'code' })).toEqual({
      code: 'Code taken',
    });
  });
});

describe('splitErrors', () => {
  it('puts known fields on the form and nothing in a notification', () => {
    const r = splitErrors(envelope, () => true);
    expect(Object.keys(r.fields)).toHaveLength(3);
    expect(r.general).toBeNull();
  });

  it('sends problems without an input to the notification', () => {
    const r = splitErrors(envelope, (p) => p === 'gstin');
    expect(r.fields).toEqual({ gstin: 'GSTIN check digit is wrong' });
    expect(r.general).toBe('PIN code must be 6 digits and not start with 0');
  });

  it('shows the message when the error names no field', () => {
    const r = splitErrors({ code: 'INTERNAL', message: 'Bahi could not finish this' }, () => true);
    expect(r).toEqual({ fields: {}, general: 'Bahi could not finish this' });
  });
});

describe('errorsUnder / withoutError', () => {
  it('selects one contact row and strips the prefix', () => {
    expect(errorsUnder(fieldErrorsOf(envelope), 'contacts.0')).toEqual({
      email: '"x@" is not an e-mail address',
    });
    expect(errorsUnder(fieldErrorsOf(envelope), 'contacts.1')).toEqual({});
  });

  it('removes one field and keeps the object when there is nothing to remove', () => {
    const all = fieldErrorsOf(envelope);
    expect(withoutError(all, 'gstin')).not.toHaveProperty('gstin');
    expect(withoutError(all, 'name')).toBe(all);
  });
});
