import { ActionIcon, Button, Group, Paper, Progress, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconPresentationAnalytics, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/jobs/contract';
import { useApi } from '../../api/context';
import { fieldErrorsOf, type FieldErrors } from '../../api/errors';
import { DateInput } from '../../ui/DateInput';
import { downloadBase64 } from '../../ui/files';
import { formKeyHandler } from '../../ui/keys';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useDateInput } from './hooks';

/** How often a running job is asked how far it has got. */
export const POLL_MS = 250;

const percent = (s: JobStatus) =>
  s.state === 'done' ? 100 : s.total ? Math.round((s.done / s.total) * 100) : 0;

/**
 * The management pack for an as-of date, as a job: start it, watch each sheet go by on a
 * progress bar, cancel it, and take the workbook when it is done.
 */
export function ManagementPack({ today }: { today: string }) {
  const api = useApi();
  const asOf = useDateInput(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [job, setJob] = useState<JobStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const downloaded = useRef<string | null>(null);
  const running = job?.state === 'running';

  const download = async (jobId: string) => {
    const r = await api.jobs.download({ jobId });
    if (!r.ok) {
      notifyError(r.error.message, 'The pack could not be downloaded');
      return;
    }
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Downloaded ${r.data.fileName}`);
  };

  // Poll while the job runs; when it ends, take the file once (or say why there is none).
  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!jobId || !running) return;
    let live = true;
    const timer = setInterval(() => {
      void api.jobs.status({ jobId }).then((r) => {
        if (!live) return;
        if (!r.ok) {
          notifyError(r.error.message, 'The management pack stopped');
          setJob(null);
          return;
        }
        setJob(r.data);
        if (r.data.state === 'done' && downloaded.current !== jobId) {
          downloaded.current = jobId;
          void download(jobId);
        } else if (r.data.state === 'failed') {
          notifyError(r.data.message, 'The management pack failed');
        }
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
    // `download` and `api` are stable for the life of the job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId, running]);

  const start = async () => {
    if (!asOf.iso || running || starting) return;
    setStarting(true);
    const r = await api.reports.startManagementPack({ asOf: asOf.iso });
    setStarting(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      notifyError(r.error.message, 'The management pack could not start');
      return;
    }
    setJob({
      jobId: r.data.jobId,
      kind: 'management-pack',
      state: 'running',
      done: 0,
      total: null,
      message: 'Starting…',
      output: null,
    });
  };

  const cancel = async () => {
    if (!job) return;
    const r = await api.jobs.cancel({ jobId: job.jobId });
    if (r.ok) setJob(r.data);
    else notifyError(r.error.message, 'Could not cancel');
  };

  return (
    <Group
      gap="xs"
      align="flex-end"
      wrap="nowrap"
      data-testid="management-pack"
      data-form-root
      onKeyDown={formKeyHandler(() => void start())}
    >
      {job && (
        <Paper withBorder radius="sm" px="xs" py={6} w={300} data-testid="pack-job">
          <Group justify="space-between" wrap="nowrap" gap={4} mb={6}>
            <Text size="xs" data-testid="pack-message" truncate>
              {job.state === 'done' && job.output ? `Done: ${job.output.fileName}` : job.message}
            </Text>
            {running ? (
              <Tooltip label="Cancel the pack">
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label="Cancel"
                  onClick={() => void cancel()}
                >
                  <IconX size={14} />
                </ActionIcon>
              </Tooltip>
            ) : job.state === 'done' ? (
              <Tooltip label="Download again">
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  aria-label="Download again"
                  onClick={() => void download(job.jobId)}
                >
                  <IconDownload size={14} />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
          <Progress
            size="sm"
            value={percent(job)}
            color={job.state === 'failed' || job.state === 'cancelled' ? 'red' : 'teal'}
            animated={running}
            aria-label="Management pack progress"
          />
        </Paper>
      )}
      <DateInput
        label="Pack as of"
        w={150}
        value={asOf.text}
        onChange={(t) => {
          asOf.setText(t);
          setErrors({});
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void start();
        }}
        error={errors.asOf}
      />
      <Button
        leftSection={<IconPresentationAnalytics size={16} />}
        disabled={!asOf.iso || running}
        loading={starting}
        onClick={() => void start()}
      >
        Management pack
      </Button>
    </Group>
  );
}
