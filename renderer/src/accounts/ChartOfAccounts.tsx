import { Badge, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Account } from '../../../shared/accounts/contract';
import { useApi } from '../api/context';
import { notifyError, notifySuccess } from '../ui/notify';

/** The chart Bahi posts to. Names can match Tally's; what each account is for never changes. */
export function ChartOfAccounts() {
  const api = useApi();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [names, setNames] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});

  useEffect(() => {
    let live = true;
    void api.accounts.list().then((r) => {
      if (!live) return;
      if (r.ok) setAccounts(r.data);
      else notifyError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const rename = async (a: Account) => {
    const name = names[a.id] ?? a.name;
    if (name === a.name) return;
    const r = await api.accounts.rename({ id: a.id, name });
    if (!r.ok) {
      setErrors((e) => ({ ...e, [a.id]: r.error.message }));
      return;
    }
    setErrors(({ [a.id]: _gone, ...rest }) => rest);
    setAccounts((list) => list?.map((x) => (x.id === a.id ? r.data : x)) ?? null);
    notifySuccess(`Renamed to ${r.data.name}`);
  };

  return (
    <Paper withBorder p="md" radius="sm">
      <Title order={4} mb={4}>
        Chart of accounts
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Rename an account to match your books; postings and history stay with it.
      </Text>
      <Table striped highlightOnHover data-testid="chart-of-accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th w={110}>Type</Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(accounts ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td className="bahi-mono">{a.code}</Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`Name of account ${a.code}`}
                  value={names[a.id] ?? a.name}
                  error={errors[a.id]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setNames((n) => ({ ...n, [a.id]: value }));
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void rename(a);
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {a.type}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Button
                    size="xs"
                    variant="light"
                    disabled={(names[a.id] ?? a.name) === a.name}
                    onClick={() => void rename(a)}
                  >
                    Rename
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
