import { ActionIcon, Box, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { errorsUnder, type FieldErrors } from '../api/errors';
import { newContact, type ContactValues } from './customerForm';

const COLUMNS: { key: Exclude<keyof ContactValues, 'key'>; label: string; type?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'designation', label: 'Designation' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'whatsapp', label: 'WhatsApp', type: 'tel' },
];
const GRID = '1.3fr 1fr 1.4fr 1fr 1fr 28px';

interface ContactsEditorProps {
  contacts: ContactValues[];
  onChange: (contacts: ContactValues[], changedPath?: string) => void;
  errors: FieldErrors;
}

/** People at the customer: one dense row each, like a voucher's line items. */
export function ContactsEditor({ contacts, onChange, errors }: ContactsEditorProps) {
  const update = (i: number, key: (typeof COLUMNS)[number]['key'], text: string) =>
    onChange(
      contacts.map((c, j) => (j === i ? { ...c, [key]: text } : c)),
      `contacts.${i}.${key}`,
    );
  return (
    <Box>
      {contacts.length > 0 && (
        <Box style={{ display: 'grid', gridTemplateColumns: GRID, gap: 6 }} mb={4}>
          {COLUMNS.map((c) => (
            <Text key={c.key} size="xs" fw={600} c="dimmed">
              {c.label}
            </Text>
          ))}
        </Box>
      )}
      {contacts.map((contact, i) => {
        const rowErrors = errorsUnder(errors, `contacts.${i}`);
        return (
          <Box
            key={contact.key}
            style={{ display: 'grid', gridTemplateColumns: GRID, gap: 6, alignItems: 'start' }}
            mb={6}
            data-testid="contact-row"
          >
            {COLUMNS.map((c) => (
              <TextInput
                key={c.key}
                size="xs"
                type={c.type}
                aria-label={`Contact ${i + 1} ${c.label.toLowerCase()}`}
                value={contact[c.key]}
                onChange={(e) => update(i, c.key, e.currentTarget.value)}
                error={rowErrors[c.key]}
              />
            ))}
            <Tooltip label="Remove contact">
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={2}
                aria-label={`Remove contact ${i + 1}`}
                onClick={() => onChange(contacts.filter((_, j) => j !== i))}
              >
                <IconX size={14} />
              </ActionIcon>
            </Tooltip>
          </Box>
        );
      })}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={contacts.length >= 20}
          onClick={() => onChange([...contacts, newContact()])}
        >
          Add contact
        </Button>
      </Group>
    </Box>
  );
}
