// A customer's account as the AR executive reads it, built from the journal's AR lines (so it is
// what the auditor sees), with the open items and allocations beside it.
import type { CustomerLedger, LedgerEntry } from '../../shared/receipts/contract';
import { tdsQuarter } from '../../shared/receipts/tds';
import { getCustomer } from '../customers/customers';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { allocationsOfCustomer } from './allocation-rows';
import { openItemsOf } from './receipts';

const AR_LINES = `from journal_lines l
  join journals j on j.id = l.journal_id
  join accounts a on a.id = l.account_id and a.system_key = 'AR'
  left join documents d on d.id = j.document_id
  where l.customer_id = @customerId`;

export function customerLedger(
  ledger: Ledger,
  q: { customerId: number; from: string | null; to: string | null },
): CustomerLedger {
  const customer = getCustomer(ledger, q.customerId);
  const params = {
    customerId: q.customerId,
    from: q.from ?? '0000-00-00',
    to: q.to ?? '9999-12-31',
  };
  const opening = prepared(
    ledger.sqlite,
    `select coalesce(sum(l.debit) - sum(l.credit), 0) ${AR_LINES} and j.date < @from`,
  )
    .pluck()
    .get(params) as number;
  const rows = prepared(
    ledger.sqlite,
    `select j.date, j.document_id as documentId, d.kind, d.number, j.narration, l.debit, l.credit
     ${AR_LINES} and j.date between @from and @to order by j.date, j.id, l.id`,
  ).all(params) as Omit<LedgerEntry, 'balance'>[];
  let balance = opening;
  const entries = rows.map((r) => {
    balance += r.debit - r.credit;
    return { ...r, balance };
  });
  const open = openItemsOf(ledger, q.customerId);
  return {
    customerId: customer.id,
    customerCode: customer.code,
    customerName: customer.name,
    from: q.from,
    to: q.to,
    opening,
    entries,
    closing: balance,
    open,
    onAccount: open.credits.reduce((s, c) => s + c.openBalance, 0),
    allocations: allocationsOfCustomer(ledger, q.customerId),
  };
}

export interface TdsRegisterRow {
  customerCode: string;
  customerName: string;
  pan: string | null;
  section: string;
  quarter: string;
  receipts: number;
  tdsAmount: number;
}

/**
 * TDS customers deducted, by customer, section and quarter, to match with Form 26AS. A bounced
 * cheque's TDS was reversed with it, so it is left out.
 */
export function tdsRegister(
  ledger: Ledger,
  q: { from: string | null; to: string | null; customerId?: number | undefined },
): TdsRegisterRow[] {
  const rows = prepared(
    ledger.sqlite,
    `select c.code, c.name, c.pan, coalesce(r.tds_section, 'Not stated') as section, d.date, r.tds_amount as tds
       from documents d join receipt_details r on r.document_id = d.id join customers c on c.id = d.customer_id
       where d.kind = 'receipt' and d.status = 'issued' and r.tds_amount > 0
         and d.date between @from and @to and (@customerId is null or d.customer_id = @customerId)
         and not exists (select 1 from cheque_events e where e.document_id = d.id and e.event = 'bounced')
       order by c.code, r.tds_section, d.date`,
  ).all({
    from: q.from ?? '0000-00-00',
    to: q.to ?? '9999-12-31',
    customerId: q.customerId ?? null,
  }) as {
    code: string;
    name: string;
    pan: string | null;
    section: string;
    date: string;
    tds: number;
  }[];
  const groups = new Map<string, TdsRegisterRow>();
  for (const r of rows) {
    const quarter = tdsQuarter(r.date);
    const key = `${r.code}\u0000${r.section}\u0000${quarter}`;
    const g = groups.get(key) ?? {
      customerCode: r.code,
      customerName: r.name,
      pan: r.pan,
      section: r.section,
      quarter,
      receipts: 0,
      tdsAmount: 0,
    };
    g.receipts += 1;
    g.tdsAmount += r.tds;
    groups.set(key, g);
  }
  return [...groups.values()];
}
