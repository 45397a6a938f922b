import { Stack, Text, type MantineSize } from '@mantine/core';

/** A figure under its small label: a balance, a total, a difference. */
export function Fact({
  label,
  value,
  testId,
  size = 'sm',
}: {
  label: string;
  value: string;
  testId: string;
  size?: MantineSize;
}) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size={size} fw={700} data-testid={testId} className="bahi-number">
        {value}
      </Text>
    </Stack>
  );
}
