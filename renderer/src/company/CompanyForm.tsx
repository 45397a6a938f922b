import {
  Box,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { Company, CompanyInput } from '../../../shared/company/contract';
import type { Result } from '../../../shared/result';
import { AddressFields } from '../ui/AddressFields';
import { FormSection } from '../ui/FormSection';
import { GstinInput } from '../ui/GstinInput';
import { MoneyInput } from '../ui/MoneyInput';
import { formKeyHandler } from '../ui/keys';
import { StateSelect } from '../ui/StateSelect';
import { useForm } from '../ui/useForm';
import {
  companyInputOf,
  companyValuesOf,
  isCompanyField,
  MONTHS,
  type BankValues,
} from './companyForm';
import { LogoPicker } from './LogoPicker';

interface CompanyFormProps {
  company: Company | null;
  submitLabel: string;
  submit: (input: CompanyInput) => Promise<Result<Company>>;
  onSaved: (company: Company) => void;
  /** Extra actions beside Save (e.g. "Open sample company" on first run). */
  actions?: ReactNode;
}

/** One form for first-run set-up and for company settings. */
export function CompanyForm({ company, submitLabel, submit, onSaved, actions }: CompanyFormProps) {
  const { values, set, patch, errors, setValues, clearError, showError, showFieldErrors, rootRef } =
    useForm(() => companyValuesOf(company), isCompanyField);
  const [saving, setSaving] = useState(false);

  const setBank = (key: keyof BankValues, text: string) => {
    setValues((v) => ({ ...v, bank: { ...v.bank, [key]: text } }));
    clearError(`bank.${key}`);
  };

  const save = async () => {
    if (saving) return;
    const checked = companyInputOf(values);
    if (!checked.ok) return showFieldErrors(checked.errors);
    setSaving(true);
    const result = await submit(checked.input);
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else showError(result.error);
  };

  return (
    <Box ref={rootRef} onKeyDown={formKeyHandler(() => void save())}>
      <Paper withBorder p="lg" radius="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={32} verticalSpacing="lg">
          <Stack gap="lg">
            <FormSection title="Business">
              <TextInput
                label="Legal name"
                withAsterisk
                // First run starts typing here; settings should not steal focus from the navbar.
                autoFocus={company === null}
                value={values.legalName}
                onChange={(e) => set('legalName', e.currentTarget.value)}
                error={errors.legalName}
              />
              <TextInput
                label="Trade name"
                description="Shown in the header and on invoices, if different"
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                value={values.tradeName}
                onChange={(e) => set('tradeName', e.currentTarget.value)}
                error={errors.tradeName}
              />
              <GstinInput
                value={values.gstin}
                error={errors.gstin}
                onChange={(gstin, parts) => patch(parts ? { gstin, ...parts } : { gstin })}
              />
              <SimpleGrid cols={2} spacing="sm">
                <StateSelect
                  label="State"
                  withAsterisk
                  value={values.stateCode}
                  onChange={(code) => set('stateCode', code)}
                  error={errors.stateCode}
                />
                <TextInput
                  label="PAN"
                  maxLength={10}
                  classNames={{ input: 'bahi-mono' }}
                  value={values.pan}
                  onChange={(e) => set('pan', e.currentTarget.value.toUpperCase())}
                  error={errors.pan}
                />
              </SimpleGrid>
            </FormSection>
            <FormSection title="Contact">
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label="E-mail"
                  type="email"
                  value={values.email}
                  onChange={(e) => set('email', e.currentTarget.value)}
                  error={errors.email}
                />
                <TextInput
                  label="Phone"
                  type="tel"
                  value={values.phone}
                  onChange={(e) => set('phone', e.currentTarget.value)}
                  error={errors.phone}
                />
              </SimpleGrid>
            </FormSection>
            <FormSection title="Books">
              <SimpleGrid cols={2} spacing="sm">
                <Select
                  label="Financial year starts in"
                  data={MONTHS}
                  allowDeselect={false}
                  value={values.fyStartMonth}
                  onChange={(m) => set('fyStartMonth', m ?? '4')}
                  error={errors.fyStartMonth}
                />
                <Select
                  label="Customer over credit limit or on hold"
                  description="When an invoice is issued or an estimate approved"
                  data={[
                    { value: 'off', label: 'No check' },
                    { value: 'warn', label: 'Warn, then allow' },
                    { value: 'block', label: 'Block unless overridden' },
                  ]}
                  allowDeselect={false}
                  value={values.creditCheck}
                  onChange={(m) => set('creditCheck', m === 'block' || m === 'off' ? m : 'warn')}
                  error={errors.creditCheck}
                />
                <MoneyInput
                  label="Write-off tolerance"
                  description="A balance up to this may be written off as a small balance"
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={values.writeOffTolerance}
                  onChange={(text) => set('writeOffTolerance', text)}
                  error={errors.writeOffTolerance}
                />
              </SimpleGrid>
              <LogoPicker
                value={values.logo}
                onChange={(logo) => set('logo', logo)}
                error={errors.logo}
              />
            </FormSection>
          </Stack>
          <Stack gap="lg">
            <FormSection title="Registered address">
              <AddressFields
                name="Company"
                path="address"
                value={values.address}
                errors={errors}
                onChange={(address, path) => {
                  setValues((v) => ({ ...v, address }));
                  clearError(path);
                }}
              />
            </FormSection>
            <FormSection title="Bank account (printed on invoices)">
              <TextInput
                label="Account name"
                value={values.bank.accountName}
                onChange={(e) => setBank('accountName', e.currentTarget.value)}
                error={errors['bank.accountName']}
              />
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label="Bank"
                  value={values.bank.bankName}
                  onChange={(e) => setBank('bankName', e.currentTarget.value)}
                  error={errors['bank.bankName']}
                />
                <TextInput
                  label="Branch"
                  value={values.bank.branch}
                  onChange={(e) => setBank('branch', e.currentTarget.value)}
                  error={errors['bank.branch']}
                />
                <TextInput
                  label="Account number"
                  inputMode="numeric"
                  classNames={{ input: 'bahi-mono' }}
                  value={values.bank.accountNumber}
                  onChange={(e) => setBank('accountNumber', e.currentTarget.value)}
                  error={errors['bank.accountNumber']}
                />
                <TextInput
                  label="IFSC"
                  maxLength={11}
                  classNames={{ input: 'bahi-mono' }}
                  value={values.bank.ifsc}
                  onChange={(e) => setBank('ifsc', e.currentTarget.value.toUpperCase())}
                  error={errors['bank.ifsc']}
                />
              </SimpleGrid>
            </FormSection>
          </Stack>
        </SimpleGrid>
        <Group
          justify="space-between"
          mt="xl"
          pt="md"
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Text size="xs" c="dimmed">
            Enter moves to the next field · Ctrl+S saves
          </Text>
          <Group gap="sm">
            {actions}
            <Button
              data-enter-stop
              leftSection={<IconDeviceFloppy size={16} />}
              loading={saving}
              onClick={() => void save()}
            >
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Box>
  );
}
