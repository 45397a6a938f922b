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
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState, type ComponentProps } from 'react';
import type { Issue } from '../../../shared/result';
import { useApi } from '../api/context';
import { downloadBlob, readFileAsBase64 } from '../ui/files';
import { plural } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';
import { COLUMN_HELP, importTemplateCsv, TEMPLATE_FILE_NAME } from './importTemplate';

interface ImportDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

type Refusal = { message: string; issues: Issue[] };

/** All or nothing: one bad row and the ledger is unchanged, with every problem listed. */
export function ImportDialog({ opened, onClose, onImported }: ImportDialogProps) {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const close = () => {
    setFile(null);
    setRefusal(null);
    onClose();
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    const contentBase64 = await readFileAsBase64(file);
    const r = await api.customers.import({ fileName: file.name, contentBase64, dryRun: false });
    setBusy(false);
    if (r.ok) {
      notifySuccess(`${plural(r.data.created, 'customer')} imported`);
      onImported();
      close();
    } else if (r.error.code === 'IMPORT_INVALID' || r.error.code === 'VALIDATION') {
      setRefusal({ message: r.error.message, issues: r.error.issues ?? [] });
    } else {
      notifyError(r.error.message, 'Import failed');
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={<Text fw={650}>Import customers</Text>}
      size={760}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          A CSV or Excel (.xlsx) file with a header row. Every row is checked first: if any row has
          a problem, nothing is imported.
        </Text>
        <Group align="flex-end" gap="sm">
          <FileInput
            label="Customer file"
            placeholder="Choose .csv or .xlsx"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={(f) => {
              setFile(f);
              setRefusal(null);
            }}
            clearable
            style={{ flex: 1 }}
            fileInputProps={{ 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
          />
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!file}
            loading={busy}
            onClick={() => void run()}
          >
            Import
          </Button>
        </Group>

        {refusal && (
          <Alert color="red" title="Nothing was imported" data-testid="import-errors">
            <Text size="sm" mb={refusal.issues.length ? 'sm' : 0}>
              {refusal.message}
            </Text>
            {refusal.issues.length > 0 && (
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
                      <Table.Th w={60}>Row</Table.Th>
                      <Table.Th w={160}>Column</Table.Th>
                      <Table.Th>Problem</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {refusal.issues.map((issue, i) => (
                      <Table.Tr key={i}>
                        <Table.Td className="bahi-number">{issue.row ?? ''}</Table.Td>
                        <Table.Td className="bahi-mono">{issue.field}</Table.Td>
                        <Table.Td>{issue.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
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
                  TEMPLATE_FILE_NAME,
                  new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }),
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
              {Object.entries(COLUMN_HELP).map(([col, help]) => (
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
