import { Box, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { BankAccount } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { fieldErrorsOf, type FieldErrors } from '../api/errors';
import { formKeyHandler } from '../ui/keys';
import { notifyError } from '../ui/notify';
import { useForm } from '../ui/useForm';
import {
  bankAccountInputOf,
  bankAccountValuesOf,
  bankFieldOf,
  type BankAccountFormValues,
} from './bankAccountForm';

interface BankAccountDialogProps {
  /** The account being edited; null adds a new one. */
  account: BankAccount | null;
  onClose: () => void;
  onSaved: (account: BankAccount) => void;
}

/** Add or edit a bank account: Enter moves on, Ctrl+S saves, refusals sit under their fields. */
export function BankAccountDialog({ account, onClose, onSaved }: BankAccountDialogProps) {
  const api = useApi();
  const { values, set, errors, showFieldErrors, rootRef } = useForm<BankAccountFormValues>(
    () => bankAccountValuesOf(account),
    (path) => bankFieldOf(path) !== null,
  );
  const [saving, setSaving] = useState(false);
  const isCash = account?.kind === 'cash';

  const save = async () => {
    if (saving) return;
    setSaving(true);
    const input = bankAccountInputOf(values, account?.active ?? true);
    const r = account
      ? await api.bankAccounts.update({ id: account.id, values: input })
      : await api.bankAccounts.create(input);
    setSaving(false);
    if (r.ok) return onSaved(r.data);
    // Update nests the form under `values.`; the ledger's own refusals name the bare field.
    const fields: FieldErrors = {};
    for (const [path, message] of Object.entries(fieldErrorsOf(r.error))) {
      const field = bankFieldOf(path);
      if (field && !(field in fields)) fields[field] = message;
    }
    if (Object.keys(fields).length) showFieldErrors(fields);
    else notifyError(r.error.message, 'Not saved');
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={600}>{account ? `Edit ${account.name}` : 'Add bank account'}</Text>}
      centered
      size="lg"
    >
      <Box ref={rootRef} onKeyDown={formKeyHandler(() => void save())}>
        <Stack gap="sm">
          <TextInput
            label="Account name"
            description="As the account appears in Bahi and in the journal"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder="HDFC Current 1234"
            withAsterisk
            data-autofocus
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
          />
          {!isCash && (
            <>
              <TextInput
                label="Bank"
                placeholder="HDFC Bank"
                value={values.bankName}
                onChange={(e) => set('bankName', e.currentTarget.value)}
                error={errors.bankName}
              />
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label="Account number"
                  inputMode="numeric"
                  classNames={{ input: 'bahi-mono' }}
                  value={values.accountNumber}
                  onChange={(e) => set('accountNumber', e.currentTarget.value)}
                  error={errors.accountNumber}
                />
                <TextInput
                  label="IFSC"
                  maxLength={11}
                  classNames={{ input: 'bahi-mono' }}
                  value={values.ifsc}
                  onChange={(e) => set('ifsc', e.currentTarget.value.toUpperCase())}
                  error={errors.ifsc}
                />
              </SimpleGrid>
            </>
          )}
          <Group justify="space-between" mt="sm">
            <Text size="xs" c="dimmed">
              Enter moves to the next field · Ctrl+S saves
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                data-enter-stop
                leftSection={<IconDeviceFloppy size={16} />}
                loading={saving}
                onClick={() => void save()}
              >
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}
