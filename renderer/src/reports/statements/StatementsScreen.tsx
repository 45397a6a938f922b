import { Box, ScrollArea, Stack, Tabs } from '@mantine/core';
import { IconFileDescription, IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../../../shared/dates';
import { ScreenHeader } from '../../app/ScreenHeader';
import { defaultPeriod } from '../../customer-accounts/format';
import { BulkStatements } from './BulkStatements';
import type { StatementRoute } from './navigation';
import { StatementPanel } from './StatementPanel';

export interface StatementsScreenProps {
  route: StatementRoute;
  onRoute: (route: StatementRoute) => void;
  /** The desktop app prints and opens folders; the browser saves and downloads. */
  desktop?: boolean;
}

type Tab = 'one' | 'bulk';

/** Statements of account: one customer's on screen, printed or in Excel; or many as PDFs. */
export function StatementsScreen({
  route,
  onRoute,
  desktop = typeof window !== 'undefined' && window.bahi !== undefined,
}: StatementsScreenProps) {
  const [tab, setTab] = useState<Tab>('one');
  const fy = defaultPeriod(todayIso());
  const period = { from: route.from ?? fy.from, to: route.to ?? fy.to };
  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="statements">
      <ScreenHeader
        title="Statements"
        subtitle="Statement of account for a customer and period, printed or in Excel; or for many customers at once"
      />
      <Tabs
        value={tab}
        onChange={(t) => setTab((t as Tab | null) ?? 'one')}
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="one" leftSection={<IconFileDescription size={15} />}>
            Statement of account
          </Tabs.Tab>
          <Tabs.Tab value="bulk" leftSection={<IconFiles size={15} />}>
            Bulk statements
          </Tabs.Tab>
        </Tabs.List>
        <Box style={{ flex: 1, minHeight: 0 }} pt="sm">
          <ScrollArea h="100%" offsetScrollbars>
            <Tabs.Panel value="one">
              <StatementPanel route={route} onRoute={onRoute} period={period} desktop={desktop} />
            </Tabs.Panel>
            <Tabs.Panel value="bulk">
              <BulkStatements
                period={period}
                onPeriod={(p) => onRoute({ ...route, ...p })}
                desktop={desktop}
              />
            </Tabs.Panel>
          </ScrollArea>
        </Box>
      </Tabs>
    </Stack>
  );
}
