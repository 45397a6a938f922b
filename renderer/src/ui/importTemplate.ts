/** A header-only CSV for an import: CRLF and a BOM, so Excel on Windows opens it as UTF-8. */
export function templateCsv(columns: readonly string[]): string {
  return `\uFEFF${columns.join(',')}\r\n`;
}
