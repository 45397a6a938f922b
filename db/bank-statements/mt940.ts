// SWIFT MT940 customer statements: :25: account, :60F:/:60M: opening, :61: lines each with an
// optional :86: narration (possibly over several lines), :62F:/:62M: closing. A long statement is
// split into pages (:28C: n/m) whose intermediate balances carry the M mark.
import { isIsoDate, type IsoDate } from '../../shared/dates';
import { paise, type Paise } from '../../shared/money';
import { refuse, type Direction, type ParsedLine, type ParsedStatement } from './types';
import { parsePlainAmount, parseYymmdd } from './values';

interface Field {
  tag: string;
  line: number;
  lines: string[];
  /** Each line's full width, the tag included: SWIFT wraps at 65. */
  widths: number[];
}

const TAG_RE = /^:(\d{2}[A-Z]?):(.*)$/;

/** Looks like MT940 when it has an account, a balance and a statement line tag. */
export function isMt940(text: string): boolean {
  return /^:25:/m.test(text) && /^:6[02][FM]:/m.test(text) && /^:20:/m.test(text);
}

function fields(text: string): Field[] {
  const out: Field[] = [];
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.replace(/^\{4:/, '').trimEnd();
    const m = TAG_RE.exec(line);
    const last = out.at(-1);
    if (m) out.push({ tag: m[1] ?? '', line: i + 1, lines: [m[2] ?? ''], widths: [line.length] });
    else if (line.trim() === '' || line === '-}' || line === '-' || line.startsWith('{')) continue;
    else if (last) {
      last.lines.push(line);
      last.widths.push(line.length);
    }
  }
  return out;
}

// :60F:C240114INR1234567,89
function balance(f: Field): { value: Paise; date: IsoDate; currency: string } {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,.]+)$/.exec(f.lines[0]?.trim() ?? '');
  if (!m)
    return refuse(
      f.line,
      f.tag,
      `:${f.tag}: must be C or D, YYMMDD, currency and amount, like C240114INR1234,56`,
    );
  const date = parseYymmdd(m[2] ?? '');
  if (!date.ok) return refuse(f.line, f.tag, `:${f.tag}: ${date.reason}`);
  const amount = parsePlainAmount(m[4] ?? '');
  if (!amount.ok) return refuse(f.line, f.tag, `:${f.tag}: ${amount.reason}`);
  return {
    value: paise(m[1] === 'D' ? -amount.value : amount.value),
    date: date.value,
    currency: m[3] ?? '',
  };
}

// Value date, optional entry date (MMDD), mark, optional funds code, amount, type, references.
const LINE_RE =
  /^(\d{6})(\d{4})?(RC|RD|EC|ED|C|D)([A-Z])?(\d[\d,]*)([NFS][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;

// The entry date has no year: take the value date's, across a new year if need be.
function entryDate(valueDate: IsoDate, mmdd: string): IsoDate | null {
  const year = Number(valueDate.slice(0, 4));
  const valueMonth = Number(valueDate.slice(5, 7));
  const month = Number(mmdd.slice(0, 2));
  const y =
    month === 12 && valueMonth === 1
      ? year - 1
      : month === 1 && valueMonth === 12
        ? year + 1
        : year;
  const iso = `${String(y)}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`;
  return isIsoDate(iso) ? iso : null;
}

// RC (reversal of a credit) takes money out; RD (reversal of a debit) puts it back.
const DIRECTION: Record<string, Direction> = {
  C: 'credit',
  RD: 'credit',
  EC: 'credit',
  D: 'debit',
  RC: 'debit',
  ED: 'debit',
};

function statementLine(f: Field): ParsedLine {
  const m = LINE_RE.exec(f.lines[0]?.trim() ?? '');
  if (!m) {
    return refuse(
      f.line,
      '61',
      ':61: must be YYMMDD[MMDD], C/D/RC/RD, amount, type and reference, like 2401150115C50000,00NTRFNONREF//UTR',
    );
  }
  const [, vd = '', ed, mark = '', , amountText = '', , ownerRef = '', bankRef = ''] = m;
  const valueDate = parseYymmdd(vd);
  if (!valueDate.ok) return refuse(f.line, 'valueDate', `:61: value date ${valueDate.reason}`);
  const booked = ed ? entryDate(valueDate.value, ed) : valueDate.value;
  if (!booked) return refuse(f.line, 'date', `:61: entry date "${ed ?? ''}" is not a MMDD date`);
  const amount = parsePlainAmount(amountText);
  if (!amount.ok) return refuse(f.line, 'amount', `:61: ${amount.reason}`);
  if (amount.value === 0) return refuse(f.line, 'amount', ':61: the amount is zero');
  const owner = ownerRef.trim();
  const reference = owner !== '' && owner !== 'NONREF' ? owner : bankRef.trim();
  // Supplementary details on the :61:'s second line read as narration when there is no :86:.
  return {
    line: f.line,
    date: booked,
    valueDate: valueDate.value,
    narration: f.lines.slice(1).join(' ').trim(),
    reference,
    direction: DIRECTION[mark] ?? 'credit',
    amount: amount.value,
  };
}

// MT940 wraps :86: at 65 characters wherever it falls, so a full line joins without a space.
function narration(f: Field): string {
  return f.lines.reduce((text, part, i) => {
    if (i === 0) return part.trim();
    return (f.widths[i - 1] ?? 0) >= 65 ? `${text}${part.trim()}` : `${text} ${part.trim()}`;
  }, '');
}

export function readMt940(text: string): ParsedStatement {
  const statement: ParsedStatement = { format: 'mt940', lines: [], pages: [] };
  let page: { opening?: Paise; openingLine: number; lines: ParsedLine[] } = {
    openingLine: 0,
    lines: [],
  };
  let last: ParsedLine | undefined;
  for (const f of fields(text)) {
    switch (f.tag) {
      case '25': {
        const account = (f.lines[0] ?? '').trim();
        const parts = account.split('/');
        statement.accountNumber ??= (parts.at(-1) ?? account).trim();
        break;
      }
      case '60F':
      case '60M': {
        const b = balance(f);
        page = { opening: b.value, openingLine: f.line, lines: [] };
        if (statement.openingBalance === undefined) {
          [statement.openingBalance, statement.openingLine, statement.currency] = [
            b.value,
            f.line,
            b.currency,
          ];
        }
        break;
      }
      case '61':
        last = statementLine(f);
        statement.lines.push(last);
        page.lines.push(last);
        break;
      case '86':
        // Only the :86: right after a :61: describes it; one after :62F: describes the statement.
        if (last) last.narration = narration(f);
        break;
      case '62F':
      case '62M': {
        const b = balance(f);
        [statement.closingBalance, statement.closingLine] = [b.value, f.line];
        if (page.opening !== undefined) {
          statement.pages?.push({
            openingBalance: page.opening,
            openingLine: page.openingLine,
            closingBalance: b.value,
            closingLine: f.line,
            lines: page.lines,
          });
        }
        break;
      }
      default:
        break;
    }
    if (f.tag !== '61') last = undefined;
  }
  if (statement.lines.length === 0 && statement.openingBalance === undefined) {
    return refuse(1, 'file', 'the MT940 file has no :60F: balance and no :61: lines');
  }
  const dates = statement.lines.map((l) => l.date).sort();
  const from = dates[0];
  const to = dates.at(-1);
  if (from) statement.from = from;
  if (to) statement.to = to;
  return statement;
}
