// Customer balances as other books (Tally) show them on a date, matched to our customers and
// compared with ours. An import replaces the whole set for its source and date; a balance
// entered by hand replaces that customer's figure in the set. Both are audited.
import type {
  ComparisonReport,
  ComparisonRow,
  ComparisonStatus,
  MatchedBy,
} from '../../shared/books-reconciliation/contract';
import { BahiError } from '../../shared/result';
import { gstinsIn, normaliseName } from '../bank-reconciliation/names';
import { runCommand } from '../ledger/command';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { subLedgerBalances } from './control';
import { readTallyOutstanding, type TallyRow } from './tally';

interface Customer {
  id: number;
  code: string;
  name: string;
  gstin: string | null;
}

type Match = { customerId: number; by: MatchedBy } | { customerId: null; reason: string };

const exact = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function many<K>(rows: Customer[], key: (c: Customer) => K | null): Map<K, Customer[]> {
  const out = new Map<K, Customer[]>();
  for (const c of rows) {
    const k = key(c);
    if (k === null || k === '') continue;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** Matches parties to customers: by code, exact name, normalised name, learnt alias, GSTIN. */
export function partyMatcher(ledger: Ledger): (row: Omit<TallyRow, 'line' | 'balance'>) => Match {
  const customers = prepared(
    ledger.sqlite,
    'select id, code, name, gstin from customers',
  ).all() as Customer[];
  const byCode = many(customers, (c) => c.code.toUpperCase());
  const byName = many(customers, (c) => exact(c.name));
  const byNormal = many(customers, (c) => normaliseName(c.name));
  const byGstin = many(customers, (c) => c.gstin?.toUpperCase() ?? null);
  const aliases = new Map(
    (
      prepared(
        ledger.sqlite,
        'select alias, customer_id as customerId from bank_aliases',
      ).all() as {
        alias: string;
        customerId: number;
      }[]
    ).map((a) => [a.alias, a.customerId]),
  );
  const codes = (cs: Customer[]) => cs.map((c) => c.code).join(', ');
  return (row) => {
    const steps: [MatchedBy, Customer[] | undefined][] = [
      ['code', row.code ? byCode.get(row.code.trim().toUpperCase()) : undefined],
      ['name', byName.get(exact(row.partyName))],
      ['normalised', byNormal.get(normaliseName(row.partyName))],
    ];
    for (const [by, found] of steps) {
      if (found?.length === 1) return { customerId: found[0]!.id, by };
      if (found && found.length > 1) {
        return {
          customerId: null,
          reason: `the ${by} fits ${found.length} customers: ${codes(found)}`,
        };
      }
    }
    const alias = aliases.get(normaliseName(row.partyName));
    if (alias !== undefined) return { customerId: alias, by: 'alias' };
    for (const g of [row.gstin, ...gstinsIn(row.partyName)]) {
      const found = g ? byGstin.get(g.toUpperCase()) : undefined;
      if (found?.length === 1) return { customerId: found[0]!.id, by: 'gstin' };
      if (found && found.length > 1) {
        return {
          customerId: null,
          reason: `GSTIN ${g!} belongs to ${found.length} customers: ${codes(found)}`,
        };
      }
    }
    return { customerId: null, reason: 'no customer with this code, name, alias or GSTIN' };
  };
}

interface Stored {
  customerId: number | null;
  partyName: string;
  balance: number;
  matchedBy: MatchedBy | null;
  line: number | null;
}

const setRows = (ledger: Ledger, source: string, asOf: string) =>
  prepared(
    ledger.sqlite,
    `select customer_id as customerId, party_name as partyName, balance, matched_by as matchedBy, line
       from external_balances where source = ? and as_of = ? order by id`,
  ).all(source, asOf) as Stored[];

export interface TallyImport {
  source: string;
  asOf: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Read a Tally outstanding report and store it as the set for its source and date. */
export async function importTallyOutstanding(ledger: Ledger, input: TallyImport, actor: string) {
  const rows = await readTallyOutstanding(input.fileName, input.bytes);
  const match = partyMatcher(ledger);
  const byCustomer = new Map<number, Stored>();
  const unmatched: Stored[] = [];
  const reasons = new Map<Stored, string>();
  for (const row of rows) {
    const m = match(row);
    if (m.customerId === null) {
      const s: Stored = { ...row, customerId: null, matchedBy: null };
      unmatched.push(s);
      reasons.set(s, m.reason);
      continue;
    }
    const seen = byCustomer.get(m.customerId);
    if (seen) {
      // Two ledgers in Tally for one customer here: their balances add up.
      seen.balance += row.balance;
      seen.partyName = `${seen.partyName} + ${row.partyName}`;
    } else {
      byCustomer.set(m.customerId, {
        customerId: m.customerId,
        partyName: row.partyName,
        balance: row.balance,
        matchedBy: m.by,
        line: row.line,
      });
    }
  }
  const stored = [...byCustomer.values(), ...unmatched];
  const replaced = runCommand(
    ledger,
    { command: 'booksReconciliation.importTally', actor },
    (cx) => {
      const before = setRows(ledger, input.source, input.asOf);
      prepared(cx.sqlite, 'delete from external_balances where source = ? and as_of = ?').run(
        input.source,
        input.asOf,
      );
      const insert = prepared(
        cx.sqlite,
        `insert into external_balances (source, as_of, customer_id, party_name, balance, matched_by, file_name, line, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const s of stored) {
        insert.run(
          input.source,
          input.asOf,
          s.customerId,
          s.partyName,
          s.balance,
          s.matchedBy,
          input.fileName,
          s.line,
          cx.now,
        );
      }
      cx.audit({
        entity: 'external_balances',
        entityId: `${input.source}:${input.asOf}`,
        before: before.length ? before : null,
        after: { fileName: input.fileName, rows: stored },
      });
      return before.length;
    },
  );
  return {
    source: input.source,
    asOf: input.asOf,
    rowsRead: rows.length,
    matched: byCustomer.size,
    unmatched: unmatched.map((s) => ({
      line: s.line ?? 0,
      partyName: s.partyName,
      balance: s.balance,
      reason: reasons.get(s) ?? '',
    })),
    replaced,
    total: stored.reduce((t, s) => t + s.balance, 0),
  };
}

function customerOf(ledger: Ledger, id: number): Customer {
  const c = prepared(ledger.sqlite, 'select id, code, name, gstin from customers where id = ?').get(
    id,
  ) as Customer | undefined;
  if (!c) {
    throw new BahiError(
      'NOT_FOUND',
      `There is no customer #${String(id)}; choose one from the list`,
      {
        field: 'customerId',
      },
    );
  }
  return c;
}

/** Enter one customer's balance as the other books show it; replaces any figure for that date. */
export function setExternalBalance(
  ledger: Ledger,
  input: { source: string; asOf: string; customerId: number; balance: number; partyName?: string },
  actor: string,
): ComparisonRow {
  const c = customerOf(ledger, input.customerId);
  runCommand(ledger, { command: 'booksReconciliation.setBalance', actor }, (cx) => {
    let party: Stored | undefined;
    if (input.partyName !== undefined) {
      party = setRows(ledger, input.source, input.asOf).find(
        (r) => r.customerId === null && r.partyName === input.partyName,
      );
      if (!party) {
        throw new BahiError(
          'NOT_FOUND',
          `No unmatched party "${input.partyName}" in the ${input.source} balances of ${input.asOf}; import the report again`,
          { field: 'partyName' },
        );
      }
      prepared(
        cx.sqlite,
        'delete from external_balances where source = ? and as_of = ? and customer_id is null and party_name = ?',
      ).run(input.source, input.asOf, input.partyName);
    }
    const before = prepared(
      cx.sqlite,
      `select id, party_name as partyName, balance, matched_by as matchedBy from external_balances
        where source = ? and as_of = ? and customer_id = ?`,
    ).get(input.source, input.asOf, c.id) as
      { id: number; partyName: string; balance: number; matchedBy: string } | undefined;
    if (before) {
      prepared(
        cx.sqlite,
        `update external_balances set balance = ?, party_name = coalesce(?, party_name),
           matched_by = 'chosen', file_name = null, line = null, created_at = ? where id = ?`,
      ).run(input.balance, input.partyName ?? null, cx.now, before.id);
    } else {
      prepared(
        cx.sqlite,
        `insert into external_balances (source, as_of, customer_id, party_name, balance, matched_by, created_at)
         values (?, ?, ?, ?, ?, 'chosen', ?)`,
      ).run(input.source, input.asOf, c.id, input.partyName ?? c.name, input.balance, cx.now);
    }
    cx.audit({
      entity: 'external_balances',
      entityId: `${input.source}:${input.asOf}:${c.code}`,
      before: before || party ? { customer: before ?? null, unmatchedParty: party ?? null } : null,
      after: { customerId: c.id, balance: input.balance, partyName: input.partyName ?? null },
    });
  });
  return compareBalances(ledger, { source: input.source, asOf: input.asOf }).rows.find(
    (r) => r.customerId === c.id,
  )!;
}

const STATUS_ORDER: Record<ComparisonStatus, number> = {
  different: 0,
  only_external: 1,
  only_bahi: 2,
  equal: 3,
};

const byText = new Intl.Collator().compare;

/** Their balances against ours (the sub-ledger) as of the set's date. */
export function compareBalances(
  ledger: Ledger,
  q: { source: string; asOf: string; differencesOnly?: boolean },
): ComparisonReport {
  const ours = subLedgerBalances(ledger, q.asOf);
  const theirs = setRows(ledger, q.source, q.asOf);
  const customers = new Map(
    (
      prepared(ledger.sqlite, 'select id, code, name, gstin from customers').all() as Customer[]
    ).map((c) => [c.id, c]),
  );
  const rows: ComparisonRow[] = [];
  const seen = new Set<number>();
  for (const t of theirs) {
    const c = t.customerId === null ? undefined : customers.get(t.customerId);
    if (!c) {
      rows.push({
        status: 'only_external',
        customerId: null,
        customerCode: null,
        customerName: null,
        partyName: t.partyName,
        matchedBy: null,
        ours: null,
        theirs: t.balance,
        difference: null,
      });
      continue;
    }
    seen.add(c.id);
    const o = ours.get(c.id) ?? 0;
    rows.push({
      status: o === t.balance ? 'equal' : 'different',
      customerId: c.id,
      customerCode: c.code,
      customerName: c.name,
      partyName: t.partyName,
      matchedBy: t.matchedBy,
      ours: o,
      theirs: t.balance,
      difference: o - t.balance,
    });
  }
  for (const [id, o] of ours) {
    if (seen.has(id) || o === 0) continue;
    const c = customers.get(id)!;
    rows.push({
      status: 'only_bahi',
      customerId: id,
      customerCode: c.code,
      customerName: c.name,
      partyName: null,
      matchedBy: null,
      ours: o,
      theirs: null,
      difference: null,
    });
  }
  rows.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      byText(a.customerName ?? a.partyName ?? '', b.customerName ?? b.partyName ?? ''),
  );
  const counts = { equal: 0, different: 0, only_external: 0, only_bahi: 0 };
  for (const r of rows) counts[r.status]++;
  const kept = q.differencesOnly ? rows.filter((r) => r.status !== 'equal') : rows;
  const oursTotal = rows.reduce((s, r) => s + (r.ours ?? 0), 0);
  const theirsTotal = rows.reduce((s, r) => s + (r.theirs ?? 0), 0);
  const updatedAt = prepared(
    ledger.sqlite,
    'select max(created_at) from external_balances where source = ? and as_of = ?',
  )
    .pluck()
    .get(q.source, q.asOf) as string | null;
  return {
    source: q.source,
    asOf: q.asOf,
    rows: kept,
    counts,
    totals: { ours: oursTotal, theirs: theirsTotal, difference: oursTotal - theirsTotal },
    updatedAt,
  };
}
