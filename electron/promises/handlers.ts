import { cancelPromise, listPromises, recordPromise } from '../../db/promises/promises';
import { defineHandlers } from '../ipc/router';

export const promisesHandlers = defineHandlers({
  'promises.list': (q, { ledger }) => listPromises(ledger, q),
  'promises.record': (input, { ledger, actor }) => recordPromise(ledger, input, actor),
  'promises.cancel': (input, { ledger, actor }) => cancelPromise(ledger, input, actor),
});
