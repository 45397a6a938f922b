// ISO 20022 camt.053 bank-to-customer statements (any version: the element names used here
// have not changed from .001.02 to .001.13).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isIsoDate, type IsoDate } from '../../shared/dates';
import { paise } from '../../shared/money';
import { refuse, type Direction, type ParsedLine, type ParsedStatement } from './types';
import { parsePlainAmount } from './values';

type Node = { [key: string]: Node[] | string | undefined; '#text'?: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  captureMetaData: true,
  processEntities: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
});
// Typed `Symbol` (the wrapper) by the library; it is a plain symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function isCamt053(text: string): boolean {
  return /<(\w+:)?BkToCstmrStmt[\s>]/.test(text);
}

// Every element is an array (isArray), so a path is a walk through first children.
function at(node: Node | undefined, ...path: string[]): Node | undefined {
  let n = node;
  for (const name of path) {
    const next = n?.[name];
    n = Array.isArray(next) ? next[0] : undefined;
  }
  return n;
}

function all(node: Node | undefined, name: string): Node[] {
  const v = node?.[name];
  return Array.isArray(v) ? v : [];
}

const text = (node: Node | undefined, ...path: string[]) =>
  (at(node, ...path)?.['#text'] ?? '').trim();

type LineOf = (node: Node) => number;

// The 1-based line an element starts on, by binary search over the newline offsets.
function lineFinder(source: string): LineOf {
  const breaks: number[] = [];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) breaks.push(i);
  return (node) => {
    const meta = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META];
    const index = meta?.startIndex ?? 0;
    let [lo, hi] = [0, breaks.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function dateOf(node: Node | undefined): IsoDate | undefined {
  const d = text(node, 'Dt') || text(node, 'DtTm').slice(0, 10);
  return isIsoDate(d) ? d : undefined;
}

const direction = (ind: string): Direction | undefined =>
  ind === 'CRDT' ? 'credit' : ind === 'DBIT' ? 'debit' : undefined;

function amountOf(lineOf: LineOf, node: Node, what: string) {
  const line = lineOf(node);
  const amt = at(node, 'Amt');
  const value = parsePlainAmount(text(node, 'Amt'));
  if (!value.ok) return refuse(line, 'amount', `${what} Amt: ${value.reason}`);
  const dir = direction(text(node, 'CdtDbtInd'));
  if (!dir) return refuse(line, 'direction', `${what} CdtDbtInd must be CRDT or DBIT`);
  return { line, value: value.value, direction: dir, currency: String(amt?.['@Ccy'] ?? '') };
}

// Customer-facing words first: the bank's narration, then remittance text and the payer's name.
function narrationOf(ntry: Node): string {
  const tx = all(ntry, 'NtryDtls').flatMap((d) => all(d, 'TxDtls'));
  const parts = [
    text(ntry, 'AddtlNtryInf'),
    ...tx.flatMap((t) => all(at(t, 'RmtInf'), 'Ustrd').map((u) => (u['#text'] ?? '').trim())),
    ...tx.map(
      (t) => text(t, 'RltdPties', 'Dbtr', 'Nm') || text(t, 'RltdPties', 'Dbtr', 'Pty', 'Nm'),
    ),
    ...tx.map((t) => text(t, 'AddtlTxInf')),
  ];
  return [...new Set(parts.filter((p) => p !== ''))].join(' ');
}

function referenceOf(ntry: Node): string {
  const tx = at(ntry, 'NtryDtls', 'TxDtls');
  const candidates = [
    text(tx, 'Refs', 'EndToEndId'),
    text(ntry, 'AcctSvcrRef'),
    text(tx, 'Refs', 'AcctSvcrRef'),
    text(ntry, 'NtryRef'),
  ];
  return candidates.find((c) => c !== '' && c.toUpperCase() !== 'NOTPROVIDED') ?? '';
}

function entry(lineOf: LineOf, ntry: Node): ParsedLine {
  const a = amountOf(lineOf, ntry, 'Ntry');
  if (a.value === 0) return refuse(a.line, 'amount', 'Ntry Amt is zero');
  const valueDate = dateOf(at(ntry, 'ValDt'));
  const date = dateOf(at(ntry, 'BookgDt')) ?? valueDate;
  if (!date) return refuse(a.line, 'date', 'Ntry has no BookgDt or ValDt date (YYYY-MM-DD)');
  const line: ParsedLine = {
    line: a.line,
    date,
    narration: narrationOf(ntry),
    reference: referenceOf(ntry),
    direction: a.direction,
    amount: a.value,
  };
  if (valueDate) line.valueDate = valueDate;
  return line;
}

export function readCamt053(source: string): ParsedStatement {
  // camt.053 never declares entities; refusing a DOCTYPE rules out entity-expansion bombs.
  const doctype = /<!DOCTYPE/i.exec(source);
  if (doctype) {
    const line = source.slice(0, doctype.index).split('\n').length;
    return refuse(line, 'file', 'a camt.053 file has no DOCTYPE; this one does and is not read');
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true)
    return refuse(valid.err.line, 'file', `the XML is not well formed: ${valid.err.msg}`);
  const doc = parser.parse(source) as Node;
  const stmts = all(at(doc, 'Document', 'BkToCstmrStmt'), 'Stmt');
  if (stmts.length === 0)
    return refuse(1, 'file', 'the camt.053 file has no Document/BkToCstmrStmt/Stmt');
  const lineOf = lineFinder(source);
  const statement: ParsedStatement = { format: 'camt053', lines: [] };
  for (const stmt of stmts) {
    const acct = at(stmt, 'Acct');
    const account = text(acct, 'Id', 'IBAN') || text(acct, 'Id', 'Othr', 'Id');
    if (statement.accountNumber !== undefined && account !== statement.accountNumber) {
      return refuse(
        lineOf(stmt),
        'accountNumber',
        'the file holds statements of more than one account; import one account at a time',
      );
    }
    statement.accountNumber = account;
    const ccy = text(acct, 'Ccy');
    if (ccy) statement.currency ??= ccy;
    for (const bal of all(stmt, 'Bal')) {
      const code = text(bal, 'Tp', 'CdOrPrtry', 'Cd');
      const a = amountOf(lineOf, bal, `Bal ${code}`);
      const value = paise(a.direction === 'debit' ? -a.value : a.value);
      if ((code === 'OPBD' || code === 'PRCD') && statement.openingBalance === undefined) {
        [statement.openingBalance, statement.openingLine] = [value, a.line];
      }
      if (code === 'CLBD') [statement.closingBalance, statement.closingLine] = [value, a.line];
      if (a.currency) statement.currency ??= a.currency;
    }
    statement.lines.push(...all(stmt, 'Ntry').map((n) => entry(lineOf, n)));
    const from = text(stmt, 'FrToDt', 'FrDtTm').slice(0, 10);
    const to = text(stmt, 'FrToDt', 'ToDtTm').slice(0, 10);
    if (isIsoDate(from)) statement.from ??= from;
    if (isIsoDate(to)) statement.to = to;
  }
  if (statement.accountNumber === '') delete statement.accountNumber;
  const dates = statement.lines.map((l) => l.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first) statement.from ??= first;
  if (last) statement.to ??= last;
  return statement;
}
