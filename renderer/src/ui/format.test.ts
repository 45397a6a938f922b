import { describe, expect, it } from 'vitest';
import { formatPhone, formatTimestamp, stateLabel } from './format';

describe('formatTimestamp', () => {
  // The same UTC instant reads differently by zone; the machine's own TZ never leaks in.
  it.each([
    ['Asia/Kolkata', '15-01-2025 05:30:00'],
    ['America/Los_Angeles', '14-01-2025 16:00:00'],
    ['UTC', '15-01-2025 00:00:00'],
  ])('in %s', (zone, expected) => {
    expect(formatTimestamp('2025-01-15T00:00:00.000Z', zone)).toBe(expected);
  });

  it('crosses the date line near midnight IST', () => {
    expect(formatTimestamp('2025-03-31T18:45:10Z', 'Asia/Kolkata')).toBe('01-04-2025 00:15:10');
  });

  it('leaves text that is not a timestamp alone', () => {
    expect(formatTimestamp('yesterday')).toBe('yesterday');
  });
});

describe('formatPhone / stateLabel', () => {
  it('spaces Indian numbers and leaves others', () => {
    expect(formatPhone('+919822012345')).toBe('+91 98220 12345');
    expect(formatPhone('+4420795')).toBe('+4420795');
    expect(formatPhone(null)).toBe('');
  });

  it('names GST states', () => {
    expect(stateLabel('27')).toBe('Maharashtra');
    expect(stateLabel('xx')).toBe('xx');
  });
});
