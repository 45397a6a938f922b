import { SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors } from '../api/errors';
import type { AddressValues } from './address';
import { StateSelect } from './StateSelect';

interface AddressFieldsProps {
  /** Prefix of the accessible names and of the error paths, e.g. "Billing" / `billingAddress`. */
  name: string;
  path: string;
  value: AddressValues;
  onChange: (next: AddressValues, changedPath: string) => void;
  errors: FieldErrors;
  withState?: boolean;
}

export function AddressFields({
  name,
  path,
  value,
  onChange,
  errors,
  withState = false,
}: AddressFieldsProps) {
  const set = (key: keyof AddressValues) => (text: string | null) =>
    onChange({ ...value, [key]: text ?? '' }, `${path}.${key}`);
  const err = (key: keyof AddressValues) => errors[`${path}.${key}`];
  return (
    <>
      <TextInput
        label="Address line 1"
        aria-label={`${name} address line 1`}
        value={value.line1}
        onChange={(e) => set('line1')(e.currentTarget.value)}
        error={err('line1')}
      />
      <TextInput
        label="Address line 2"
        aria-label={`${name} address line 2`}
        value={value.line2}
        onChange={(e) => set('line2')(e.currentTarget.value)}
        error={err('line2')}
      />
      <SimpleGrid cols={withState ? 3 : 2} spacing="sm">
        <TextInput
          label="City"
          aria-label={`${name} city`}
          value={value.city}
          onChange={(e) => set('city')(e.currentTarget.value)}
          error={err('city')}
        />
        <TextInput
          label="PIN code"
          aria-label={`${name} PIN code`}
          inputMode="numeric"
          maxLength={6}
          value={value.pincode}
          onChange={(e) => set('pincode')(e.currentTarget.value)}
          error={err('pincode')}
          classNames={{ input: 'bahi-number' }}
        />
        {withState && (
          <StateSelect
            label="State"
            aria-label={`${name} state`}
            value={value.stateCode}
            onChange={(code) => onChange({ ...value, stateCode: code }, `${path}.stateCode`)}
            error={err('stateCode')}
          />
        )}
      </SimpleGrid>
    </>
  );
}
