import { Button, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { FileDownload } from '../../../shared/contract/fields';
import type { Result } from '../../../shared/result';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';

interface ExcelExportButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  label: ReactNode;
  /** The channel that writes the workbook; the renderer only hands its bytes to a download. */
  run: () => Promise<Result<FileDownload>>;
}

/** A button that asks the ledger for a workbook and downloads it, saying which file it wrote. */
export function ExcelExportButton({ label, run, ...rest }: ExcelExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    const r = await run();
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message, 'Export failed');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Exported ${r.data.fileName}`);
  };
  return (
    <Button variant="default" size="sm" loading={busy} onClick={() => void go()} {...rest}>
      {label}
    </Button>
  );
}
