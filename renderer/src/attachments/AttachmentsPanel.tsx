import {
  ActionIcon,
  Anchor,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconDownload, IconExternalLink, IconPaperclip } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type ComponentProps } from 'react';
import type { Attachment } from '../../../shared/attachments/contract';
import { useApi } from '../api/context';
import { downloadBase64, readFileAsBase64 } from '../ui/files';
import { formatTimestamp } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';
import { ATTACHMENT_ACCEPT, attachmentProblem, formatSize, typeLabel } from './attachmentFiles';

export interface AttachmentsPanelProps {
  ownerKind: Attachment['ownerKind'];
  ownerId: number;
  /**
   * The desktop app opens a file with the system viewer; the browser can only download it.
   * Defaults to where Bahi is running.
   */
  desktop?: boolean;
}

type Busy = null | 'attach' | { id: number };

/** The files kept with an order or a document: the customer's PO, an approval mail, a job sheet. */
export function AttachmentsPanel({
  ownerKind,
  ownerId,
  desktop = window.bahi !== undefined,
}: AttachmentsPanelProps) {
  const api = useApi();
  const [files, setFiles] = useState<Attachment[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const resetRef = useRef<() => void>(null);

  const load = useCallback(async () => {
    const r = await api.attachments.list({ ownerKind, ownerId });
    if (r.ok) setFiles(r.data);
    else setProblem(r.error.message);
  }, [api, ownerKind, ownerId]);

  useEffect(() => {
    let live = true;
    void api.attachments.list({ ownerKind, ownerId }).then((r) => {
      if (!live) return;
      if (r.ok) setFiles(r.data);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, ownerKind, ownerId]);

  const attach = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const refused = attachmentProblem(file);
    setProblem(refused);
    if (refused) return;
    setBusy('attach');
    const r = await api.attachments.add({
      ownerKind,
      ownerId,
      fileName: file.name,
      contentBase64: await readFileAsBase64(file),
    });
    setBusy(null);
    if (!r.ok) return setProblem(r.error.message);
    notifySuccess(`Attached ${r.data.fileName}`);
    await load();
  };

  const download = async (a: Attachment) => {
    const r = await api.attachments.get({ id: a.id });
    if (!r.ok) return notifyError(r.error.message, `Could not download ${a.fileName}`);
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
  };

  /** The system viewer where there is one; a download otherwise (browser mode says FORBIDDEN). */
  const open = async (a: Attachment) => {
    setBusy({ id: a.id });
    if (desktop) {
      const r = await api.attachments.open({ id: a.id });
      if (r.ok || r.error.code !== 'FORBIDDEN') {
        setBusy(null);
        if (!r.ok) notifyError(r.error.message, `Could not open ${a.fileName}`);
        return;
      }
    }
    await download(a);
    setBusy(null);
  };

  return (
    <Paper withBorder radius="sm" p="sm" data-testid="attachments">
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Text className="bahi-section-title" mt={0}>
          Attachments{files && files.length > 0 ? ` (${files.length})` : ''}
        </Text>
        <FileButton
          onChange={(f) => void attach(f)}
          accept={ATTACHMENT_ACCEPT}
          resetRef={resetRef}
          inputProps={
            {
              'aria-label': 'File to attach',
              'data-testid': 'attachment-file-input',
            } as ComponentProps<'input'>
          }
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="compact-sm"
              loading={busy === 'attach'}
              leftSection={<IconPaperclip size={14} />}
            >
              Attach file
            </Button>
          )}
        </FileButton>
      </Group>

      {problem && (
        <Text size="xs" c="red.7" role="alert" mb={6} data-testid="attachment-problem">
          {problem}
        </Text>
      )}

      {files === null ? (
        <Loader size={12} />
      ) : files.length === 0 ? (
        <Text size="xs" c="dimmed">
          No files yet. Keep the customer&apos;s PO, approval mail or job sheet here (PDF, PNG, JPEG
          or Excel).
        </Text>
      ) : (
        <Table verticalSpacing={3} horizontalSpacing={6} fz="xs" aria-label="Attachments">
          <Table.Tbody>
            {files.map((a) => (
              <Table.Tr key={a.id} data-testid="attachment-row">
                <Table.Td style={{ maxWidth: 0, width: '100%' }}>
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    fw={500}
                    title={desktop ? `Open ${a.fileName}` : `Download ${a.fileName}`}
                    onClick={() => void open(a)}
                    style={{
                      display: 'block',
                      maxWidth: '100%',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {a.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td c="dimmed" className="bahi-number" style={{ whiteSpace: 'nowrap' }}>
                  {typeLabel(a.mimeType)} · {formatSize(a.size)}
                </Table.Td>
                <Table.Td c="dimmed" className="bahi-number" style={{ whiteSpace: 'nowrap' }}>
                  {formatTimestamp(a.createdAt).slice(0, 16)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={2} wrap="nowrap">
                    {desktop && (
                      <Tooltip label="Open with the system viewer" openDelay={400}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Open ${a.fileName}`}
                          loading={typeof busy === 'object' && busy?.id === a.id}
                          onClick={() => void open(a)}
                        >
                          <IconExternalLink size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                    <Tooltip label="Download a copy" openDelay={400}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={`Download ${a.fileName}`}
                        onClick={() => void download(a)}
                      >
                        <IconDownload size={14} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
