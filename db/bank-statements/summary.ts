// The preamble above a statement's lines and the summary below them: account number,
// currency, period and the opening and closing balances, wherever the bank puts their labels.
import type { IsoDate } from '../../shared/dates';
import type { Paise } from '../../shared/money';
import type { GridRow } from './grid';
import { headerKey } from './presets';
import type { DateOrder } from './types';
import { cellText, isBlank, parseBalance, parseDate, type Cell } from './values';

// Labels in preambles and summaries, by headerKey: "Account No. :", "A/C Number", "Closing Bal".
const LABELS = {
  accountNumber: /^(accountnumber|accountno|acno|acnumber|accountnum)$/,
  currency: /^(currency|accountcurrency|ccy)$/,
  opening: /^(openingbalance|openingbal|balanceason.*|broughtforward|balancebf)$/,
  closing: /^(closingbalance|closingbal|carriedforward|balancecf)$/,
  from: /^(startdate|fromdate|statementfrom|from)$/,
  to: /^(enddate|todate|to)$/,
  period: /^(period|statementperiod|statementfor(theperiod)?|transactionperiod)$/,
} as const;
type Label = keyof typeof LABELS;

export interface Summary {
  accountNumber?: string;
  currency?: string;
  opening?: { value: Paise; line: number };
  closing?: { value: Paise; line: number };
  from?: IsoDate;
  to?: IsoDate;
}

// "Account Number : 1234" in one cell, "Account Number" | ":" | "1234" across cells, or a label row
// with the values in the row below (HDFC's statement summary). `visit` says whether it took a value.
function labelled(rows: GridRow[], visit: (label: Label, value: Cell, line: number) => boolean) {
  for (const [i, row] of rows.entries()) {
    for (const [j, cell] of row.cells.entries()) {
      const text = cellText(cell);
      const colon = text.indexOf(':');
      const key = headerKey(colon >= 0 ? text.slice(0, colon) : text);
      const label = (Object.keys(LABELS) as Label[]).find((l) => LABELS[l].test(key));
      if (!label || key === '') continue;
      const inline = colon >= 0 ? text.slice(colon + 1).trim() : '';
      const after = row.cells.slice(j + 1).find((c) => !isBlank(c) && cellText(c) !== ':');
      const below = rows[i + 1];
      const tries: [Cell | undefined, number][] = [
        [inline === '' ? undefined : inline, row.line],
        [typeof after === 'string' ? after.replace(/^:\s*/, '') : after, row.line],
        [below?.cells[j], below?.line ?? row.line],
      ];
      tries.some(
        ([value, line]) => value !== undefined && !isBlank(value) && visit(label, value, line),
      );
    }
  }
}

const DATE_TEXT = String.raw`\d{1,2}[-/. ](?:\d{1,2}|[A-Za-z]{3,9})[-/. ,]+\d{2,4}`;
const PERIOD_RE = new RegExp(`(${DATE_TEXT})\\s*(?:to|-|–)\\s*:?\\s*(${DATE_TEXT})`, 'i');

export function readSummary(rows: GridRow[], order: DateOrder): Summary {
  const s: Summary = {};
  const date = (c: Cell) => {
    const r = parseDate(typeof c === 'string' ? c.trim() : c, order);
    return r.ok ? r.value : undefined;
  };
  labelled(rows, (label, value, line) => {
    switch (label) {
      case 'accountNumber': {
        const digits = cellText(value).replace(/[\s-]/g, '');
        if (!/^[\dXx*]{6,}$/.test(digits)) return false;
        s.accountNumber ??= digits;
        return true;
      }
      case 'currency': {
        const ccy = /^[A-Z]{3}$/i.exec(cellText(value));
        if (ccy) s.currency ??= ccy[0].toUpperCase();
        return ccy !== null;
      }
      case 'opening':
      case 'closing': {
        const r = parseBalance(value);
        if (r.ok && label === 'opening') s.opening ??= { value: r.value, line };
        if (r.ok && label === 'closing') s.closing = { value: r.value, line };
        return r.ok;
      }
      case 'from': {
        const m = PERIOD_RE.exec(cellText(value));
        if (m) [s.from, s.to] = [date(m[1] ?? ''), date(m[2] ?? '')];
        else s.from ??= date(value);
        return s.from !== undefined;
      }
      case 'to':
        s.to ??= date(value);
        return s.to !== undefined;
      case 'period': {
        const m = PERIOD_RE.exec(cellText(value));
        if (m) [s.from, s.to] = [date(m[1] ?? ''), date(m[2] ?? '')];
        return m !== null;
      }
      default: {
        const never: never = label;
        throw new Error(`unhandled label ${String(never)}`);
      }
    }
  });
  // "Statement from 01/01/2024 to 31/01/2024" with no label of its own.
  if (s.from === undefined) {
    for (const row of rows) {
      const m = PERIOD_RE.exec(row.cells.map(cellText).join(' '));
      if (m && /from|period/i.test(row.cells.map(cellText).join(' '))) {
        [s.from, s.to] = [date(m[1] ?? ''), date(m[2] ?? '')];
        break;
      }
    }
  }
  return s;
}
