import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

describe('changedFields', () => {
  it('lists top-level fields that differ, ignoring updatedAt', () => {
    const before = { code: 'A', phone: null, billingAddress: { city: 'Pune' }, updatedAt: '1' };
    const after = {
      code: 'A',
      phone: '+919800000000',
      billingAddress: { city: 'Mumbai' },
      updatedAt: '2',
    };
    expect(changedFields(before, after)).toEqual(['billingAddress', 'phone']);
  });

  it('is empty for creations and deletions', () => {
    expect(changedFields(null, { code: 'A' })).toEqual([]);
    expect(changedFields({ code: 'A' }, null)).toEqual([]);
  });
});
