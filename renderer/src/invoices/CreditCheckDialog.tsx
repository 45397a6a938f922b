import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import type { CreditOverride } from '../../../shared/credit/contract';
import type { CreditCheck } from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';

interface CreditCheckDialogProps {
  check: CreditCheck | null;
  customerName: string;
  busy: boolean;
  /** Warn mode: null. Block mode: who approved the override and why. */
  onIssueAnyway: (override: CreditOverride | null) => void;
  onClose: () => void;
}

const inr = (p: number) => formatINR(paise(p));

/**
 * The credit check's problems before issuing. The company decides: `warn` lets the user issue
 * anyway; `block` does only with an override, naming who approved it and why (recorded and audited).
 */
export function CreditCheckDialog({
  check,
  customerName,
  busy,
  onIssueAnyway,
  onClose,
}: CreditCheckDialogProps) {
  const blocked = check?.mode === 'block';
  const [approvedBy, setApprovedBy] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const override = () => {
    if (!approvedBy.trim() || !reason.trim()) return setMissing(true);
    onIssueAnyway({ approvedBy: approvedBy.trim(), reason: reason.trim() });
  };
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
              ? `The company's credit setting blocks documents for customers on hold or over their limit. Record a receipt from ${customerName}, raise the limit or lift the hold, then issue — or override below, naming who approved it and why. The draft is saved.`
              : "The company's credit setting warns but lets you issue. The draft is saved either way."}
          </Text>
          {blocked && (
            <Stack gap="xs">
              <TextInput
                label="Override approved by"
                placeholder="e.g. R. Kulkarni, CFO"
                maxLength={80}
                value={approvedBy}
                onChange={(e) => setApprovedBy(e.currentTarget.value)}
                error={missing && !approvedBy.trim() ? 'Enter who approved the override' : null}
              />
              <Textarea
                label="Reason for the override"
                placeholder="e.g. Advance cheque in hand; security deposit received"
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={missing && !reason.trim() ? 'Say why the credit check is overridden' : null}
              />
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} data-autofocus>
              {blocked ? 'Close' : 'Cancel'}
            </Button>
            {blocked ? (
              <Button color="red" loading={busy} onClick={override}>
                Override and issue
              </Button>
            ) : (
              <Button color="orange" loading={busy} onClick={() => onIssueAnyway(null)}>
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
