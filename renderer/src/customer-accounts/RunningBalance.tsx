// The parts an account with a running balance is drawn from, as the customer's ledger and the
// statement of account both show it: Debit, Credit and Balance on the right, an opening line,
// every entry, a closing line.
import { Table, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { dateText } from '../ui/dates';
import { drCr } from './format';

/** The last three headings, right-aligned over the figures. */
export function AmountHeadings() {
  return (
    <>
      <Table.Th w={140} ta="right">
        Debit
      </Table.Th>
      <Table.Th w={140} ta="right">
        Credit
      </Table.Th>
      <Table.Th w={170} ta="right">
        Balance
      </Table.Th>
    </>
  );
}

/** A figure, right-aligned by digit. */
export function AmountCell({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <Table.Td ta="right" className="bahi-number" data-testid={testId}>
      {children}
    </Table.Td>
  );
}

/** The opening or closing balance on its date, Dr or Cr in the Balance column. */
export function BalanceLine({
  date,
  label,
  balance,
  testId,
  ...row
}: { date: string | null; label: string; balance: number; testId: string } & TableTrProps) {
  return (
    <Table.Tr fw={600} {...row}>
      <Table.Td className="bahi-number">{dateText(date)}</Table.Td>
      <Table.Td colSpan={5}>{label}</Table.Td>
      <AmountCell testId={testId}>{drCr(balance)}</AmountCell>
    </Table.Tr>
  );
}

/** In place of the entries when the period has none. */
export function NothingPostedRow() {
  return (
    <Table.Tr>
      <Table.Td colSpan={7} c="dimmed" ta="center">
        Nothing posted in this period
      </Table.Td>
    </Table.Tr>
  );
}
