// What every file import shares: aliased headers, required columns, and one way to refuse.
import { BahiError, type Issue } from '../../shared/result';
import { readTable, type Table } from './tabular';

export interface ImportFile {
  fileName: string;
  bytes: Buffer;
  dryRun: boolean;
  actor: string;
}

/** Read the file with the column names people use mapped to ours; refuse it without `required`. */
export async function readImportTable(
  file: Pick<ImportFile, 'fileName' | 'bytes'>,
  aliases: Record<string, string>,
  required: readonly string[],
): Promise<Table> {
  const table = await readTable(file.fileName, file.bytes);
  const rename = (h: string) => aliases[h] ?? h;
  const headers = table.headers.map(rename);
  const missing = required.filter((c) => !headers.includes(c));
  if (missing.length) {
    throw new BahiError(
      'IMPORT_INVALID',
      `The file has no ${missing.join(', ')} column; nothing was imported`,
      {
        field: 'fileName',
        issues: missing.map((c) => ({
          row: 1,
          field: c,
          message: `Add a "${c}" column to the header row`,
        })),
      },
    );
  }
  return {
    headers,
    rows: table.rows.map((r) => ({
      rowNumber: r.rowNumber,
      values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [rename(k), v])),
    })),
  };
}

/** All or nothing: one bad row and the whole file is refused, every problem listed. */
export function refuseImport(issues: Issue[], table: Table, what: string): void {
  if (issues.length) {
    const bad = new Set(issues.map((i) => i.row)).size;
    throw new BahiError(
      'IMPORT_INVALID',
      `${bad} of ${table.rows.length} rows have problems; nothing was imported. Fix them and import the file again.`,
      { field: 'fileName', issues },
    );
  }
  if (table.rows.length === 0) {
    throw new BahiError('IMPORT_INVALID', `The file has a header row but no ${what}`, {
      field: 'fileName',
    });
  }
}
