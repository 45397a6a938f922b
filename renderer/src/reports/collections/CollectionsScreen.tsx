import { Loader, ScrollArea, Stack, Tabs } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { todayIso } from '../../../../shared/dates';
import { useApi } from '../../api/context';
import { ScreenHeader } from '../../app/ScreenHeader';
import { ArScheduleTab } from './ArScheduleTab';
import { CollectionsTab } from './CollectionsTab';
import { DsoTab } from './DsoTab';
import { ForecastTab } from './ForecastTab';
import { ManagementPack } from './ManagementPack';
import { monthOf, yearToDate } from './mis';

export type CollectionsTabName = 'collections' | 'dso' | 'forecast' | 'schedule';

/**
 * Collections MIS: money in by period, DSO over twelve months, the thirteen-week forecast and
 * the AR schedule, each exportable to Excel; and the management pack that puts them together.
 */
export function CollectionsScreen({
  today = todayIso(),
  initialTab = 'collections',
}: {
  today?: string;
  initialTab?: CollectionsTabName;
}) {
  const api = useApi();
  // The financial year starts when the company's does (April unless set otherwise).
  const [fyStartMonth, setFyStartMonth] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void api.company.get().then((r) => {
      if (live) setFyStartMonth(r.ok && r.data ? r.data.fyStartMonth : 4);
    });
    return () => {
      live = false;
    };
  }, [api]);
  const [tab, setTab] = useState<CollectionsTabName>(initialTab);
  // Tabs keep their inputs while the user moves between them.
  const [seen, setSeen] = useState<Set<CollectionsTabName>>(() => new Set([initialTab]));
  const open = (t: CollectionsTabName) => {
    setTab(t);
    setSeen((s) => (s.has(t) ? s : new Set([...s, t])));
  };
  const panel = (t: CollectionsTabName, node: ReactNode) =>
    seen.has(t) ? (
      <Tabs.Panel value={t} pt="sm" keepMounted>
        {node}
      </Tabs.Panel>
    ) : null;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Collections & DSO"
        subtitle="Money in, days sales outstanding, what should come in, and the AR schedule"
      >
        <ManagementPack today={today} />
      </ScreenHeader>
      <Tabs
        value={tab}
        onChange={(v) => v && open(v as CollectionsTabName)}
        keepMounted
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="collections">Collections</Tabs.Tab>
          <Tabs.Tab value="dso">DSO</Tabs.Tab>
          <Tabs.Tab value="forecast">Forecast</Tabs.Tab>
          <Tabs.Tab value="schedule">AR schedule</Tabs.Tab>
        </Tabs.List>
        <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
          {fyStartMonth === null ? (
            <Loader size="sm" m="md" />
          ) : (
            panel('collections', <CollectionsTab initial={yearToDate(today, fyStartMonth)} />)
          )}
          {panel('dso', <DsoTab today={today} />)}
          {panel('forecast', <ForecastTab today={today} />)}
          {panel('schedule', <ArScheduleTab initial={monthOf(today)} />)}
        </ScrollArea>
      </Tabs>
    </Stack>
  );
}
