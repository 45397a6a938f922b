import { ScrollArea, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { StatementColumns } from '../../../shared/bank-reconciliation/contract';
import { TypeableSelect } from '../receipts/selects';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import {
  COLUMN_LABELS,
  columnsFor,
  initialMapping,
  mappingOf,
  type MappedColumn,
  type MappingForm,
} from './mapping';
import type { useStatementImport, Upload } from './useStatementImport';

const FIELDS = new Set<string>([...Object.keys(COLUMN_LABELS), 'dateOrder']);

const DATE_ORDERS = [
  { value: 'dmy', label: 'Day first (31-12-2025)' },
  { value: 'mdy', label: 'Month first (12-31-2025)' },
  { value: 'ymd', label: 'Year first (2025-12-31)' },
];

const OPTIONAL = new Set<MappedColumn>(['reference', 'drcr', 'balance']);

interface MappingDialogProps {
  upload: Upload;
  columns: StatementColumns;
  /** Why the file was not read as it is. */
  message: string;
  accountName: string;
  importMapped: ReturnType<typeof useStatementImport>['importMapped'];
  onClose: () => void;
}

/** Say once which column of an unknown layout is which; the ledger remembers it for the account. */
export function MappingDialog({
  upload,
  columns,
  message,
  accountName,
  importMapped,
  onClose,
}: MappingDialogProps) {
  const [form, setForm] = useState<MappingForm>(() =>
    initialMapping(columns.columns, columns.remembered),
  );
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);
  const options = [...new Set(columns.columns.filter((c) => c.trim()))].map((c) => ({
    value: c,
    label: c,
  }));
  const set = <K extends keyof MappingForm>(field: K, value: MappingForm[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    edit(field);
  };

  const save = () => {
    const m = mappingOf(form);
    const mapping = m.ok ? m.mapping : null;
    // With errors found, submit shows them and sends nothing; once imported, the outcome
    // takes the dialog's place.
    void submit(
      m.ok ? {} : m.errors,
      () => importMapped(upload, mapping!),
      () => undefined,
    );
  };

  return (
    <LedgerDialog
      title={`Map the columns of ${upload.fileName}`}
      intro={`No bank preset reads this layout. Say which column is which, once: Bahi remembers it for ${accountName} and reads its next statements the same way.`}
      general={general}
      busy={busy}
      action="Import with this mapping"
      size="xl"
      onAction={save}
      onClose={onClose}
    >
      <Text size="xs" c="dimmed" data-testid="mapping-reason">
        {message}
      </Text>
      <ScrollArea.Autosize mah={180}>
        <Table
          fz="xs"
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          aria-label="The statement's first rows"
        >
          <Table.Thead bg="gray.1">
            <Table.Tr>
              {columns.columns.map((c, i) => (
                <Table.Th key={i}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody className="bahi-number">
            {columns.sample.map((row, r) => (
              <Table.Tr key={r}>
                {row.map((cell, i) => (
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Amounts are in
        </Text>
        <SegmentedControl
          aria-label="Amounts are in"
          value={form.amounts}
          onChange={(v) => set('amounts', v as MappingForm['amounts'])}
          data={[
            { value: 'split', label: 'Debit and credit columns' },
            { value: 'single', label: 'One amount column (with Dr / Cr)' },
          ]}
        />
      </Stack>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {columnsFor(form.amounts).map((f) => (
          <TypeableSelect
            key={f}
            label={COLUMN_LABELS[f]}
            withAsterisk={!OPTIONAL.has(f)}
            placeholder={OPTIONAL.has(f) ? 'None' : 'Choose the column'}
            clearable={OPTIONAL.has(f)}
            data={options}
            value={form[f]}
            onChange={(v) => set(f, v)}
            error={errors[f]}
          />
        ))}
        <TypeableSelect
          label="Dates are written"
          data={DATE_ORDERS}
          value={form.dateOrder}
          onChange={(v) => v && set('dateOrder', v as MappingForm['dateOrder'])}
          error={errors.dateOrder}
        />
      </SimpleGrid>
    </LedgerDialog>
  );
}
