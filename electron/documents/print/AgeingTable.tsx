// A balance by age in one row: a column per bucket, then what is on account and the total.
import type { ReactNode } from 'react';
import { paise } from '../../../shared/money';
import { amount } from './format';

export function AgeingTable(props: {
  caption: ReactNode;
  buckets: { label: string; amount: number }[];
  /** Printed as given: a statement says Dr or Cr, a case summary does not. */
  onAccount: string;
  totalLabel: string;
  total: string;
  className?: string;
}) {
  return (
    <table className={props.className ?? 'summary'}>
      <thead>
        <tr>
          <th colSpan={props.buckets.length + 2}>{props.caption}</th>
        </tr>
        <tr>
          {props.buckets.map((b) => (
            <th key={b.label}>{b.label}</th>
          ))}
          <th>On Account</th>
          <th>{props.totalLabel}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="sum">
          {props.buckets.map((b) => (
            <td key={b.label}>{amount(paise(b.amount))}</td>
          ))}
          <td>{props.onAccount}</td>
          <td>{props.total}</td>
        </tr>
      </tbody>
    </table>
  );
}
