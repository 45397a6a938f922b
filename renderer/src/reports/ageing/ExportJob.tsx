import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/jobs/contract';
import { useApi } from '../../api/context';
import { downloadBase64 } from '../../ui/files';
import { notifyError, notifySuccess } from '../../ui/notify';

const POLL_MS = 300;

interface ExportJobProps {
  jobId: string;
  /** The job ended (downloaded, cancelled or failed): the panel goes away. */
  onEnd: () => void;
}

/** A running export: how far it has got, Cancel, and the download when it is done. */
export function ExportJob({ jobId, onEnd }: ExportJobProps) {
  const api = useApi();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  });

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = async (s: JobStatus) => {
      if (s.state === 'done') {
        const file = await api.jobs.download({ jobId });
        if (!live) return;
        if (file.ok) {
          downloadBase64(file.data.fileName, file.data.mimeType, file.data.contentBase64);
          notifySuccess(`Exported ${file.data.fileName}`);
        } else notifyError(file.error.message, 'The export could not be downloaded');
      } else if (s.state === 'failed') {
        notifyError(s.message, 'Export failed');
      }
      end.current();
    };
    const poll = async () => {
      const r = await api.jobs.status({ jobId });
      if (!live) return;
      if (!r.ok) {
        notifyError(r.error.message, 'Export failed');
        end.current();
        return;
      }
      setStatus(r.data);
      if (r.data.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      else await finish(r.data);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, jobId]);

  const cancel = async () => {
    setCancelling(true);
    const r = await api.jobs.cancel({ jobId });
    if (!r.ok) {
      setCancelling(false);
      notifyError(r.error.message, 'Could not cancel the export');
    }
    // The poll sees the job cancelled and closes the panel.
  };

  const total = status?.total ?? null;
  const done = status?.done ?? 0;
  const value = total ? Math.min(100, (done / total) * 100) : 100;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="ageing-export-job">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            Exporting to Excel…{' '}
            <Text span size="sm" c="dimmed" data-testid="ageing-export-message">
              {status?.message ?? 'Starting…'}
            </Text>
          </Text>
          <Button size="xs" variant="default" loading={cancelling} onClick={() => void cancel()}>
            Cancel export
          </Button>
        </Group>
        <Progress
          value={value}
          animated={total === null}
          striped={total === null}
          aria-label="Export progress"
        />
      </Stack>
    </Paper>
  );
}
