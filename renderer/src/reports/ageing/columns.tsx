import { Text } from '@mantine/core';
import { formatINR, paise } from '../../../../shared/money';
import type {
  AgeingCustomerRow,
  AgeingDocumentRow,
  AgeingReport,
} from '../../../../shared/reports/contract';
import { GST_KINDS, kindLabel } from '../../customer-accounts/format';
import { dateText } from '../../ui/dates';
import type { GridColumn } from './AgeingGrid';

const inr = (p: number) => formatINR(paise(p));
/**
 * A money column at least `min` wide and wide enough for its bold total: crores of receivables
 * must read whole, not end in an ellipsis. Widths of 13px bold figures (a digit or ₹ about 7.5px,
 * a comma or point 3.8px), the cell's 10px padding each side, and a little to spare.
 */
const moneyWidth = (min: number, total: string) => {
  const narrow = total.replace(/[^,.]/g, '').length;
  const text = (total.length - narrow) * 7.5 + narrow * 3.8;
  return `minmax(${Math.max(min, Math.ceil(text + 24))}px, 1fr)`;
};
/** Blank for nothing in a bucket: the eye finds the amounts. */
const amount = (p: number) => (p === 0 ? '' : inr(p));

/** What is in dispute: flagged in orange, still counted in its bucket. */
const disputedCell = (p: number) =>
  p === 0 ? (
    ''
  ) : (
    <Text
      span
      size="sm"
      c="orange.8"
      fw={600}
      title="In dispute: still aged, left out of reminders"
    >
      ⚑ {inr(p)}
    </Text>
  );

/** Invoices and notes open in Invoices, receipts in Receipts; the rest have no view of their own. */
export const canOpenDocument = (d: { kind: string }) =>
  GST_KINDS.has(d.kind) || d.kind === 'receipt';

export const bucketLabel = (r: Pick<AgeingReport, 'buckets'>, bucket: number | null) =>
  bucket === null ? 'On account' : (r.buckets[bucket]?.label ?? '');

/** Customer level: a money column per bucket, money on account, and the total. */
export function customerColumns(r: AgeingReport): GridColumn<AgeingCustomerRow>[] {
  return [
    {
      key: 'code',
      label: 'Code',
      width: '104px',
      mono: true,
      render: (c) => c.customerCode,
    },
    {
      key: 'name',
      label: 'Customer',
      width: 'minmax(170px, 2.2fr)',
      render: (c) => c.customerName,
      total: 'Total',
    },
    ...r.buckets.map((b, i): GridColumn<AgeingCustomerRow> => ({
      key: `b${i}`,
      label: b.label,
      width: moneyWidth(96, inr(r.totals.amounts[i]!)),
      align: 'right',
      numeric: true,
      render: (c) => amount(c.amounts[i]!),
      total: inr(r.totals.amounts[i]!),
    })),
    {
      key: 'onAccount',
      label: 'On account',
      width: moneyWidth(96, inr(r.totals.onAccount)),
      align: 'right',
      numeric: true,
      render: (c) => amount(c.onAccount),
      total: inr(r.totals.onAccount),
    },
    {
      key: 'total',
      label: 'Total',
      width: moneyWidth(120, inr(r.totals.total)),
      align: 'right',
      numeric: true,
      render: (c) => (
        <Text span fw={600} size="sm">
          {inr(c.total)}
        </Text>
      ),
      total: inr(r.totals.total),
    },
    {
      key: 'disputed',
      label: 'Disputed',
      width: moneyWidth(96, amount(r.totals.disputed)),
      align: 'right',
      numeric: true,
      render: (c) => disputedCell(c.disputed),
      total: amount(r.totals.disputed),
    },
  ];
}

export function customerSortValue(c: AgeingCustomerRow, key: string): string | number | null {
  if (key === 'code') return c.customerCode;
  if (key === 'name') return c.customerName;
  if (key === 'onAccount') return c.onAccount;
  if (key === 'disputed') return c.disputed;
  if (key === 'total') return c.total;
  if (key.startsWith('b')) return c.amounts[Number(key.slice(1))] ?? null;
  return null;
}

/** Document level (and a customer's documents in the drill-down): one row per open item. */
export function documentColumns(
  r: AgeingReport,
  opts: { withCustomer: boolean },
): GridColumn<AgeingDocumentRow>[] {
  const customer: GridColumn<AgeingDocumentRow>[] = opts.withCustomer
    ? [
        { key: 'code', label: 'Code', width: '110px', mono: true, render: (d) => d.customerCode },
        {
          key: 'name',
          label: 'Customer',
          width: 'minmax(180px, 2fr)',
          render: (d) => d.customerName,
          total: 'Total',
        },
      ]
    : [];
  return [
    ...customer,
    {
      key: 'kind',
      label: 'Document',
      width: '130px',
      render: (d) => kindLabel(d.kind),
      ...(opts.withCustomer ? {} : { total: 'Total' }),
    },
    {
      key: 'number',
      label: 'Number',
      width: 'minmax(140px, 1fr)',
      mono: true,
      render: (d) => d.number,
    },
    { key: 'date', label: 'Date', width: '104px', render: (d) => dateText(d.date) },
    { key: 'dueDate', label: 'Due date', width: '104px', render: (d) => dateText(d.dueDate) },
    {
      key: 'days',
      label: 'Days',
      width: '70px',
      align: 'right',
      numeric: true,
      render: (d) => d.days,
    },
    {
      key: 'bucket',
      label: 'Bucket',
      width: '100px',
      render: (d) => bucketLabel(r, d.bucket),
    },
    {
      key: 'amount',
      label: 'Amount',
      width: moneyWidth(120, inr(r.totals.total)),
      align: 'right',
      numeric: true,
      render: (d) => inr(d.amount),
      total: inr(r.totals.total),
    },
    {
      key: 'disputed',
      label: 'Disputed',
      width: moneyWidth(110, amount(r.totals.disputed)),
      align: 'right',
      numeric: true,
      render: (d) => disputedCell(d.disputed),
      total: amount(r.totals.disputed),
    },
  ];
}

export function documentSortValue(d: AgeingDocumentRow, key: string): string | number | null {
  switch (key) {
    case 'code':
      return d.customerCode;
    case 'name':
      return d.customerName;
    case 'kind':
      return kindLabel(d.kind);
    case 'number':
      return d.number;
    case 'date':
      return d.date;
    case 'dueDate':
      return d.dueDate;
    case 'days':
      return d.days;
    case 'bucket':
      return d.bucket ?? -1;
    case 'amount':
      return d.amount;
    case 'disputed':
      return d.disputed;
    default:
      return null;
  }
}
