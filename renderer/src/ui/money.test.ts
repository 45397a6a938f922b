import { describe, expect, it } from 'vitest';
import { paise } from '../../../shared/money';
import { moneyText, parseMoneyText } from './money';

describe('parseMoneyText', () => {
  it.each([
    ['5,00,000', 50_000_000],
    ['500000', 50_000_000],
    ['₹ 12,34,567.50', 123_456_750],
    ['0.1', 10],
    ['Rs. 250/-', 25_000],
    ['0', 0],
  ])('%s → %i paise', (text, expected) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, paise: expected });
  });

  it('treats blank as "no amount", not zero', () => {
    expect(parseMoneyText('   ')).toEqual({ ok: true, paise: null });
  });

  it.each(['12.345', 'abc', '1,2,3.4.5'])('refuses %s with a message naming the field', (text) => {
    const r = parseMoneyText(text, 'Credit limit');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Credit limit/);
  });

  it('refuses negative amounts', () => {
    expect(parseMoneyText('-5')).toEqual({ ok: false, message: 'Amount cannot be negative' });
  });
});

describe('moneyText', () => {
  it('groups Indian-style with paise and no symbol', () => {
    expect(moneyText(paise(123_456_750))).toBe('12,34,567.50');
    expect(moneyText(paise(10))).toBe('0.10');
    expect(moneyText(null)).toBe('');
  });
});
