// `bahi report statement --format pdf|xlsx`: the same channels as the app, with the PDF browser
// closed again before the command returns.
import type { Ledger } from '../../db/ledger/open';
import type { FileDownload } from '../../shared/contract/fields';
import type { Result } from '../../shared/result';
import { createHostRouter, currentActor } from '../ipc/host';
import { fileWorkspace } from '../workspace';

export async function statementFile(
  ledger: Ledger,
  q: { customerId: number; from: string; to: string },
  format: 'pdf' | 'xlsx',
): Promise<Result<FileDownload>> {
  const router = createHostRouter(fileWorkspace(ledger), currentActor(), { checkOutputs: true });
  try {
    const result =
      format === 'pdf'
        ? await router.dispatch('reports.printStatement', { ...q, format: 'pdf' })
        : await router.dispatch('reports.exportStatement', q);
    return result as Result<FileDownload>;
  } finally {
    await router.dispose();
  }
}
