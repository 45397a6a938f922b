import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { ImportProblems } from '../ui/FileImportDialog';
import { plural } from '../ui/format';
import type { ImportState } from './useStatementImport';

const FORMATS: Record<string, string> = {
  csv: 'CSV',
  xlsx: 'Excel',
  mt940: 'MT940',
  camt053: 'camt.053',
};

/** How the last statement file went: lines new and already there, balance breaks, or why not. */
export function ImportOutcome({ state, onClose }: { state: ImportState; onClose: () => void }) {
  if (state.kind === 'refused') {
    return (
      <Alert
        color="red"
        title="Nothing was imported"
        withCloseButton
        onClose={onClose}
        data-testid="import-refused"
      >
        <Text size="sm" mb={state.issues.length ? 'sm' : 0}>
          {state.message}
        </Text>
        <ImportProblems issues={state.issues} rowLabel="Line" />
      </Alert>
    );
  }
  if (state.kind !== 'imported') return null;
  const r = state.result;
  const breaks = r.warnings.length > 0;
  return (
    <Alert
      color={breaks ? 'orange' : 'teal'}
      icon={breaks ? <IconAlertTriangle size={18} /> : <IconCircleCheck size={18} />}
      title={`${state.fileName}: ${plural(r.linesNew, 'new line')}, ${plural(r.linesAlready, 'line')} already there`}
      withCloseButton
      onClose={onClose}
      data-testid="import-result"
    >
      <Text size="sm" className="bahi-number">
        {FORMATS[r.format] ?? r.format}
        {r.from && r.to ? `, ${dateText(r.from)} to ${dateText(r.to)}` : ''}
        {r.openingBalance !== null ? ` · opening ${inr(r.openingBalance)}` : ''}
        {r.closingBalance !== null ? ` · closing ${inr(r.closingBalance)}` : ''}
        {r.mappingUsed === 'given' ? ' · your column mapping is remembered for this account' : ''}
        {r.mappingUsed === 'remembered' ? ' · read with the column mapping remembered' : ''}
      </Text>
      {breaks && (
        <>
          <Text size="sm" fw={600} mt="xs">
            The statement&apos;s balances do not follow from its lines:
          </Text>
          <List size="sm" data-testid="balance-breaks">
            {r.warnings.map((w) => (
              <List.Item key={w.line}>
                Line {w.line}: {w.message}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
