import { describe, expect, it } from 'vitest';
import { receiptsChannels } from '../../../shared/receipts/contract';
import { bankAccountInputOf, bankAccountValuesOf, bankFieldOf } from './bankAccountForm';

describe('bank account form ↔ contract', () => {
  it('every contract error on create and update lands on a field of the form', () => {
    const values = bankAccountInputOf({
      name: ' ',
      bankName: 'HDFC Bank',
      accountNumber: '12-34',
      ifsc: 'HDFC123',
    });
    const create = receiptsChannels['bankAccounts.create'].input.safeParse(values);
    const update = receiptsChannels['bankAccounts.update'].input.safeParse({ id: 2, values });
    for (const parsed of [create, update]) {
      expect(parsed.success).toBe(false);
      const fields = parsed.error!.issues.map((i) => bankFieldOf(i.path.join('.')));
      expect(fields.sort()).toEqual(['accountNumber', 'ifsc', 'name']);
    }
  });

  it('sends blank details as blank text, which the contract stores as none', () => {
    const input = bankAccountInputOf(bankAccountValuesOf(null));
    const parsed = receiptsChannels['bankAccounts.create'].input.parse({ ...input, name: 'Axis' });
    expect(parsed).toEqual({
      name: 'Axis',
      bankName: null,
      accountNumber: null,
      ifsc: null,
      active: true,
    });
  });
});
