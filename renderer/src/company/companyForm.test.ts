import { describe, expect, it } from 'vitest';
import { companyInputOf, companyValuesOf, isCompanyField } from './companyForm';

describe('company form: write-off tolerance', () => {
  it('shows the tolerance in rupees and sends it back in paise', () => {
    const values = companyValuesOf(null);
    expect(values.writeOffTolerance).toBe('10.00');
    const r = companyInputOf({ ...values, legalName: 'X', writeOffTolerance: '1,250.50' });
    expect(r.ok && r.input.writeOffTolerance).toBe(1_250_50);
  });

  it('takes a blank tolerance as none (zero)', () => {
    const r = companyInputOf({ ...companyValuesOf(null), writeOffTolerance: ' ' });
    expect(r.ok && r.input.writeOffTolerance).toBe(0);
  });

  it('refuses text that is not an amount, under the tolerance field', () => {
    for (const text of ['ten', '10.555', '-5']) {
      const r = companyInputOf({ ...companyValuesOf(null), writeOffTolerance: text });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(Object.keys(r.errors)).toEqual(['writeOffTolerance']);
      expect(r.errors.writeOffTolerance).toMatch(/^Write-off tolerance /);
    }
  });

  it('places the ledger’s tolerance error on the form', () => {
    expect(isCompanyField('writeOffTolerance')).toBe(true);
  });
});
