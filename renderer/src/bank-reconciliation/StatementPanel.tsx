import { Alert, Group, Loader, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { BankReconciliationStatement } from '../../../shared/bank-reconciliation/contract';
import { inr, NOWRAP } from '../customer-accounts/format';
import { dateText } from '../ui/dates';

type Item = BankReconciliationStatement['items'][number];
type Kind = Item['kind'];

// The order a reconciliation statement is read in: the bank's opening, then the books' side.
const KINDS: Kind[] = [
  'statement_opening',
  'in_books_not_in_bank_debit',
  'in_books_not_in_bank_credit',
  'in_bank_not_in_books_credit',
  'in_bank_not_in_books_debit',
];

/** Add what raises the books to the bank's figure, less what lowers it. */
const signed = (p: number) => (p < 0 ? `Less ${inr(-p)}` : `Add ${inr(p)}`);

function Figure({ label, amount, testId }: { label: string; amount: number; testId: string }) {
  return (
    <Table.Tr fw={600}>
      <Table.Td colSpan={2}>{label}</Table.Td>
      <Table.Td ta="right" data-testid={testId} style={NOWRAP}>
        {inr(amount)}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The bank reconciliation statement: balance per books, each reconciling item by kind, and the
 * balance per bank; "Agrees" when books + items come to the bank's balance, else the difference.
 */
export function StatementPanel({ statement }: { statement: BankReconciliationStatement | null }) {
  if (!statement) return <Loader size="sm" />;
  const s = statement;
  const reconciled = s.balancePerBooks + s.items.reduce((t, i) => t + i.amount, 0);
  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Alert
        color={s.balanced ? 'green' : 'red'}
        icon={s.balanced ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
        title={
          s.balanced
            ? 'Agrees: the books and the reconciling items come to the balance per bank'
            : `Does not agree: the balance per bank differs by ${inr(s.difference)}`
        }
        data-testid="statement-result"
      >
        <Group gap="xl" className="bahi-number">
          <Text size="sm">
            Per books on {dateText(s.asOf)}: <b>{inr(s.balancePerBooks)}</b>
          </Text>
          <Text size="sm">
            Per bank: <b>{inr(s.balancePerBank)}</b>
          </Text>
          <Text size="sm">
            Difference: <b data-testid="statement-difference">{inr(s.difference)}</b>
          </Text>
        </Group>
        {!s.balanced && (
          <Text size="xs" mt={6}>
            The statement&apos;s own balances do not follow from its lines: check the file for a
            missing or doubled line.
          </Text>
        )}
      </Alert>
      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <ScrollArea style={{ flex: 1 }}>
          <Table fz="sm" verticalSpacing={4} aria-label="Bank reconciliation statement">
            <Table.Tbody className="bahi-number">
              <Figure
                label={`Balance per books (${s.bankAccountName}) on ${dateText(s.asOf)}`}
                amount={s.balancePerBooks}
                testId="balance-per-books"
              />
              {KINDS.map((kind) => {
                const items = s.items.filter((i) => i.kind === kind);
                if (items.length === 0) return null;
                return (
                  <Fragment key={kind}>
                    <Table.Tr bg="gray.0">
                      <Table.Td colSpan={2} fw={500}>
                        {items[0]!.label}
                      </Table.Td>
                      <Table.Td ta="right" fw={500} data-testid={`total-${kind}`} style={NOWRAP}>
                        {signed(s.totals[kind] ?? 0)}
                      </Table.Td>
                    </Table.Tr>
                    {items.map((i, n) => (
                      <Table.Tr key={n} data-testid="reconciling-item">
                        <Table.Td w={120} pl="lg" style={NOWRAP}>
                          {dateText(i.date)}
                        </Table.Td>
                        <Table.Td className="bahi-mono">
                          {i.documentNumber ?? i.narration ?? ''}
                        </Table.Td>
                        <Table.Td ta="right" c="dimmed" style={NOWRAP}>
                          {signed(i.amount)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Fragment>
                );
              })}
              <Figure
                label="Books and reconciling items"
                amount={reconciled}
                testId="books-and-items"
              />
              <Figure
                label="Balance per bank statement"
                amount={s.balancePerBank}
                testId="balance-per-bank"
              />
            </Table.Tbody>
          </Table>
          {s.items.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" pb="sm">
              No reconciling items: every entry in the books is on the statement and every line of
              the statement is in the books.
            </Text>
          )}
        </ScrollArea>
      </Paper>
    </Stack>
  );
}
