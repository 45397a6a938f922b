import { Button } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useOpenStatement } from './navigation';

/** Opens the printable statement of account for the customer and period on screen. */
export function StatementButton({
  customerId,
  from,
  to,
}: {
  customerId: number;
  from: string;
  to: string;
}) {
  const open = useOpenStatement();
  if (!open) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconFileDescription size={16} />}
      onClick={() => open({ customerId, from, to })}
    >
      Statement
    </Button>
  );
}
