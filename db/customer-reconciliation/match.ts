// Our statement of account against their ledger of us: by document number first, then payments
// by amount and date (their cheque/UTR against our receipt's instrument), then short payments
// whose gap is the TDS they deducted. Every line lands in exactly one list, so the difference
// between the two closing balances is explained exactly.
import { daysBetween, type IsoDate } from '../../shared/dates';
import { paise, type Paise } from '../../shared/money';
import type { TheirLine } from './read-ledger';

export interface OurLine {
  date: IsoDate;
  number: string | null;
  kind: string | null;
  particulars: string;
  debit: Paise;
  credit: Paise;
}

export type MatchBasis = 'document' | 'reference' | 'amount-date' | 'tds';

export interface MatchedPair {
  ours: OurLine;
  theirs: TheirLine;
  basis: MatchBasis;
  /** Ours minus theirs, signed debit − credit; 0 when the amounts agree. */
  difference: Paise;
}

export interface Reconciliation {
  matched: MatchedPair[];
  onlyOurs: OurLine[];
  onlyTheirs: TheirLine[];
  ourOpening: Paise;
  theirOpening: Paise;
  ourClosing: Paise;
  theirClosing: Paise;
  summary: {
    /** ourClosing − theirClosing */
    difference: Paise;
    openingDifference: Paise;
    onlyOurs: Paise;
    onlyTheirs: Paise;
    amountDifferences: Paise;
    tds: Paise;
  };
}

const PREFIXES = new Set([
  'INV',
  'INVOICE',
  'BILL',
  'NO',
  'SI',
  'TI',
  'DN',
  'CN',
  'RCT',
  'REF',
  'DOC',
]);

/** INV/2024-25/0012, "inv 2024-25/12" and 2024-25-12 are one document. */
export function normaliseDocumentNumber(text: string): string {
  const segs = text.toUpperCase().match(/[A-Z]+|\d+/g) ?? [];
  while (segs.length > 1 && PREFIXES.has(segs[0] ?? '')) segs.shift();
  return segs.map((s) => (/^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : s)).join('-');
}

const signed = (l: { debit: number; credit: number }) => l.debit - l.credit;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export interface MatchOptions {
  /** Days either side for a payment matched on amount and date. */
  windowDays?: number;
  /** Largest TDS share of a payment: 10% (194J) unless told. */
  maxTdsShare?: number;
}

export function reconcile(
  ours: { opening: number; lines: OurLine[] },
  theirs: { opening: number; lines: TheirLine[] },
  options: MatchOptions = {},
): Reconciliation {
  const window = options.windowDays ?? 7;
  const tdsShare = options.maxTdsShare ?? 0.1;
  const freeOurs = new Set(ours.lines.map((_, i) => i));
  const freeTheirs = new Set(theirs.lines.map((_, i) => i));
  const matched: MatchedPair[] = [];
  const take = (oi: number, ti: number, basis: MatchBasis) => {
    const o = ours.lines[oi] as OurLine;
    const t = theirs.lines[ti] as TheirLine;
    freeOurs.delete(oi);
    freeTheirs.delete(ti);
    matched.push({ ours: o, theirs: t, basis, difference: paise(signed(o) - signed(t)) });
  };
  const sameSide = (o: OurLine, t: TheirLine) => o.debit > 0 === t.debit > 0;

  // 1. Document number, same side.
  const byNumber = new Map<string, number[]>();
  ours.lines.forEach((o, i) => {
    if (!o.number) return;
    const k = normaliseDocumentNumber(o.number);
    byNumber.set(k, [...(byNumber.get(k) ?? []), i]);
  });
  theirs.lines.forEach((t, ti) => {
    if (!t.reference) return;
    const candidates = byNumber.get(normaliseDocumentNumber(t.reference)) ?? [];
    const oi = candidates.find((i) => freeOurs.has(i) && sameSide(ours.lines[i] as OurLine, t));
    if (oi !== undefined) take(oi, ti, 'document');
  });

  // 2. Payments: their cheque/UTR named in our receipt's particulars, then amount within the window.
  const payments = () => [...freeTheirs].filter((ti) => (theirs.lines[ti] as TheirLine).credit > 0);
  const receipts = () => [...freeOurs].filter((oi) => (ours.lines[oi] as OurLine).credit > 0);
  const near = (o: OurLine, t: TheirLine) => Math.abs(daysBetween(o.date, t.date)) <= window;
  for (const ti of payments()) {
    const t = theirs.lines[ti] as TheirLine;
    const ref = t.reference.replace(/\s+/g, '').toUpperCase();
    if (ref.length < 4) continue;
    const oi = receipts().find((i) =>
      (ours.lines[i] as OurLine).particulars.replace(/\s+/g, '').toUpperCase().includes(ref),
    );
    if (oi !== undefined) take(oi, ti, 'reference');
  }
  const closest = (t: TheirLine, ok: (o: OurLine) => boolean) =>
    receipts()
      .filter((i) => near(ours.lines[i] as OurLine, t) && ok(ours.lines[i] as OurLine))
      .sort(
        (a, b) =>
          Math.abs(daysBetween((ours.lines[a] as OurLine).date, t.date)) -
          Math.abs(daysBetween((ours.lines[b] as OurLine).date, t.date)),
      )[0];
  for (const ti of payments()) {
    const t = theirs.lines[ti] as TheirLine;
    const oi = closest(t, (o) => o.credit === t.credit);
    if (oi !== undefined) take(oi, ti, 'amount-date');
  }
  // 3. Short payments: our receipt includes the TDS they kept; their ledger shows only the cash.
  for (const ti of payments()) {
    const t = theirs.lines[ti] as TheirLine;
    const oi = closest(t, (o) => o.credit > t.credit && o.credit - t.credit <= o.credit * tdsShare);
    if (oi !== undefined) take(oi, ti, 'tds');
  }

  const onlyOurs = [...freeOurs].sort((a, b) => a - b).map((i) => ours.lines[i] as OurLine);
  const onlyTheirs = [...freeTheirs].sort((a, b) => a - b).map((i) => theirs.lines[i] as TheirLine);
  const ourClosing = ours.opening + sum(ours.lines.map(signed));
  const theirClosing = theirs.opening + sum(theirs.lines.map(signed));
  return {
    matched,
    onlyOurs,
    onlyTheirs,
    ourOpening: paise(ours.opening),
    theirOpening: paise(theirs.opening),
    ourClosing: paise(ourClosing),
    theirClosing: paise(theirClosing),
    summary: {
      difference: paise(ourClosing - theirClosing),
      openingDifference: paise(ours.opening - theirs.opening),
      onlyOurs: paise(sum(onlyOurs.map(signed))),
      onlyTheirs: paise(sum(onlyTheirs.map(signed))),
      amountDifferences: paise(
        sum(matched.filter((m) => m.basis !== 'tds').map((m) => m.difference)),
      ),
      tds: paise(sum(matched.filter((m) => m.basis === 'tds').map((m) => m.difference))),
    },
  };
}
