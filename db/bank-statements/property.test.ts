// Property: any month of lines, written the way each bank writes its download, reads back
// exactly — dates, sides, paise, balances — with no break and a distinct fingerprint per line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateIndian, formatDateLong, type IsoDate } from '../../shared/dates';
import { formatIndianNumber, paise, paiseToRupeesString, type Paise } from '../../shared/money';
import { delimited, HEADERS, read } from './testing';
import type { Direction, PresetName } from './types';

interface Line {
  date: IsoDate;
  narration: string;
  reference: string;
  direction: Direction;
  amount: Paise;
  balance: Paise;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const [y2, m2, d2] = [
  (d: IsoDate) => d.slice(2, 4),
  (d: IsoDate) => d.slice(5, 7),
  (d: IsoDate) => d.slice(8, 10),
];
const ddmmyy = (d: IsoDate) => `${d2(d)}/${m2(d)}/${y2(d)}`;
const ddMonyy = (d: IsoDate) => `${d2(d)}-${MONTHS[Number(m2(d)) - 1] ?? ''}-${y2(d)}`;
const ddmmyyyy = (d: IsoDate) => `${d2(d)}/${m2(d)}/${d.slice(0, 4)}`;
const money = (p: Paise) => formatIndianNumber(p);
const side = (l: Line, want: Direction) => (l.direction === want ? money(l.amount) : '');

// Each bank's header and how it writes one line (with the delimiter it uses).
const LAYOUTS: Record<
  PresetName | 'kotakAmount',
  { delimiter: string; header: string[]; row: (l: Line) => string[] }
> = {
  hdfc: {
    delimiter: ',',
    header: HEADERS.hdfc,
    row: (l) => [
      ddmmyy(l.date),
      l.narration,
      l.reference,
      ddmmyy(l.date),
      side(l, 'debit'),
      side(l, 'credit'),
      money(l.balance),
    ],
  },
  sbi: {
    delimiter: '\t',
    header: HEADERS.sbi,
    row: (l) => [
      formatDateLong(l.date),
      formatDateLong(l.date),
      l.narration,
      l.reference,
      side(l, 'debit'),
      side(l, 'credit'),
      money(l.balance),
    ],
  },
  icici: {
    delimiter: ',',
    header: HEADERS.icici,
    row: (l) => [
      '1',
      ddmmyyyy(l.date),
      ddmmyyyy(l.date),
      l.reference || '-',
      l.narration,
      side(l, 'debit') || '0.00',
      side(l, 'credit') || '0.00',
      money(l.balance),
    ],
  },
  axis: {
    delimiter: ',',
    header: HEADERS.axis,
    row: (l) => [
      formatDateIndian(l.date),
      l.reference,
      l.narration,
      side(l, 'debit') && paiseToRupeesString(l.amount),
      side(l, 'credit') && paiseToRupeesString(l.amount),
      paiseToRupeesString(l.balance),
      '1234',
    ],
  },
  kotak: {
    delimiter: ',',
    header: HEADERS.kotak,
    row: (l) => [
      ddMonyy(l.date),
      l.narration,
      l.reference,
      side(l, 'debit'),
      side(l, 'credit'),
      `${money(paise(Math.abs(l.balance)))}(${l.balance < 0 ? 'Dr' : 'Cr'})`,
    ],
  },
  kotakAmount: {
    delimiter: ',',
    header: HEADERS.kotakAmount,
    row: (l) => [
      formatDateLong(l.date),
      l.narration,
      l.reference,
      money(l.amount),
      l.direction === 'credit' ? 'CR' : 'DR',
      money(l.balance),
    ],
  },
};

const word = fc.stringMatching(/^[A-Z0-9]{1,12}$/);
const narration = fc.oneof(
  fc.tuple(word, word).map(([ifsc, utr]) => `NEFT CR-${ifsc}-ACME TRADERS, PVT LTD-${utr}`),
  fc.tuple(word, word).map(([rrn, name]) => `UPI/CR/${rrn}/${name}/okaxis`),
  word.map((chq) => `CHQ DEP ${chq} SBI "MUMBAI"`),
  fc.tuple(word, word).map(([utr, name]) => `RTGS/${utr}/${name}`),
  word.map((w) => `IMPS/P2A/${w}/RAVI KUMAR`),
);

const lineDraft = fc.record({
  day: fc.integer({ min: 0, max: 3000 }),
  narration,
  reference: fc.oneof(fc.constant(''), word),
  direction: fc.constantFrom<Direction>('credit', 'debit'),
  amount: fc.integer({ min: 1, max: 99_99_99_999_99 }),
});

const statement = fc
  .tuple(
    fc.integer({ min: -10_00_000_00, max: 10_00_00_000_00 }),
    fc.array(lineDraft, { minLength: 1, maxLength: 40 }),
  )
  .map(([opening, drafts]) => {
    let balance = opening;
    const days = drafts.map((d) => d.day).sort((a, b) => a - b);
    return drafts.map((d, i): Line => {
      balance += d.direction === 'credit' ? d.amount : -d.amount;
      const date = new Date(Date.UTC(2020, 0, 1) + (days[i] ?? 0) * 86_400_000)
        .toISOString()
        .slice(0, 10) as IsoDate;
      const { day: _day, ...rest } = d;
      return { ...rest, date, amount: paise(d.amount), balance: paise(balance) };
    });
  });

describe('every preset reads back what it wrote', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(statement, async (lines) => {
          const file = delimited(
            [['Statement of account'], [''], layout.header, ...lines.map(layout.row)],
            layout.delimiter,
          );
          const r = await read(`${name}.csv`, file);
          expect(r.statement.preset).toBe(name === 'kotakAmount' ? 'kotak' : name);
          expect(r.warnings).toEqual([]);
          expect(
            r.statement.lines.map((l) => ({
              date: l.date,
              narration: l.narration,
              reference: l.reference,
              direction: l.direction,
              amount: l.amount,
              balance: l.balance,
            })),
          ).toEqual(lines);
          expect(r.statement.lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 4));
          expect(new Set(r.statement.lines.map((l) => l.fingerprint)).size).toBe(lines.length);
        }),
        { numRuns: 60 },
      );
    });
  }
});
