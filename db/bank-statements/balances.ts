// Balance assertions: the statement's own closing balance, and each running balance, must follow
// from the lines. A break is reported with its line, never a refusal: the bank's file is the fact.
import { formatINR, paise, type Paise } from '../../shared/money';
import type { BalanceBreak, ParsedLine, ParsedStatement } from './types';

const signed = (l: ParsedLine) => (l.direction === 'credit' ? l.amount : -l.amount);

function sumLines(lines: ParsedLine[]): number {
  return lines.reduce((s, l) => s + signed(l), 0);
}

function closingBreak(
  opening: Paise,
  closing: Paise,
  lines: ParsedLine[],
  line: number,
  what: string,
): BalanceBreak[] {
  const expected = paise(opening + sumLines(lines));
  if (expected === closing) return [];
  return [
    {
      line,
      message: `${what} ${formatINR(closing)} does not follow from the opening ${formatINR(opening)} and the lines (${formatINR(expected)}); ${formatINR(paise(closing - expected))} is unexplained`,
      expected,
      found: closing,
    },
  ];
}

// Newest-first files (some net-banking exports) are read in file order, so each balance follows
// from the line after it; whichever direction breaks less is the file's.
function runningBreaks(lines: ParsedLine[], newestFirst: boolean): BalanceBreak[] {
  const out: BalanceBreak[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [prev, cur] = [lines[i - 1], lines[i]];
    if (prev?.balance === undefined || cur?.balance === undefined) continue;
    const [older, newer] = newestFirst ? [cur, prev] : [prev, cur];
    const expected = paise((older.balance ?? 0) + signed(newer));
    if (expected !== newer.balance) {
      out.push({
        line: newer.line,
        message: `the balance ${formatINR(newer.balance ?? paise(0))} should be ${formatINR(expected)} after the line before it; a line may be missing`,
        expected,
        found: newer.balance ?? paise(0),
      });
    }
  }
  return out;
}

// MT940 pages: each page adds up, and each opens where the one before it closed.
function pageBreaks(pages: NonNullable<ParsedStatement['pages']>): BalanceBreak[] {
  return pages.flatMap((p, i) => {
    const previous = pages[i - 1];
    const gap: BalanceBreak[] =
      previous && previous.closingBalance !== p.openingBalance
        ? [
            {
              line: p.openingLine,
              message: `the page opens at ${formatINR(p.openingBalance)} but the page before closed at ${formatINR(previous.closingBalance)}; a page may be missing`,
              expected: previous.closingBalance,
              found: p.openingBalance,
            },
          ]
        : [];
    return [
      ...gap,
      ...closingBreak(
        p.openingBalance,
        p.closingBalance,
        p.lines,
        p.closingLine,
        'the page closing balance',
      ),
    ];
  });
}

// The oldest line's running balance should follow from the stated opening balance.
function openingBreak(s: ParsedStatement, newestFirst: boolean): BalanceBreak[] {
  const oldest = newestFirst ? s.lines.at(-1) : s.lines[0];
  if (s.openingBalance === undefined || oldest?.balance === undefined) return [];
  const expected = paise(s.openingBalance + signed(oldest));
  if (expected === oldest.balance) return [];
  return [
    {
      line: oldest.line,
      message: `the balance ${formatINR(oldest.balance)} should be ${formatINR(expected)} after the opening balance ${formatINR(s.openingBalance)}`,
      expected,
      found: oldest.balance,
    },
  ];
}

export function checkBalances(s: ParsedStatement): BalanceBreak[] {
  const pages = s.pages ?? [];
  const breaks =
    pages.length > 1
      ? pageBreaks(pages)
      : s.openingBalance !== undefined && s.closingBalance !== undefined
        ? closingBreak(
            s.openingBalance,
            s.closingBalance,
            s.lines,
            s.closingLine ?? s.lines.at(-1)?.line ?? 1,
            'the closing balance',
          )
        : [];
  const forward = runningBreaks(s.lines, false);
  const backward = forward.length === 0 ? [] : runningBreaks(s.lines, true);
  const newestFirst = forward.length > 0 && backward.length < forward.length;
  return [...openingBreak(s, newestFirst), ...(newestFirst ? backward : forward), ...breaks].sort(
    (a, b) => a.line - b.line,
  );
}
