import { expect, it } from 'vitest';
import { BahiError } from '../../shared/result';
import { formatDocumentNumber } from './series';

it('numbers a series up to the 16 characters Rule 46(b) allows, then refuses with a reason', () => {
  expect(formatDocumentNumber('INV', '25-26', 7, 4)).toBe('INV/25-26/0007');
  expect(formatDocumentNumber('RCT', '25-26', 999_999, 4)).toBe('RCT/25-26/999999');
  let refusal: unknown;
  try {
    formatDocumentNumber('RCT', '25-26', 1_000_000, 4);
  } catch (e) {
    refusal = e;
  }
  expect(refusal).toBeInstanceOf(BahiError);
  expect((refusal as BahiError).code).toBe('CONFLICT');
  expect((refusal as BahiError).message).toMatch(/RCT series for 25-26 .* 16 characters/);
});
