import { Stack, Text } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * What stands where rows would be when there are none: the screen's icon, a title when the list
 * is empty because nothing has been entered yet, and what to do (or why nothing matched).
 */
export function EmptyState({
  testId,
  icon: Icon,
  title,
  children,
}: {
  testId: string;
  icon: TablerIcon;
  title?: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <Stack align="center" gap={6} py={60} c="dimmed" data-testid={testId}>
      <Icon size={32} stroke={1.4} />
      {title && (
        <Text size="sm" fw={600} c="dark.4">
          {title}
        </Text>
      )}
      <Text size="sm" ta="center">
        {children}
      </Text>
    </Stack>
  );
}
