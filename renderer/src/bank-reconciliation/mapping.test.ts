import { describe, expect, it } from 'vitest';
import { initialMapping, mappingOf } from './mapping';

describe('column mapping form', () => {
  it('starts from the remembered mapping when the file has its columns', () => {
    const remembered = { date: 'When', narration: 'What', amount: 'Value', drcr: 'Side' };
    const form = initialMapping(['WHEN', 'What', 'Value', 'Side', 'Bal'], remembered);
    expect(form).toMatchObject({ date: 'WHEN', amounts: 'single', amount: 'Value', drcr: 'Side' });
    expect(mappingOf(form)).toEqual({
      ok: true,
      mapping: { date: 'WHEN', narration: 'What', amount: 'Value', drcr: 'Side', dateOrder: 'dmy' },
    });
  });

  it('guesses one amount column with its Dr/Cr when there are no debit and credit columns', () => {
    const form = initialMapping(['Txn Date', 'Description', 'Amount', 'Dr/Cr', 'Balance'], {
      date: 'Gone',
      narration: 'Gone too',
    });
    expect(form).toMatchObject({
      date: 'Txn Date',
      narration: 'Description',
      amounts: 'single',
      amount: 'Amount',
      drcr: 'Dr/Cr',
      balance: 'Balance',
      debit: null,
      credit: null,
    });
  });

  it('refuses a column used twice, and a missing one, by field', () => {
    const form = initialMapping(['Date', 'Narration', 'In', 'Out'], null);
    const r = mappingOf({ ...form, debit: 'Narration', credit: null });
    expect(r).toEqual({
      ok: false,
      errors: {
        credit: 'Choose the credit (money in) column',
        debit: 'Narration is already the Narration column',
      },
    });
  });
});
