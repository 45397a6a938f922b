// Statement of account: what a customer is sent. Built from the journal's AR lines for the
// period (so it agrees with the books), each line described the way the customer knows it.
import { ageingQuery, type StatementOfAccount } from '../../shared/reports/contract';
import { requireCompany } from '../company/company';
import { getCustomer } from '../customers/customers';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { ageingReport } from './ageing';

const MODE: Record<string, string> = {
  cheque: 'Cheque',
  neft: 'NEFT',
  rtgs: 'RTGS',
  imps: 'IMPS',
  upi: 'UPI',
  card: 'Card',
  cash: 'Cash',
  other: 'Other',
};

interface Line {
  date: string;
  documentId: number | null;
  kind: string | null;
  number: string | null;
  reference: string | null;
  dueDate: string | null;
  mode: string | null;
  instrument: string | null;
  tds: number | null;
  narration: string;
  debit: number;
  credit: number;
}

function particulars(l: Line): string {
  const ref = l.reference ? ` (your ref. ${l.reference})` : '';
  switch (l.kind) {
    case 'invoice':
      return `Invoice${ref}`;
    case 'opening_invoice':
      return `Opening balance invoice${ref}`;
    case 'debit_note':
      return `Debit note${ref}`;
    case 'credit_note':
      return `Credit note${ref}`;
    case 'receipt': {
      const how = l.mode
        ? `${MODE[l.mode] ?? l.mode}${l.instrument ? ` ${l.instrument}` : ''}`
        : '';
      return `Payment received${how ? ` by ${how}` : ''}${l.tds ? ' (incl. TDS deducted)' : ''}`;
    }
    case 'cheque_return':
      return `Cheque ${l.reference ?? ''} returned unpaid`.replace('  ', ' ');
    case 'refund':
      return `Refund paid${ref}`;
    case 'write_off':
      return 'Balance written off';
    case 'payment_plan':
      return 'Payment plan: invoices moved into instalments';
    case 'instalment':
      return `Instalment${l.reference ? ` of payment plan ${l.reference}` : ''}`;
    default:
      return l.narration;
  }
}

export function statementOf(
  ledger: Ledger,
  q: { customerId: number; from: string; to: string },
): StatementOfAccount {
  const company = requireCompany(ledger);
  const customer = getCustomer(ledger, q.customerId);
  const ar = `from journal_lines l
    join journals j on j.id = l.journal_id
    join accounts a on a.id = l.account_id and a.system_key = 'AR'
    left join documents d on d.id = j.document_id
    left join receipt_details r on r.document_id = d.id
    where l.customer_id = @customerId`;
  const params = { customerId: q.customerId, from: q.from, to: q.to };
  const opening = prepared(
    ledger.sqlite,
    `select coalesce(sum(l.debit) - sum(l.credit), 0) ${ar} and j.date < @from`,
  )
    .pluck()
    .get(params) as number;
  const lines = prepared(
    ledger.sqlite,
    `select j.date, d.id as documentId, d.kind, d.number, d.reference, d.due_date as dueDate, r.mode,
         r.instrument_number as instrument, r.tds_amount as tds, j.narration, l.debit, l.credit
     ${ar} and j.date between @from and @to order by j.date, j.id, l.id`,
  ).all(params) as Line[];
  let balance = opening;
  const entries = lines.map((l) => {
    balance += l.debit - l.credit;
    return {
      date: l.date,
      documentId: l.documentId,
      kind: l.kind,
      number: l.number,
      particulars: particulars(l),
      dueDate:
        l.kind === 'invoice' ||
        l.kind === 'debit_note' ||
        l.kind === 'opening_invoice' ||
        l.kind === 'instalment'
          ? l.dueDate
          : null,
      debit: l.debit,
      credit: l.credit,
      balance,
    };
  });
  const ageing = ageingReport(ledger, ageingQuery.parse({ asOf: q.to, customerId: q.customerId }));
  const row = ageing.customers[0];
  return {
    company: {
      legalName: company.legalName,
      gstin: company.gstin,
      address: company.address,
      stateCode: company.stateCode,
      email: company.email,
      phone: company.phone,
      bank: company.bank,
    },
    customer: {
      id: customer.id,
      code: customer.code,
      name: customer.name,
      gstin: customer.gstin,
      address: customer.billingAddress,
      email: customer.email,
    },
    from: q.from,
    to: q.to,
    opening,
    entries,
    closing: balance,
    totals: {
      debit: entries.reduce((s, e) => s + e.debit, 0),
      credit: entries.reduce((s, e) => s + e.credit, 0),
    },
    ageing: {
      buckets: ageing.buckets,
      amounts: row?.amounts ?? ageing.buckets.map(() => 0),
      onAccount: row?.onAccount ?? 0,
      total: row?.total ?? 0,
    },
  };
}
