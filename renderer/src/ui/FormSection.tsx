import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled group of fields, like the blocks on a Tally voucher screen. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={8} component="section">
      <Text className="bahi-section-title">{title}</Text>
      {children}
    </Stack>
  );
}
