import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import {
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconListCheck,
  IconUpload,
} from '@tabler/icons-react';
import { useRef, useState, type ComponentProps } from 'react';
import type { Issue, Result } from '../../../shared/result';
import { downloadBlob, readFileAsBase64 } from './files';
import { notifyError, notifySuccess } from './notify';

/** What an import channel takes: the file as base64, and whether only to check it. */
export interface ImportUpload {
  fileName: string;
  contentBase64: string;
  dryRun: boolean;
}

/** What an import channel answers: rows read, and how many were added (0 on a dry run). */
export interface ImportOutcome {
  rows: number;
  created: number;
  dryRun: boolean;
}

export interface FileImportDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
  title: string;
  /** Label of the file picker, e.g. "Customer file". */
  fileLabel: string;
  /** Above the picker; says what a row is and that the file comes in whole or not at all. */
  description?: string;
  /** A count in words: `(3) => "3 customers"`. */
  count: (n: number) => string;
  /** Each column of the template and how it is read. */
  columns: Record<string, string>;
  template: { fileName: string; csv: () => string };
  run: (upload: ImportUpload) => Promise<Result<ImportOutcome>>;
  /** Check the whole file first (a dry run) and import only when the user confirms. */
  checkFirst?: boolean;
}

type Refusal = { message: string; issues: Issue[] };

/** Each problem a refused file has, by row (or line) and column. */
export function ImportProblems({
  issues,
  rowLabel = 'Row',
}: {
  issues: Issue[];
  rowLabel?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <ScrollArea.Autosize mah={260}>
      <Table
        striped
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        fz="xs"
        bg="white"
        aria-label="Import problems"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{rowLabel}</Table.Th>
            <Table.Th w={160}>Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, i) => (
            <Table.Tr key={i}>
              <Table.Td className="bahi-number">{issue.row ?? ''}</Table.Td>
              <Table.Td className="bahi-mono">{issue.field}</Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

const DEFAULT_DESCRIPTION =
  'A CSV or Excel (.xlsx) file with a header row. Every row is checked first: if any row has a problem, nothing is imported.';

/** All or nothing: one bad row and the ledger is unchanged, with every problem listed. */
export function FileImportDialog({
  opened,
  onClose,
  onImported,
  title,
  fileLabel,
  description = DEFAULT_DESCRIPTION,
  count,
  columns,
  template,
  run,
  checkFirst = false,
}: FileImportDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<null | 'check' | 'import'>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  /** Rows a dry run found good in the file now chosen; null until it has been checked. */
  const [checked, setChecked] = useState<number | null>(null);
  // An answer for a file the user has since replaced must not be shown against the new one.
  const generation = useRef(0);

  const choose = (f: File | null) => {
    generation.current++;
    setFile(f);
    setRefusal(null);
    setChecked(null);
    setBusy(null);
  };

  const close = () => {
    choose(null);
    onClose();
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    const gen = ++generation.current;
    setBusy(dryRun ? 'check' : 'import');
    setRefusal(null);
    const contentBase64 = await readFileAsBase64(file);
    const r = await run({ fileName: file.name, contentBase64, dryRun });
    if (gen !== generation.current) return;
    setBusy(null);
    if (r.ok && dryRun) {
      setChecked(r.data.rows);
    } else if (r.ok) {
      notifySuccess(`${count(r.data.created)} imported`);
      close();
      onImported();
    } else if (r.error.code === 'IMPORT_INVALID' || r.error.code === 'VALIDATION') {
      setChecked(null);
      setRefusal({ message: r.error.message, issues: r.error.issues ?? [] });
    } else {
      notifyError(r.error.message, 'Import failed');
    }
  };

  const confirming = checkFirst && checked !== null;

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>{title}</Text>} size={760}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <Group align="flex-end" gap="sm">
          <FileInput
            label={fileLabel}
            placeholder="Choose .csv or .xlsx"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={choose}
            clearable
            style={{ flex: 1 }}
            fileInputProps={{ 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
          />
          {checkFirst && !confirming ? (
            <Button
              leftSection={<IconListCheck size={16} />}
              disabled={!file}
              loading={busy === 'check'}
              onClick={() => void send(true)}
            >
              Check file
            </Button>
          ) : (
            <Button
              leftSection={<IconUpload size={16} />}
              disabled={!file}
              loading={busy === 'import'}
              onClick={() => void send(false)}
            >
              {confirming ? `Import ${count(checked)}` : 'Import'}
            </Button>
          )}
        </Group>

        {confirming && (
          <Alert
            color="teal"
            icon={<IconCircleCheck size={18} />}
            title="Every row is good"
            data-testid="import-preview"
          >
            <Text size="sm">
              {count(checked)} will be imported from {file?.name}. Nothing has been saved yet.
            </Text>
          </Alert>
        )}

        {refusal && (
          <Alert color="red" title="Nothing was imported" data-testid="import-errors">
            <Text size="sm" mb={refusal.issues.length ? 'sm' : 0}>
              {refusal.message}
            </Text>
            <ImportProblems issues={refusal.issues} />
          </Alert>
        )}

        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              Columns
            </Text>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() =>
                downloadBlob(
                  template.fileName,
                  new Blob([template.csv()], { type: 'text/csv;charset=utf-8' }),
                )
              }
            >
              <Group gap={4}>
                <IconDownload size={14} /> Download template CSV
              </Group>
            </Anchor>
          </Group>
          <Table fz="xs" verticalSpacing={2} withRowBorders={false}>
            <Table.Tbody>
              {Object.entries(columns).map(([col, help]) => (
                <Table.Tr key={col}>
                  <Table.Td w={170} className="bahi-mono">
                    {col}
                  </Table.Td>
                  <Table.Td c="dimmed">{help}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Stack>
    </Modal>
  );
}
