import type { Address, AddressInput } from '../../../shared/contract/fields';

export interface AddressValues {
  line1: string;
  line2: string;
  city: string;
  pincode: string;
  stateCode: string | null;
}

export const emptyAddress = (): AddressValues => ({
  line1: '',
  line2: '',
  city: '',
  pincode: '',
  stateCode: null,
});

export const addressValuesOf = (a: Address | null | undefined): AddressValues => ({
  line1: a?.line1 ?? '',
  line2: a?.line2 ?? '',
  city: a?.city ?? '',
  pincode: a?.pincode ?? '',
  stateCode: a?.stateCode ?? null,
});

/** Blank text goes as-is: the contract turns it into null. */
export const addressInputOf = (
  a: AddressValues,
  stateCode: string | null = a.stateCode,
): AddressInput => ({
  line1: a.line1,
  line2: a.line2,
  city: a.city,
  pincode: a.pincode,
  stateCode,
});
