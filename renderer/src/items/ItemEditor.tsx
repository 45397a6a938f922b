import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Kbd,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArchive, IconArchiveOff, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { Item } from '../../../shared/items/contract';
import { useApi } from '../api/context';
import { FormSection } from '../ui/FormSection';
import { formKeyHandler } from '../ui/keys';
import { MoneyInput } from '../ui/MoneyInput';
import { notifyError } from '../ui/notify';
import { UnitSelect } from '../ui/TaxSelects';
import { useForm } from '../ui/useForm';
import { GstRatesEditor } from './GstRatesEditor';
import { isItemField, itemInputOf, itemValuesOf } from './itemForm';

const KINDS = [
  { value: 'goods', label: 'Goods (HSN)' },
  { value: 'services', label: 'Services (SAC)' },
];

export interface ItemEditorProps {
  item: Item | null;
  onSaved: (item: Item, created: boolean) => void;
  onArchived: (item: Item) => void;
  onCancel: () => void;
}

/** The item form with its Save / Archive footer. */
export function ItemEditor({ item, onSaved, onArchived, onCancel }: ItemEditorProps) {
  const api = useApi();
  const { values, errors, set, setValues, setErrors, showError, showFieldErrors, rootRef } =
    useForm(() => itemValuesOf(item), isItemField);
  const [busy, setBusy] = useState<null | 'save' | 'archive'>(null);

  const save = async () => {
    if (busy) return;
    const check = itemInputOf(values);
    if (!check.ok) {
      showFieldErrors(check.errors);
      return;
    }
    setBusy('save');
    const r = item
      ? await api.items.update({ ...check.input, id: item.id })
      : await api.items.create(check.input);
    setBusy(null);
    if (r.ok) onSaved(r.data, item === null);
    else showError(r.error);
  };

  const toggleArchived = async () => {
    if (!item || busy) return;
    setBusy('archive');
    const r = await api.items.setArchived({ id: item.id, archived: !item.archived });
    setBusy(null);
    if (r.ok) onArchived(r.data);
    else notifyError(r.error.message);
  };

  const isService = values.kind === 'services';
  return (
    <Box ref={rootRef} data-form-root onKeyDown={formKeyHandler(() => void save())}>
      <Stack gap="lg" px="lg" py="md">
        {item?.archived && (
          <Badge color="gray" variant="light">
            Archived: hidden from invoice lines, history kept
          </Badge>
        )}
        <FormSection title="Item or service">
          <SimpleGrid cols={2} spacing="sm" style={{ gridTemplateColumns: '2.4fr 1fr' }}>
            <TextInput
              label="Name"
              withAsterisk
              data-autofocus
              maxLength={200}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
            />
            <Select
              label="Type"
              data={KINDS}
              allowDeselect={false}
              value={values.kind}
              onChange={(k) => set('kind', k === 'services' ? 'services' : 'goods')}
              error={errors.kind}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={isService ? 'SAC' : 'HSN'}
              aria-label="HSN or SAC"
              withAsterisk
              inputMode="numeric"
              maxLength={8}
              placeholder={isService ? '998719' : '8481'}
              classNames={{ input: 'bahi-mono' }}
              value={values.hsnSac}
              onChange={(e) => set('hsnSac', e.currentTarget.value.trim())}
              error={errors.hsnSac}
            />
            <UnitSelect
              label="Unit"
              withAsterisk
              value={values.unit}
              onChange={(u) => set('unit', u)}
              error={errors.unit}
            />
            <MoneyInput
              label="Default rate (₹)"
              placeholder="Per unit, before GST"
              value={values.defaultRate}
              onChange={(t) => set('defaultRate', t)}
              error={errors.defaultRate}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={5}
            maxLength={500}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
          />
        </FormSection>

        <FormSection title="GST rate">
          <Text size="xs" c="dimmed" mt={-4}>
            The newest rate on or before an invoice’s date applies. When the rate changes, add a row
            from the date it changes; old invoices keep the old rate.
          </Text>
          {errors.gstRates && (
            <Alert color="red" py={6} data-testid="gst-rates-error">
              <Text size="sm">{errors.gstRates}</Text>
            </Alert>
          )}
          <GstRatesEditor
            rates={values.gstRates}
            errors={errors}
            onChange={(gstRates, path) => {
              setValues((v) => ({ ...v, gstRates }));
              // Adding or removing a row shifts the numbering, so old row errors no longer fit.
              setErrors((e) =>
                Object.fromEntries(
                  Object.entries(e).filter(([k]) =>
                    path ? k !== path && k !== 'gstRates' : !k.startsWith('gstRates'),
                  ),
                ),
              );
            }}
          />
        </FormSection>
      </Stack>
      <Group
        justify="space-between"
        px="lg"
        py="sm"
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 3,
          borderTop: '1px solid var(--mantine-color-gray-3)',
          background: 'var(--mantine-color-gray-0)',
        }}
      >
        <Group gap="xs">
          {item && (
            <Button
              variant="default"
              size="xs"
              loading={busy === 'archive'}
              leftSection={item.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
              onClick={() => void toggleArchived()}
            >
              {item.archived ? 'Restore' : 'Archive'}
            </Button>
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
    </Box>
  );
}
