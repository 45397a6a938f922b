import { useState } from 'react';
import type { ColumnMapping, StatementColumns } from '../../../shared/bank-reconciliation/contract';
import type { Output } from '../../../shared/contract';
import type { Issue } from '../../../shared/result';
import { useApi } from '../api/context';
import { readFileAsBase64 } from '../ui/files';
import { notifyError } from '../ui/notify';

export type Imported = Output<'bankReconciliation.import'>;

export interface Upload {
  bankAccountId: number;
  fileName: string;
  contentBase64: string;
}

/** What the last file came to: imported, refused (nothing changed), or waiting for a mapping. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'imported'; fileName: string; result: Imported }
  | { kind: 'refused'; fileName: string; message: string; issues: Issue[] }
  | { kind: 'mapping'; upload: Upload; columns: StatementColumns; message: string };

// A refusal about the file's content, shown with its line and column; anything else is notified.
const REFUSALS = new Set(['IMPORT_INVALID', 'VALIDATION']);

/**
 * Import a statement file into a bank account. A layout neither a bank preset nor the account's
 * remembered mapping reads opens the mapping.
 */
export function useStatementImport(bankAccountId: number | null, onImported: () => void) {
  const api = useApi();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const send = (upload: Upload, mapping?: ColumnMapping) =>
    api.bankReconciliation.import({ ...upload, ...(mapping ? { mapping } : {}) });

  const done = (fileName: string, result: Imported) => {
    setState({ kind: 'imported', fileName, result });
    onImported();
  };

  const pick = async (file: File | null) => {
    if (!file || bankAccountId === null) return;
    setBusy(true);
    try {
      const upload = {
        bankAccountId,
        fileName: file.name,
        contentBase64: await readFileAsBase64(file),
      };
      const r = await send(upload);
      if (r.ok) return done(file.name, r.data);
      if (!REFUSALS.has(r.error.code))
        return notifyError(r.error.message, 'Statement not imported');
      const refused: ImportState = {
        kind: 'refused',
        fileName: file.name,
        message: r.error.message,
        issues: r.error.issues ?? [],
      };
      if (r.error.code !== 'IMPORT_INVALID') return setState(refused);
      const cols = await api.bankReconciliation.columns(upload);
      if (!cols.ok) return setState(refused);
      const { preset, columns } = cols.data;
      if (preset === null && columns.length >= 2) {
        return setState({ kind: 'mapping', upload, columns: cols.data, message: r.error.message });
      }
      setState(refused);
    } finally {
      setBusy(false);
    }
  };

  /** Import the file waiting for its mapping; the ledger remembers the mapping for the account. */
  const importMapped = async (upload: Upload, mapping: ColumnMapping) => {
    const r = await send(upload, mapping);
    if (r.ok) done(upload.fileName, r.data);
    return r;
  };

  return {
    state,
    busy,
    pick,
    importMapped,
    dismiss: () => setState({ kind: 'idle' }),
  };
}
