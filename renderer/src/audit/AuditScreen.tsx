import {
  Alert,
  Button,
  Center,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry, VerifyReport } from '../../../shared/audit/contract';
import type { Result } from '../../../shared/result';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { AuditRow } from './AuditRow';
import { VerifyButton, VerifyResult } from './VerifyPanel';

const PAGE = 200;

/** Every change to the ledger, newest first; rows expand to show before and after. */
export function AuditScreen() {
  const api = useApi();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [state, setState] = useState<'loading' | 'ready' | 'more'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [report, setReport] = useState<VerifyReport | null>(null);

  const apply = useCallback((r: Result<AuditEntry[]>, append: boolean) => {
    setState('ready');
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setEntries((old) => (append ? [...old, ...r.data] : r.data));
    setHasMore(r.data.length === PAGE);
  }, []);

  /** Newest first; `beforeId` pages back into older entries. */
  const load = async (beforeId?: number) => {
    setState(beforeId ? 'more' : 'loading');
    apply(
      await api.audit.list(beforeId ? { beforeId, limit: PAGE } : { limit: PAGE }),
      beforeId !== undefined,
    );
  };

  useEffect(() => {
    let live = true;
    void api.audit.list({ limit: PAGE }).then((r) => {
      if (live) apply(r, false);
    });
    return () => {
      live = false;
    };
  }, [api, apply]);

  const toggle = (id: number) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Audit trail"
        subtitle="Every change, who made it and when; times in this computer's time zone"
      >
        <Button variant="default" onClick={() => void load()}>
          Refresh
        </Button>
        <VerifyButton onReport={setReport} />
      </ScreenHeader>
      {report && <VerifyResult report={report} onClose={() => setReport(null)} />}
      {error && <Alert color="red">{error}</Alert>}
      {state === 'loading' ? (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      ) : (
        <Paper
          withBorder
          radius="sm"
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          <ScrollArea style={{ flex: 1 }}>
            <Table
              stickyHeader
              highlightOnHover
              verticalSpacing={6}
              fz="sm"
              aria-label="Audit trail"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Command</Table.Th>
                  <Table.Th>Entity</Table.Th>
                  <Table.Th>Entity id</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <AuditRow
                    key={e.id}
                    entry={e}
                    expanded={expanded.has(e.id)}
                    onToggle={() => toggle(e.id)}
                  />
                ))}
              </Table.Tbody>
            </Table>
            {entries.length === 0 && (
              <Text size="sm" c="dimmed" ta="center" py="xl">
                No changes recorded yet.
              </Text>
            )}
            {hasMore && (
              <Center py="sm">
                <Button
                  variant="subtle"
                  loading={state === 'more'}
                  onClick={() => void load(entries[entries.length - 1]?.id)}
                >
                  Load older entries
                </Button>
              </Center>
            )}
          </ScrollArea>
        </Paper>
      )}
    </Stack>
  );
}
