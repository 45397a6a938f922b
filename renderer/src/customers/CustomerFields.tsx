import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { FieldErrors } from '../api/errors';
import { AddressFields } from '../ui/AddressFields';
import { FormSection } from '../ui/FormSection';
import { GstinInput } from '../ui/GstinInput';
import { MoneyInput } from '../ui/MoneyInput';
import { StateSelect } from '../ui/StateSelect';
import { ContactsEditor } from './ContactsEditor';
import type { CustomerFormValues } from './customerForm';

interface CustomerFieldsProps {
  values: CustomerFormValues;
  errors: FieldErrors;
  set: <K extends keyof CustomerFormValues>(key: K, value: CustomerFormValues[K]) => void;
  patch: (partial: Partial<CustomerFormValues>) => void;
  clearError: (path: string) => void;
  clearErrorsUnder: (prefix: string) => void;
}

/** Every input of the customer form; state and saving live in CustomerEditor. */
export function CustomerFields({
  values,
  errors,
  set,
  patch,
  clearError,
  clearErrorsUnder,
}: CustomerFieldsProps) {
  const text = (key: keyof CustomerFormValues) => ({
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, e.currentTarget.value),
    error: errors[key],
  });
  return (
    <Stack gap="lg">
      <FormSection title="Customer">
        <SimpleGrid cols={2} spacing="sm" style={{ gridTemplateColumns: '1fr 2.6fr' }}>
          <TextInput
            label="Code"
            withAsterisk
            data-autofocus
            maxLength={20}
            classNames={{ input: 'bahi-mono' }}
            {...text('code')}
            onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
          />
          <TextInput label="Name" withAsterisk {...text('name')} />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <GstinInput
            value={values.gstin}
            error={errors.gstin}
            onChange={(gstin, parts) => patch(parts ? { gstin, ...parts } : { gstin })}
          />
          <TextInput
            label="PAN"
            maxLength={10}
            classNames={{ input: 'bahi-mono' }}
            {...text('pan')}
            onChange={(e) => set('pan', e.currentTarget.value.toUpperCase())}
          />
          <StateSelect
            label="State"
            withAsterisk
            value={values.stateCode}
            onChange={(code) => set('stateCode', code)}
            error={errors.stateCode}
          />
        </SimpleGrid>
      </FormSection>

      <FormSection title="Reach">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="E-mail" type="email" {...text('email')} />
          <TextInput label="Phone" type="tel" {...text('phone')} />
          <TextInput label="WhatsApp" type="tel" {...text('whatsapp')} />
        </SimpleGrid>
      </FormSection>

      <FormSection title="Credit">
        <SimpleGrid cols={4} spacing="sm">
          <TextInput
            label="Payment terms (days)"
            inputMode="numeric"
            maxLength={3}
            classNames={{ input: 'bahi-number' }}
            {...text('paymentTermsDays')}
          />
          <MoneyInput
            label="Credit limit (₹)"
            placeholder="No limit"
            value={values.creditLimit}
            onChange={(t) => set('creditLimit', t)}
            error={errors.creditLimit}
          />
          <TextInput label="Customer group" {...text('customerGroup')} />
          <TextInput label="Salesperson" {...text('salesperson')} />
        </SimpleGrid>
      </FormSection>

      <FormSection title="Billing address">
        <AddressFields
          name="Billing"
          path="billingAddress"
          value={values.billingAddress}
          errors={errors}
          onChange={(billingAddress, path) => {
            set('billingAddress', billingAddress);
            clearError(path);
          }}
        />
        <Checkbox
          mt={4}
          label="Shipping address same as billing"
          checked={values.shippingSameAsBilling}
          onChange={(e) => set('shippingSameAsBilling', e.currentTarget.checked)}
        />
      </FormSection>

      {!values.shippingSameAsBilling && (
        <FormSection title="Shipping address">
          <AddressFields
            name="Shipping"
            path="shippingAddress"
            withState
            value={values.shippingAddress}
            errors={errors}
            onChange={(shippingAddress, path) => {
              set('shippingAddress', shippingAddress);
              clearError(path);
            }}
          />
        </FormSection>
      )}

      <FormSection title="Contacts">
        <ContactsEditor
          contacts={values.contacts}
          errors={errors}
          onChange={(contacts, path) => {
            set('contacts', contacts);
            // Adding or removing a row shifts the numbering, so old row errors no longer fit.
            if (path) clearError(path);
            else clearErrorsUnder('contacts');
          }}
        />
      </FormSection>

      <Textarea label="Notes" autosize minRows={2} maxRows={6} {...text('notes')} />
    </Stack>
  );
}
