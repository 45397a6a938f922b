import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DateInput } from '../../ui/DateInput';
import { formKeyHandler } from '../../ui/keys';
import type { ReportTab, usePeriodInput } from './hooks';

/** A tab's inputs with Export to Excel at the right; Enter walks the inputs, Ctrl+S exports. */
export function ReportToolbar({ tab, children }: { tab: ReportTab; children: ReactNode }) {
  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="nowrap"
      data-form-root
      onKeyDown={formKeyHandler(tab.exportExcel)}
    >
      {children}
      <Button
        ml="auto"
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        disabled={!tab.canExport}
        loading={tab.exporting}
        onClick={tab.exportExcel}
      >
        Export to Excel
      </Button>
    </Group>
  );
}

/** From and To of the report's period; each change is a new query, so old refusals go. */
export function PeriodDates({
  input,
  tab,
}: {
  input: ReturnType<typeof usePeriodInput>;
  tab: ReportTab;
}) {
  const errors = { ...input.errors, ...tab.errors };
  return (
    <>
      <DateInput
        label="From"
        w={150}
        value={input.from}
        onChange={(t) => {
          input.setFrom(t);
          tab.clearErrors();
        }}
        error={errors.from}
      />
      <DateInput
        label="To"
        w={150}
        value={input.to}
        onChange={(t) => {
          input.setTo(t);
          tab.clearErrors();
        }}
        error={errors.to}
      />
    </>
  );
}
