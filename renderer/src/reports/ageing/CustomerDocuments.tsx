import { Alert, Button, Center, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { IconUserDollar } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { AgeingQueryInput, AgeingReport } from '../../../../shared/reports/contract';
import { useApi } from '../../api/context';
import { useOpenCustomerAccount } from '../../customer-accounts/navigation';
import { dateText } from '../../ui/dates';
import { AgeingGrid, type AgeingGridHandle } from './AgeingGrid';
import { nextSort, sortRows, type AgeingSort } from './ageingForm';
import { canOpenDocument, documentColumns, documentSortValue } from './columns';

interface CustomerDocumentsProps {
  drill: { customerId: number; label: string } | null;
  /** The screen's query: the same as-of date, basis and buckets. */
  query: AgeingQueryInput | null;
  onClose: () => void;
  onOpenDocument: (d: { documentId: number; kind: string }) => void;
}

type Loaded =
  | { key: string; state: 'ready'; report: AgeingReport }
  | { key: string; state: 'error'; message: string };

/** One customer's open items behind their ageing row: Enter opens one, Esc comes back. */
export function CustomerDocuments({
  drill,
  query,
  onClose,
  onOpenDocument,
}: CustomerDocumentsProps) {
  const api = useApi();
  const openAccount = useOpenCustomerAccount();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [active, setActive] = useState(0);
  const [sort, setSort] = useState<AgeingSort | null>(null);
  const grid = useRef<AgeingGridHandle>(null);
  const key =
    drill && query
      ? JSON.stringify({
          asOf: query.asOf,
          basis: query.basis,
          buckets: query.buckets,
          customerId: drill.customerId,
          level: 'document',
        })
      : null;

  useEffect(() => {
    if (!key) return;
    let live = true;
    void api.reports.ageing(JSON.parse(key) as AgeingQueryInput).then((r) => {
      if (!live) return;
      setLoaded(
        r.ok
          ? { key, state: 'ready', report: r.data }
          : { key, state: 'error', message: r.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, key]);

  const current = loaded?.key === key ? loaded : null;
  const report = current?.state === 'ready' ? current.report : null;
  const rows = report ? sortRows(report.documents, sort, documentSortValue) : [];

  // The rows take the keys as soon as they are there.
  useEffect(() => {
    if (report) grid.current?.focus();
  }, [report]);

  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size={920}
      title={
        <Stack gap={0}>
          <Text fw={650}>{drill?.label}</Text>
          <Text size="xs" c="dimmed">
            Open items as of {query ? dateText(query.asOf) : ''} · Enter opens one, Esc goes back
          </Text>
        </Stack>
      }
      transitionProps={{ duration: 120 }}
      data-testid="ageing-drill"
      styles={{ body: { height: 'calc(100% - 70px)', display: 'flex', flexDirection: 'column' } }}
    >
      {!current ? (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      ) : current.state === 'error' ? (
        <Alert color="red">{current.message}</Alert>
      ) : (
        <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
          {openAccount && drill && (
            <Group justify="flex-end">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUserDollar size={14} />}
                onClick={() => openAccount(drill.customerId)}
              >
                Customer account
              </Button>
            </Group>
          )}
          <AgeingGrid
            ref={grid}
            label={`Documents of ${drill?.label ?? ''}`}
            testId="ageing-documents"
            rows={rows}
            columns={documentColumns(current.report, { withCustomer: false })}
            rowKey={(d) => d.documentId}
            activeIndex={Math.min(active, Math.max(rows.length - 1, 0))}
            onActiveIndex={setActive}
            onOpen={onOpenDocument}
            canOpen={canOpenDocument}
            sort={sort}
            onSort={(k, numeric) => setSort((s) => nextSort(s, k, numeric))}
            empty={
              <Text size="sm" c="dimmed" p="md">
                Nothing open on this date.
              </Text>
            }
          />
        </Stack>
      )}
    </Drawer>
  );
}
