import { Alert, Button, Group, Paper, Progress, Radio, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconFiles, IconFolderOpen, IconPlayerStop } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { JobStatus } from '../../../../shared/jobs/contract';
import type { BulkScope, BulkStatementsScope } from '../../../../shared/reports/statement-contract';
import { useApi } from '../../api/context';
import { fieldErrorsOf, type FieldErrors } from '../../api/errors';
import { dateText } from '../../ui/dates';
import { downloadBase64 } from '../../ui/files';
import { plural } from '../../ui/format';
import { formKeyHandler } from '../../ui/keys';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PeriodInputs, type Period } from './PeriodInputs';

/** How often the screen asks how far the job has got. */
export const POLL_MS = 300;

interface BulkStatementsProps {
  period: Period;
  onPeriod: (period: Period) => void;
  /** The desktop app opens the folder; the browser downloads it as a zip. */
  desktop: boolean;
}

/** Statements for every customer with a balance, or a group: a job with progress and Cancel. */
export function BulkStatements({ period, onPeriod, desktop }: BulkStatementsProps) {
  const api = useApi();
  const [scope, setScope] = useState<BulkScope>('withBalance');
  const [group, setGroup] = useState<string | null>(null);
  const [counts, setCounts] = useState<BulkStatementsScope | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [starting, setStarting] = useState(false);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [taking, setTaking] = useState(false);
  const running = job?.state === 'running';

  useEffect(() => {
    let live = true;
    void api.reports.bulkStatementsScope({ to: period.to }).then((r) => {
      if (live && r.ok) setCounts(r.data);
    });
    return () => {
      live = false;
    };
  }, [api, period.to]);

  // Ask how far the job has got until it ends; the job goes on if the screen is left.
  const jobId = job?.jobId ?? null;
  useEffect(() => {
    if (!jobId || !running) return;
    let live = true;
    const timer = setInterval(() => {
      void api.jobs.status({ jobId }).then((r) => {
        if (live && r.ok) setJob(r.data);
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, jobId, running]);

  const start = async () => {
    if (starting || running) return;
    setStarting(true);
    const r = await api.reports.startBulkStatements({
      ...period,
      scope,
      ...(scope === 'group' ? { group: group ?? '' } : {}),
    });
    setStarting(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      if (!['from', 'to', 'group', 'scope'].includes(r.error.field ?? '')) {
        notifyError(r.error.message, 'Statements not started');
      }
      return;
    }
    setErrors({});
    setJob({
      jobId: r.data.jobId,
      kind: 'statements',
      state: 'running',
      done: 0,
      total: null,
      message: 'Starting…',
      output: null,
    });
  };

  const cancel = async () => {
    if (!jobId) return;
    const r = await api.jobs.cancel({ jobId });
    if (r.ok) setJob(r.data);
    else notifyError(r.error.message, 'Could not cancel');
  };

  const take = async () => {
    if (!jobId || taking) return;
    setTaking(true);
    if (desktop) {
      const r = await api.jobs.open({ jobId });
      setTaking(false);
      if (!r.ok) notifyError(r.error.message, 'Could not open the folder');
      return;
    }
    const r = await api.jobs.download({ jobId });
    setTaking(false);
    if (!r.ok) return notifyError(r.error.message, 'Download failed');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Saved ${r.data.fileName}`);
  };

  const groups = counts?.groups ?? [];
  return (
    <Stack gap="md" maw={760} data-testid="bulk-statements">
      <Group
        align="flex-start"
        gap="sm"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(() => void start())}
      >
        <PeriodInputs
          period={period}
          onPeriod={(p) => {
            setErrors({});
            onPeriod(p);
          }}
          errors={errors}
        />
      </Group>
      <Radio.Group
        label="Whose statements"
        value={scope}
        onChange={(v) => {
          setScope(v as BulkScope);
          setErrors({});
        }}
      >
        <Stack gap={8} mt={6}>
          <Radio
            value="withBalance"
            label={
              counts
                ? `Customers with a balance on ${dateText(period.to)} (${counts.withBalance})`
                : `Customers with a balance on ${dateText(period.to)}`
            }
          />
          <Group gap="sm" align="center" wrap="nowrap">
            <Radio value="group" label="A customer group" />
            <Select
              aria-label="Customer group"
              placeholder={groups.length ? 'Choose a group' : 'No customer has a group'}
              w={280}
              searchable
              data={groups.map((g) => ({
                value: g.group,
                label: `${g.group} (${g.customers})`,
              }))}
              value={group}
              onChange={(v) => {
                setGroup(v);
                setScope('group');
                setErrors({});
              }}
              error={errors.group}
              disabled={groups.length === 0}
            />
          </Group>
        </Stack>
      </Radio.Group>
      {errors.scope && (
        <Text c="red" size="sm">
          {errors.scope}
        </Text>
      )}
      <Group>
        <Button
          leftSection={<IconFiles size={16} />}
          loading={starting}
          disabled={running}
          onClick={() => void start()}
        >
          Make statements
        </Button>
      </Group>

      {job && <JobProgress job={job} onCancel={() => void cancel()} />}
      {job?.state === 'done' && job.output && (
        <Alert color="teal" data-testid="bulk-done">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {plural(job.output.files, 'statement')} written to “{job.output.fileName}”
            </Text>
            <Button
              size="xs"
              variant="white"
              loading={taking}
              leftSection={desktop ? <IconFolderOpen size={14} /> : <IconDownload size={14} />}
              onClick={() => void take()}
            >
              {desktop ? 'Open folder' : 'Download zip'}
            </Button>
          </Group>
        </Alert>
      )}
      {(job?.state === 'cancelled' || job?.state === 'failed') && (
        <Alert color={job.state === 'failed' ? 'red' : 'gray'} data-testid="bulk-ended">
          {job.message}
        </Alert>
      )}
    </Stack>
  );
}

function JobProgress({ job, onCancel }: { job: JobStatus; onCancel: () => void }) {
  const value = job.total ? (job.done / job.total) * 100 : 0;
  const running = job.state === 'running';
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="bulk-progress">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Text size="sm" data-testid="bulk-progress-text">
          {job.total === null
            ? 'Starting…'
            : `${running ? 'Writing statements: ' : ''}${job.done} of ${job.total}`}
        </Text>
        {running && (
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            onClick={onCancel}
          >
            Cancel
          </Button>
        )}
      </Group>
      <Progress
        value={value}
        animated={running}
        color={job.state === 'done' ? 'teal' : job.state === 'running' ? 'blue' : 'gray'}
        aria-label="Statements written"
      />
    </Paper>
  );
}
