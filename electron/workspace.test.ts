import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../db/audit/audit';
import { listCustomers } from '../db/customers/customers';
import { tempDir } from '../db/testing';
import { validateGstin } from '../shared/gst';
import { dataDirWorkspace, ledgerFileIn, sampleFileIn } from './workspace';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('workspace', () => {
  it('opens the user ledger in the data folder, and the sample company beside it', () => {
    const ws = dataDirWorkspace(dir, 'tester');
    expect(ws.status()).toMatchObject({
      hasCompany: false,
      isSample: false,
      ledgerPath: ledgerFileIn(dir),
    });

    const sample = ws.openSample();
    expect(sample).toMatchObject({
      hasCompany: true,
      isSample: true,
      companyName: 'Sahyadri Supplies',
    });
    expect(existsSync(sampleFileIn(dir))).toBe(true);
    const { rows } = listCustomers(ws.current(), {
      search: '',
      includeArchived: false,
      limit: 100,
      offset: 0,
    });
    expect(rows.length).toBe(20);
    expect(new Set(rows.map((r) => r.stateCode)).size).toBeGreaterThanOrEqual(8);
    for (const r of rows)
      expect(validateGstin(r.gstin!)).toMatchObject({ ok: true, stateCode: r.stateCode });
    expect(verifyLedger(ws.current()).ok).toBe(true);

    expect(ws.closeSample()).toMatchObject({ hasCompany: false, isSample: false });
    // Reopening the sample does not seed it twice.
    ws.openSample();
    expect(
      listCustomers(ws.current(), { search: '', includeArchived: false, limit: 100, offset: 0 })
        .total,
    ).toBe(20);
    ws.close();
  });
});
