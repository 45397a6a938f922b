// Which ledger the app has open: the user's own file in the data folder, or the sample company.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCompany } from '../db/company/company';
import { seedSampleCompany } from '../db/demo/sample-company';
import { openLedger, schemaVersion, type Ledger, type OpenOptions } from '../db/ledger/open';
import type { AppStatus } from '../shared/app/contract';
import { BahiError } from '../shared/result';
import type { Workspace } from './ipc/context';
import { BAHI_VERSION } from './version';

export const ledgerFileIn = (dataDir: string) => join(dataDir, 'bahi.sqlite');
export const sampleFileIn = (dataDir: string) => join(dataDir, 'sample', 'bahi-sample.sqlite');

function statusOf(ledger: Ledger, isSample: boolean): AppStatus {
  const company = getCompany(ledger);
  return {
    version: BAHI_VERSION,
    hasCompany: company !== null,
    companyName: company?.tradeName ?? company?.legalName ?? null,
    ledgerPath: ledger.path,
    isSample,
    schemaVersion: schemaVersion(ledger),
  };
}

/** The desktop (and browser-mode) workspace: own ledger, with the sample one a click away. */
export function dataDirWorkspace(
  dataDir: string,
  actor: string,
  options: OpenOptions = {},
): Workspace {
  let isSample = false;
  let ledger = openLedger(ledgerFileIn(dataDir), { ...options, create: true });

  const switchTo = (sample: boolean): AppStatus => {
    if (sample === isSample) return statusOf(ledger, isSample);
    const path = sample ? sampleFileIn(dataDir) : ledgerFileIn(dataDir);
    const fresh = sample && !existsSync(path);
    const next = openLedger(path, { ...options, create: true });
    if (fresh) seedSampleCompany(next, actor);
    ledger.close();
    ledger = next;
    isSample = sample;
    return statusOf(ledger, isSample);
  };

  return {
    current: () => ledger,
    status: () => statusOf(ledger, isSample),
    openSample: () => switchTo(true),
    closeSample: () => switchTo(false),
    close: () => ledger.close(),
  };
}

/** The CLI works on exactly the file it was given. */
export function fileWorkspace(ledger: Ledger): Workspace {
  const refuse = (): never => {
    throw new BahiError(
      'FORBIDDEN',
      'The CLI works on the --db file it is given; use `bahi demo --db FILE`.',
    );
  };
  return {
    current: () => ledger,
    status: () => statusOf(ledger, false),
    openSample: refuse,
    closeSample: refuse,
    close: () => ledger.close(),
  };
}
