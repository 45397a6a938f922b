import { Alert, Badge, Box, Button, Group, Kbd, Text } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Customer } from '../../../shared/customers/contract';
import { useApi } from '../api/context';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formKeyHandler } from '../ui/keys';
import { notifyError } from '../ui/notify';
import { useForm } from '../ui/useForm';
import { CustomerFields } from './CustomerFields';
import {
  customerInputOf,
  customerValuesOf,
  isCustomerField,
  withoutBlankContacts,
} from './customerForm';

export interface CustomerEditorProps {
  customer: Customer | null;
  onSaved: (customer: Customer, created: boolean) => void;
  onArchived: (customer: Customer) => void;
  onDeleted: (customer: Customer) => void;
  onCancel: () => void;
}

/** The customer form with its Save / Archive / Delete footer. */
export function CustomerEditor({
  customer,
  onSaved,
  onArchived,
  onDeleted,
  onCancel,
}: CustomerEditorProps) {
  const api = useApi();
  const {
    values,
    errors,
    set,
    patch,
    setValues,
    setErrors,
    clearError,
    showError,
    showFieldErrors,
    rootRef,
  } = useForm(() => customerValuesOf(customer), isCustomerField);
  const [busy, setBusy] = useState<null | 'save' | 'archive' | 'delete'>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);

  const save = async () => {
    if (busy) return;
    const cleaned = withoutBlankContacts(values);
    setValues(cleaned);
    const check = customerInputOf(cleaned);
    if (!check.ok) {
      showFieldErrors(check.errors);
      return;
    }
    setBusy('save');
    const r = customer
      ? await api.customers.update({ ...check.input, id: customer.id })
      : await api.customers.create(check.input);
    setBusy(null);
    if (r.ok) onSaved(r.data, customer === null);
    else showError(r.error);
  };

  const toggleArchived = async () => {
    if (!customer || busy) return;
    setBusy('archive');
    const r = await api.customers.setArchived({ id: customer.id, archived: !customer.archived });
    setBusy(null);
    if (r.ok) onArchived(r.data);
    else notifyError(r.error.message);
  };

  const remove = async () => {
    if (!customer) return;
    setBusy('delete');
    const r = await api.customers.delete({ id: customer.id });
    setBusy(null);
    setConfirmDelete(false);
    if (r.ok) onDeleted(customer);
    // A customer with history cannot go; the server says why and we offer Archive.
    else if (r.error.code === 'CONFLICT') setConflict(r.error.message);
    else notifyError(r.error.message, 'Not deleted');
  };

  return (
    <Box ref={rootRef} onKeyDown={formKeyHandler(() => void save())}>
      <Box px="lg" py="md">
        {conflict && (
          <Alert color="orange" mb="md" title="Cannot delete" data-testid="delete-conflict">
            <Text size="sm">{conflict}</Text>
            {customer && !customer.archived && (
              <Button
                mt="xs"
                size="xs"
                variant="white"
                color="orange"
                onClick={() => void toggleArchived()}
              >
                Archive instead
              </Button>
            )}
          </Alert>
        )}
        {customer?.archived && (
          <Badge color="gray" variant="light" mb="sm">
            Archived: hidden from pickers, history kept
          </Badge>
        )}
        <CustomerFields
          values={values}
          errors={errors}
          set={set}
          patch={patch}
          clearError={clearError}
          clearErrorsUnder={(prefix) =>
            setErrors((e) =>
              Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`${prefix}.`))),
            )
          }
        />
      </Box>
      <Group
        justify="space-between"
        px="lg"
        py="sm"
        // Sticky inside the drawer's scroll area: Save is always one click (or Ctrl+S) away.
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 3,
          borderTop: '1px solid var(--mantine-color-gray-3)',
          background: 'var(--mantine-color-gray-0)',
        }}
      >
        <Group gap="xs">
          {customer && (
            <>
              <Button
                variant="default"
                size="xs"
                loading={busy === 'archive'}
                leftSection={
                  customer.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />
                }
                onClick={() => void toggleArchived()}
              >
                {customer.archived ? 'Restore' : 'Archive'}
              </Button>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={14} />}
                onClick={() => {
                  setConflict(null);
                  setConfirmDelete(true);
                }}
              >
                Delete
              </Button>
            </>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel} rightSection={<Kbd size="xs">Esc</Kbd>}>
            Cancel
          </Button>
          <Button
            data-enter-stop
            loading={busy === 'save'}
            leftSection={<IconDeviceFloppy size={16} />}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
            onClick={() => void save()}
          >
            Save
          </Button>
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmDelete}
        title="Delete customer?"
        confirmLabel="Delete"
        danger
        busy={busy === 'delete'}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        {customer ? `${customer.code} · ${customer.name} will be removed from the ledger. ` : ''}
        This cannot be undone. A customer with invoices or receipts cannot be deleted; archive them
        instead.
      </ConfirmDialog>
    </Box>
  );
}
