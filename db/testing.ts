// Test support: real ledgers in real files under a fresh temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger, type OpenOptions } from './ledger/open';

export function tempDir(prefix = 'bahi-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempLedger(
  options: OpenOptions = {},
): Ledger & { dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const ledger = openLedger(join(dir, 'bahi.sqlite'), { create: true, ...options });
  return Object.assign(ledger, {
    dir,
    cleanup: () => {
      try {
        ledger.close();
      } catch {
        /* already closed */
      }
      cleanup();
    },
  });
}

export const count = (ledger: Ledger, table: string): number =>
  ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
