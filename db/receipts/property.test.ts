// LEDGER.md's invariants under random sequences of everything that moves a customer's account.
import fc from 'fast-check';
import { it } from 'vitest';
import { receiptsLedger } from './fixture';
import { expectInvariants, op } from './random-ledger';

it('keeps every invariant through random sequences of receipts and settlements', () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 5, maxLength: 30 }), (ops) => {
      const t = receiptsLedger();
      try {
        expectInvariants(t, ops);
      } finally {
        t.ledger.cleanup();
      }
    }),
    { numRuns: 60 },
  );
});
