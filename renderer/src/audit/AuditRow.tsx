import { ActionIcon, Badge, Box, SimpleGrid, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { AuditEntry } from '../../../shared/audit/contract';
import { formatTimestamp } from '../ui/format';
import { changedFields } from './changes';

const json = (value: unknown) =>
  value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);

const commandColor = (command: string) =>
  /delete/.test(command)
    ? 'red'
    : /create|setup|import/.test(command)
      ? 'teal'
      : /archive/.test(command)
        ? 'gray'
        : 'ledger';

interface AuditRowProps {
  entry: AuditEntry;
  expanded: boolean;
  onToggle: () => void;
}

export function AuditRow({ entry, expanded, onToggle }: AuditRowProps) {
  const changed = expanded ? changedFields(entry.before, entry.after) : [];
  return (
    <>
      <Table.Tr onClick={onToggle} style={{ cursor: 'pointer' }} data-testid="audit-row">
        <Table.Td w={32}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={expanded ? 'Hide details' : 'Show details'}
            aria-expanded={expanded}
          >
            {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td className="bahi-number" style={{ whiteSpace: 'nowrap' }}>
          {formatTimestamp(entry.at)}
        </Table.Td>
        <Table.Td>{entry.actor}</Table.Td>
        <Table.Td>
          <Badge
            variant="light"
            color={commandColor(entry.command)}
            radius="sm"
            tt="none"
            size="sm"
            className="bahi-mono"
          >
            {entry.command}
          </Badge>
        </Table.Td>
        <Table.Td>{entry.entity}</Table.Td>
        <Table.Td className="bahi-number">{entry.entityId ?? ''}</Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr>
          <Table.Td colSpan={6} bg="gray.0">
            {changed.length > 0 && (
              <Text size="xs" mb={6}>
                <Text span fw={600} size="xs">
                  Changed:
                </Text>{' '}
                <span className="bahi-mono">{changed.join(', ')}</span>
              </Text>
            )}
            <SimpleGrid cols={2} spacing="sm" py={4}>
              <Box>
                <Text size="xs" fw={600} c="dimmed" mb={4}>
                  Before
                </Text>
                <pre className="bahi-json bahi-mono">{json(entry.before)}</pre>
              </Box>
              <Box>
                <Text size="xs" fw={600} c="dimmed" mb={4}>
                  After
                </Text>
                <pre className="bahi-json bahi-mono">{json(entry.after)}</pre>
              </Box>
            </SimpleGrid>
            <Text size="xs" c="dimmed" className="bahi-mono" mt={4}>
              #{entry.id} · hash {entry.hash}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
