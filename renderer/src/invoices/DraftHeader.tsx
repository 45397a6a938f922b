import { Box, Checkbox, MultiSelect, Select, Text, TextInput } from '@mantine/core';
import type { IsoDate } from '../../../shared/dates';
import type { CustomerSummary } from '../../../shared/customers/contract';
import {
  NOTE_REASON_LABELS,
  NOTE_REASONS,
  type DocumentSummary,
} from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import type { FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { stateLabel } from '../ui/format';
import { StateSelect } from '../ui/StateSelect';
import {
  dueByTerms,
  type CustomerFacts,
  type InvoiceFormValues,
  type NoteReason,
} from './invoiceForm';
import { CustomerPicker } from './pickers';

const REASON_OPTIONS = NOTE_REASONS.map((r) => ({ value: r, label: NOTE_REASON_LABELS[r] }));

interface DraftHeaderProps {
  values: InvoiceFormValues;
  errors: FieldErrors;
  customer: CustomerFacts | null;
  intraState: boolean;
  /** The state the ledger uses when no place of supply is chosen. */
  derivedSupply: string | null;
  /** Issued invoices of this customer a note may adjust. */
  adjustable: DocumentSummary[];
  autoFocusCustomer: boolean;
  set: <K extends keyof InvoiceFormValues>(key: K, value: InvoiceFormValues[K]) => void;
  onDate: (text: string) => void;
  onCustomer: (customer: CustomerSummary) => void;
}

const customerFactsLine = (c: CustomerFacts) =>
  [
    c.gstin ?? 'Unregistered',
    stateLabel(c.stateCode),
    `${c.paymentTermsDays} days`,
    c.creditLimit === null ? null : `limit ${formatINR(paise(c.creditLimit), { paise: false })}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** Who, when and where: the voucher's header, in the order Enter walks it. */
export function DraftHeader({
  values,
  errors,
  customer,
  intraState,
  derivedSupply,
  adjustable,
  autoFocusCustomer,
  set,
  onDate,
  onCustomer,
}: DraftHeaderProps) {
  const isNote = values.kind !== 'invoice';
  const date = parseDateText(values.date);
  const byTerms = dueByTerms(
    values.kind,
    date.ok ? (date.iso as IsoDate | null) : null,
    customer?.paymentTermsDays,
  );

  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns:
          'minmax(300px, 2.4fr) 136px 136px minmax(180px, 1.1fr) minmax(140px, 1fr) 118px',
        gap: '8px 12px',
        alignItems: 'start',
      }}
    >
      <CustomerPicker
        label="Customer"
        withAsterisk
        placeholder="Search code, name or GSTIN"
        autoFocus={autoFocusCustomer}
        openOnFocus
        pickedLabel={values.customerLabel}
        onPick={onCustomer}
        error={errors.customerId}
        description={customer ? customerFactsLine(customer) : ' '}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data-testid="customer-picker"
      />
      <DateInput
        label="Date"
        withAsterisk
        value={values.date}
        onChange={onDate}
        error={errors.date}
      />
      {values.kind === 'credit_note' ? (
        <Box />
      ) : (
        <DateInput
          label="Due date"
          placeholder={byTerms ? dateText(byTerms) : 'dd-mm-yyyy'}
          value={values.dueDate}
          onChange={(t) => set('dueDate', t)}
          error={errors.dueDate}
          description={
            values.dueDate.trim() === '' && customer
              ? `By terms: ${customer.paymentTermsDays} days`
              : ' '
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      )}
      <StateSelect
        label="Place of supply"
        placeholder={derivedSupply ? stateLabel(derivedSupply) : 'From the customer'}
        value={values.placeOfSupply}
        onChange={(code) => set('placeOfSupply', code)}
        error={errors.placeOfSupply}
        description={
          <Text span size="xs" data-testid="supply-kind">
            {intraState ? 'Intra-state: CGST + SGST' : 'Inter-state: IGST'}
          </Text>
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <TextInput
        label="PO / reference"
        maxLength={100}
        value={values.reference}
        onChange={(e) => set('reference', e.currentTarget.value)}
        error={errors.reference}
      />
      <Checkbox
        label="Reverse charge"
        size="xs"
        mt={30}
        checked={values.reverseCharge}
        onChange={(e) => set('reverseCharge', e.currentTarget.checked)}
      />

      {isNote && (
        <>
          <Select
            label="Reason"
            withAsterisk
            placeholder="Why this note"
            data={REASON_OPTIONS}
            allowDeselect={false}
            value={values.reason}
            onChange={(r) => set('reason', (r as NoteReason | null) ?? null)}
            error={errors.reason}
            comboboxProps={{ withinPortal: true }}
          />
          <Box style={{ gridColumn: '2 / -1' }}>
            <MultiSelect
              label={values.kind === 'credit_note' ? 'Against invoice' : 'Adjusts invoice'}
              withAsterisk
              placeholder={
                values.customerId === null
                  ? 'Choose the customer first'
                  : adjustable.length
                    ? 'Pick the issued invoice(s)'
                    : 'No issued invoice for this customer'
              }
              searchable
              data={adjustable.map((d) => ({
                value: String(d.id),
                label: `${d.number ?? ''} · ${dateText(d.date)} · ${formatINR(paise(d.total))} (open ${formatINR(paise(d.openBalance))})`,
              }))}
              value={values.referencedIds.map(String)}
              onChange={(ids) => set('referencedIds', ids.map(Number))}
              error={errors.referencedIds}
              comboboxProps={{ withinPortal: true }}
            />
          </Box>
        </>
      )}
    </Box>
  );
}
