// Who a bank line is from, read from its narration: a GSTIN, a customer's name or a learnt alias.
// Pure: the same narration and the same customers give the same answer.

const DROP = new Set([
  'PVT',
  'PRIVATE',
  'LTD',
  'LIMITED',
  'LLP',
  'CO',
  'COMPANY',
  'THE',
  'M',
  'S',
  'MS',
  'AND',
  'INC',
  'CORP',
]);
/** Words banks put in narrations that are never part of a payer's name. */
const BANK_WORDS = new Set([
  'NEFT',
  'RTGS',
  'IMPS',
  'UPI',
  'CR',
  'DR',
  'CHQ',
  'CHEQUE',
  'DEP',
  'DEPOSIT',
  'CLG',
  'INWARD',
  'TRANSFER',
  'TRF',
  'BY',
  'FROM',
  'TO',
  'INB',
  'MB',
  'IB',
  'FT',
  'REF',
  'UTR',
  'PAYMENT',
  'OK',
  'OKAXIS',
  'OKHDFCBANK',
  'OKICICI',
  'OKSBI',
  'YBL',
  'PAYTM',
  'BANK',
  'RECEIVED',
  'CASH',
]);

const words = (text: string): string[] =>
  text
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);

/** A name as banks abbreviate it: upper case, no punctuation, no PVT LTD / LIMITED / M/S. */
export function normaliseName(name: string): string {
  return words(name)
    .filter((w) => !DROP.has(w))
    .join(' ');
}

export const GSTIN_IN_TEXT = /\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b/g;

/** Every GSTIN written in a narration. */
export const gstinsIn = (text: string): string[] => text.toUpperCase().match(GSTIN_IN_TEXT) ?? [];

/** Numbers and codes of six characters or more with a digit: cheque numbers, UTRs, references. */
export function referencesIn(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of t.toUpperCase().split(/[^A-Z0-9]+/)) {
      if (w.length >= 6 && /\d/.test(w)) out.add(w);
      // A cheque number sits at the end of longer clearing codes ("CLG000123456").
      const tail = /(\d{6})$/.exec(w);
      if (tail && w.length > 6) out.add(tail[1]!);
    }
  }
  return [...out];
}

/**
 * The payer's name as the narration spells it, for learning an alias: the longest run of words
 * that are neither bank words nor numbers.
 */
export function payerNameIn(narration: string): string | null {
  let best: string[] = [];
  let run: string[] = [];
  for (const w of [...words(narration), '0']) {
    if (/\d/.test(w) || BANK_WORDS.has(w)) {
      if (run.length > best.length) best = run;
      run = [];
    } else if (!DROP.has(w)) run.push(w);
  }
  const name = best.join(' ');
  return name.length >= 3 ? name : null;
}

export interface KnownName {
  customerId: number;
  /** Normalised (normaliseName). */
  name: string;
  how: 'name' | 'alias';
}

/** Names indexed by their first word, so a narration is read in one pass whatever the count. */
export class NameIndex {
  private readonly byFirst = new Map<string, { words: string[]; known: KnownName }[]>();
  private readonly byGstin = new Map<string, number>();

  constructor(names: KnownName[], gstins: { customerId: number; gstin: string }[]) {
    for (const known of names) {
      const ws = known.name.split(' ').filter(Boolean);
      if (ws.length === 0 || known.name.length < 3) continue;
      const list = this.byFirst.get(ws[0]!) ?? [];
      list.push({ words: ws, known });
      this.byFirst.set(ws[0]!, list);
    }
    for (const g of gstins) this.byGstin.set(g.gstin.toUpperCase(), g.customerId);
  }

  /**
   * The customers a narration names, best first: a GSTIN, then the longest name or alias written
   * there word for word. Several customers on the longest name means the name does not decide.
   */
  recognise(
    narration: string,
  ): { customerId: number; how: 'gstin' | 'name' | 'alias'; words: number }[] {
    const found = new Map<
      number,
      { customerId: number; how: 'gstin' | 'name' | 'alias'; words: number }
    >();
    for (const g of gstinsIn(narration)) {
      const id = this.byGstin.get(g);
      if (id !== undefined) found.set(id, { customerId: id, how: 'gstin', words: 99 });
    }
    const ws = words(narration).filter((w) => !DROP.has(w));
    ws.forEach((w, i) => {
      for (const cand of this.byFirst.get(w) ?? []) {
        if (cand.words.every((cw, k) => ws[i + k] === cw)) {
          const prev = found.get(cand.known.customerId);
          if (!prev || prev.words < cand.words.length) {
            found.set(cand.known.customerId, {
              customerId: cand.known.customerId,
              how: cand.known.how,
              words: cand.words.length,
            });
          }
        }
      }
    });
    return [...found.values()].sort((a, b) => b.words - a.words);
  }
}
