import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { BankAccount } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { notifyError, notifySuccess } from '../ui/notify';
import { BankAccountDialog } from './BankAccountDialog';
import { withActive } from './bankAccountForm';

type Editing = { account: BankAccount | null } | null;

/** The accounts money is received into, each with the ledger account it posts to. */
export function BankAccounts() {
  const api = useApi();
  const [accounts, setAccounts] = useState<BankAccount[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(async () => {
    const r = await api.bankAccounts.list({ includeInactive: true });
    if (r.ok) setAccounts(r.data);
    else notifyError(r.error.message, 'Bank accounts could not be loaded');
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.bankAccounts.list({ includeInactive: true }).then((r) => {
      if (!live) return;
      if (r.ok) setAccounts(r.data);
      else notifyError(r.error.message, 'Bank accounts could not be loaded');
    });
    return () => {
      live = false;
    };
  }, [api]);

  const setActive = async (b: BankAccount, active: boolean) => {
    setBusy(b.id);
    const r = await api.bankAccounts.update({ id: b.id, values: withActive(b, active) });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, active ? 'Not reactivated' : 'Not retired');
    notifySuccess(active ? `${b.name} is active again` : `${b.name} retired`);
    await load();
  };

  return (
    <Paper withBorder p="md" radius="sm">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4} mb={4}>
            Bank accounts
          </Title>
          <Text size="sm" c="dimmed">
            Where receipts are paid in. Each posts to its own ledger account; retire one you no
            longer use and its history stays.
          </Text>
        </div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing({ account: null })}
        >
          Add bank account
        </Button>
      </Group>
      <Table striped highlightOnHover data-testid="bank-accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Bank</Table.Th>
            <Table.Th>Account number</Table.Th>
            <Table.Th w={120}>IFSC</Table.Th>
            <Table.Th>Posts to</Table.Th>
            <Table.Th w={90}>Status</Table.Th>
            <Table.Th w={190} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(accounts ?? []).map((b) => (
            <Table.Tr key={b.id} data-testid="bank-account-row">
              <Table.Td fw={500}>{b.name}</Table.Td>
              <Table.Td>{b.kind === 'cash' ? 'Cash' : (b.bankName ?? '')}</Table.Td>
              <Table.Td className="bahi-mono">{b.accountNumber ?? ''}</Table.Td>
              <Table.Td className="bahi-mono">{b.ifsc ?? ''}</Table.Td>
              <Table.Td>
                <Text span className="bahi-mono" size="sm">
                  {b.accountCode}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  {b.accountName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={b.active ? 'teal' : 'gray'}>
                  {b.active ? 'Active' : 'Retired'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end" gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Edit ${b.name}`}
                    onClick={() => setEditing({ account: b })}
                  >
                    Edit
                  </Button>
                  {b.kind === 'bank' && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${b.active ? 'Retire' : 'Reactivate'} ${b.name}`}
                      loading={busy === b.id}
                      onClick={() => void setActive(b, !b.active)}
                    >
                      {b.active ? 'Retire' : 'Reactivate'}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {accounts?.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          No bank accounts yet.
        </Text>
      )}
      {editing && (
        <BankAccountDialog
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notifySuccess(
              editing.account
                ? `${saved.name} saved`
                : `${saved.name} added — posts to ${saved.accountCode}`,
            );
            void load();
          }}
        />
      )}
    </Paper>
  );
}
