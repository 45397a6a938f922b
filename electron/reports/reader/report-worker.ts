// The report thread: answers reads on its own read-only connection, so a report over a million
// invoices never holds up the main process (and with it the window) while it runs.
import { parentPort } from 'node:worker_threads';
import { openLedgerReadOnly, type Ledger } from '../../../db/ledger/open';
import { BahiError } from '../../../shared/result';
import { runRead } from './reads';
import type { ReadReply, ReadRequest } from './reader';

const ledgers = new Map<string, Ledger>();

parentPort!.on('message', (m: ReadRequest) => {
  let reply: ReadReply;
  try {
    let ledger = ledgers.get(m.path);
    if (!ledger) ledgers.set(m.path, (ledger = openLedgerReadOnly(m.path)));
    reply = { id: m.id, ok: true, data: runRead(ledger, m.name, m.input as never) };
  } catch (e) {
    reply = {
      id: m.id,
      ok: false,
      error: e instanceof BahiError ? e.toShape() : null,
      message: e instanceof Error ? (e.stack ?? e.message) : String(e),
    };
  }
  parentPort!.postMessage(reply);
});
