import { Alert, Box, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useApi } from '../api/context';
import { notifyError } from '../ui/notify';
import { CompanyForm } from './CompanyForm';

/** First run: the ledger has no company yet. */
export function CompanySetup({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const [opening, setOpening] = useState(false);

  const openSample = async () => {
    setOpening(true);
    const r = await api.app.openSample();
    setOpening(false);
    if (r.ok) onDone();
    else notifyError(r.error.message, 'Could not open the sample company');
  };

  return (
    <Box mih="100%" py={40} bg="gray.0">
      <Container size={1100}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <div>
              <Group gap={8}>
                <IconBuildingStore size={26} color="var(--mantine-color-ledger-8)" />
                <Title order={2}>Set up your company</Title>
              </Group>
              <Text c="dimmed" size="sm" mt={4}>
                Bahi keeps one ledger per company on this computer. These details print on invoices
                and statements; you can change them later under Company.
              </Text>
            </div>
          </Group>
          <Alert
            variant="light"
            color="ledger"
            icon={<IconFlask size={18} />}
            title="Just looking around?"
          >
            <Group justify="space-between" align="center">
              <Text size="sm">
                Open a sample company with customers across India and a year of invoices, receipts
                and overdue bills. Your own ledger stays untouched.
              </Text>
              <Button variant="white" loading={opening} onClick={() => void openSample()}>
                Open sample company
              </Button>
            </Group>
          </Alert>
          <CompanyForm
            company={null}
            submitLabel="Create company"
            submit={(input) => api.company.setup(input)}
            onSaved={onDone}
          />
        </Stack>
      </Container>
    </Box>
  );
}
