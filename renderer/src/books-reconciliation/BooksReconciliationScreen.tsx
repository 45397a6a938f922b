import { Box, Group, Loader, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import type {
  ComparisonReport,
  ControlReport,
} from '../../../shared/books-reconciliation/contract';
import { todayIso } from '../../../shared/dates';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { notifyError } from '../ui/notify';
import { ControlPanel } from './ControlPanel';
import { TallyPanel } from './TallyPanel';

/**
 * Books reconciliation as of a date: the AR control account against the sum of customer
 * balances (with any difference traced), and Tally's balances per customer against ours.
 */
export function BooksReconciliationScreen() {
  const api = useApi();
  const [asOfText, setAsOfText] = useState(() => dateText(todayIso()));
  const [asOf, setAsOf] = useState<string>(() => todayIso());
  const [control, setControl] = useState<ControlReport | null>(null);
  const [comparison, setComparison] = useState<ComparisonReport | null>(null);
  const [version, setVersion] = useState(0);
  const [deep, setDeep] = useState(false);

  // The reports follow the date as soon as what is typed is a whole date.
  const onAsOf = (text: string) => {
    setAsOfText(text);
    const parsed = parseDateText(text, 'As-of date');
    if (parsed.ok && parsed.iso) setAsOf(parsed.iso);
  };

  useEffect(() => {
    let live = true;
    void api.booksReconciliation.control({ asOf, deep }).then((r) => {
      if (!live) return;
      if (r.ok) setControl(r.data);
      else notifyError(r.error.message, 'AR control not loaded');
    });
    void api.booksReconciliation.compare({ asOf }).then((r) => {
      if (!live) return;
      if (r.ok) setComparison(r.data);
      else notifyError(r.error.message, 'Tally comparison not loaded');
    });
    return () => {
      live = false;
    };
  }, [api, asOf, deep, version]);

  const reload = () => setVersion((v) => v + 1);

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Books reconciliation"
        subtitle="The AR control account against customer balances, and Tally's balances against ours"
      >
        <DateInput label="As of" w={160} value={asOfText} onChange={onAsOf} />
        <ExcelExportButton
          label="Both to Excel"
          mt="auto"
          run={() => api.booksReconciliation.exportExcel({ asOf })}
        />
      </ScreenHeader>
      <Tabs
        defaultValue="control"
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="control">AR control</Tabs.Tab>
          <Tabs.Tab value="tally">Tally comparison</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="control" pt="sm">
          {control ? (
            <ControlPanel report={control} onCheckDocuments={() => setDeep(true)} />
          ) : (
            <Loader size="sm" />
          )}
        </Tabs.Panel>
        <Tabs.Panel
          value="tally"
          pt="sm"
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          {comparison ? (
            <TallyPanel asOf={asOf} report={comparison} onChanged={reload} />
          ) : (
            <Group>
              <Loader size="sm" />
            </Group>
          )}
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
