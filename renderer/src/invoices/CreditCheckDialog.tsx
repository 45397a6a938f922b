import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import type { CreditCheck } from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';

interface CreditCheckDialogProps {
  check: CreditCheck | null;
  customerName: string;
  busy: boolean;
  onIssueAnyway: () => void;
  onClose: () => void;
}

const inr = (p: number) => formatINR(paise(p));

/**
 * The credit check's problems before issuing. The company decides: `warn` lets the user issue
 * anyway, `block` does not, and the dialog says what would let it through.
 */
export function CreditCheckDialog({
  check,
  customerName,
  busy,
  onIssueAnyway,
  onClose,
}: CreditCheckDialogProps) {
  const blocked = check?.mode === 'block';
  return (
    <Modal
      opened={check !== null}
      onClose={onClose}
      title={<Text fw={600}>{blocked ? 'Cannot issue: credit check' : 'Credit check'}</Text>}
      centered
      size="md"
    >
      {check && (
        <Stack gap="md">
          <Alert
            color={blocked ? 'red' : 'orange'}
            icon={blocked ? <IconBan size={18} /> : <IconAlertTriangle size={18} />}
            data-testid="credit-problems"
          >
            <List size="sm" spacing={2}>
              {check.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
          <SimpleGrid cols={3} spacing="xs">
            <Figure label="Owes now" value={inr(check.exposure)} />
            <Figure label="After this document" value={inr(check.exposureAfter)} />
            <Figure
              label="Credit limit"
              value={check.creditLimit === null ? 'No limit' : inr(check.creditLimit)}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {blocked
              ? `The company's credit setting blocks documents for customers on hold or over their limit. Record a receipt from ${customerName}, raise the limit or lift the hold, then issue. The draft is saved.`
              : "The company's credit setting warns but lets you issue. The draft is saved either way."}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              {blocked ? 'Close' : 'Cancel'}
            </Button>
            {!blocked && (
              <Button color="orange" loading={busy} onClick={onIssueAnyway}>
                Issue anyway
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} className="bahi-number">
        {value}
      </Text>
    </Stack>
  );
}
