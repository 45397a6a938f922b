// Whether a promise was kept, as of a date: pure arithmetic over what came in towards it.
import type { PromiseStatus } from '../../shared/promises/contract';

export interface PromiseFacts {
  amount: number;
  promisedOn: string;
  cancelledOn: string | null;
  /** Paid towards it from the made-on date to the promised date, as known on `asOf`. */
  received: number;
}

/**
 * Withdrawn by then: cancelled. Enough came in within the window: kept. The promised date has
 * passed without it: broken. Otherwise it is still pending.
 */
export function promiseStatus(p: PromiseFacts, asOf: string): PromiseStatus {
  if (p.cancelledOn !== null && p.cancelledOn <= asOf) return 'cancelled';
  if (p.received >= p.amount) return 'kept';
  return asOf > p.promisedOn ? 'broken' : 'pending';
}

const ORDER: Record<PromiseStatus, number> = { broken: 0, pending: 1, kept: 2, cancelled: 3 };

/** Broken first (oldest first), then pending by promised date, then kept and cancelled. */
export const promiseOrder = (
  a: { status: PromiseStatus; promisedOn: string; id: number },
  b: { status: PromiseStatus; promisedOn: string; id: number },
): number =>
  ORDER[a.status] - ORDER[b.status] ||
  (a.promisedOn < b.promisedOn ? -1 : a.promisedOn > b.promisedOn ? 1 : 0) ||
  a.id - b.id;
