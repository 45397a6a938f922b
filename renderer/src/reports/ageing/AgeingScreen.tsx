import {
  Button,
  Group,
  Input,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { stateName } from '../../../../shared/gst';
import type { AgeingFilterOptions } from '../../../../shared/reports/ageing-export-contract';
import type { AgeingQueryInput, AgeingReport } from '../../../../shared/reports/contract';
import { useApi } from '../../api/context';
import { fieldErrorsOf, type FieldErrors } from '../../api/errors';
import { ScreenHeader } from '../../app/ScreenHeader';
import { DateInput } from '../../ui/DateInput';
import { downloadBase64 } from '../../ui/files';
import { formKeyHandler } from '../../ui/keys';
import { MoneyInput } from '../../ui/MoneyInput';
import { notifyError, notifySuccess } from '../../ui/notify';
import { AgeingGrid, type AgeingGridHandle } from './AgeingGrid';
import {
  ageingQueryOf,
  filtersOn,
  nextSort,
  screenField,
  sortRows,
  type AgeingRoute,
} from './ageingForm';
import { AgeingSummary } from './AgeingSummary';
import {
  canOpenDocument,
  customerColumns,
  customerSortValue,
  documentColumns,
  documentSortValue,
} from './columns';
import { CustomerDocuments } from './CustomerDocuments';
import { ExportJob } from './ExportJob';
import { FilterSelect } from './FilterSelect';

/** Typing settles for this long before the ledger is asked again. */
const SETTLE_MS = 250;

export interface AgeingScreenProps {
  route: AgeingRoute;
  onRoute: (route: AgeingRoute) => void;
  /** An invoice or note: the Invoices screen shows it. */
  onOpenDocument: (documentId: number) => void;
  /** A receipt: the Receipts screen shows it. */
  onOpenReceipt?: ((receiptId: number) => void) | undefined;
}

type Answer =
  { key: string; ok: true; report: AgeingReport } | { key: string; ok: false; errors: FieldErrors };

const NO_OPTIONS: AgeingFilterOptions = { groups: [], salespersons: [], stateCodes: [] };

/** Receivables ageing as of any date, by customer or by document, checked against the books. */
export function AgeingScreen({ route, onRoute, onOpenDocument, onOpenReceipt }: AgeingScreenProps) {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [shown, setShown] = useState<AgeingReport | null>(null);
  const [options, setOptions] = useState<AgeingFilterOptions>(NO_OPTIONS);
  const [active, setActive] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const grid = useRef<AgeingGridHandle>(null);
  const focusedOnce = useRef(false);

  const { query, errors: typedErrors } = ageingQueryOf(route);
  const key = query ? JSON.stringify(query) : null;
  const loading = key !== null && answer?.key !== key;
  const serverErrors = answer && !answer.ok && answer.key === key ? answer.errors : {};
  const errors: FieldErrors = { ...typedErrors, ...serverErrors };

  useEffect(() => {
    let live = true;
    void api.reports.ageingFilters().then((r) => {
      if (live && r.ok) setOptions(r.data);
    });
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.reports.ageing(JSON.parse(key) as AgeingQueryInput).then((r) => {
        if (!live) return;
        if (r.ok) {
          setAnswer({ key, ok: true, report: r.data });
          setShown(r.data);
        } else {
          const byField: FieldErrors = {};
          for (const [f, m] of Object.entries(fieldErrorsOf(r.error)))
            byField[screenField(f)] ??= m;
          setAnswer({ key, ok: false, errors: byField });
          if (!r.error.field) notifyError(r.error.message, 'The ageing report could not be run');
        }
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key]);

  // A big report renders behind the typing, never in its way.
  const report = useDeferredValue(shown);

  useEffect(() => {
    if (!report || focusedOnce.current) return;
    focusedOnce.current = true;
    if (document.activeElement === document.body) grid.current?.focus();
  }, [report]);

  const set = (patch: Partial<AgeingRoute>) => onRoute({ ...route, ...patch });

  const openDocument = (d: { documentId: number; kind: string }) => {
    if (d.kind === 'receipt') onOpenReceipt?.(d.documentId);
    else onOpenDocument(d.documentId);
  };

  const exportExcel = async () => {
    if (!query || exporting || jobId) return;
    setExporting(true);
    if (query.level === 'document') {
      const r = await api.reports.startAgeingExport(query);
      setExporting(false);
      if (r.ok) setJobId(r.data.jobId);
      else notifyError(r.error.message, 'Export failed');
      return;
    }
    const r = await api.reports.exportAgeing(query);
    setExporting(false);
    if (!r.ok) {
      notifyError(r.error.message, 'Export failed');
      return;
    }
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Exported ${r.data.fileName}`);
  };

  const level = report?.level ?? route.level;
  const sort = route.sort;
  // Sorted once per report and sort, not on every key typed in the filters.
  const customers = useMemo(
    () => (report ? sortRows(report.customers, sort, customerSortValue) : []),
    [report, sort],
  );
  const documents = useMemo(
    () => (report ? sortRows(report.documents, sort, documentSortValue) : []),
    [report, sort],
  );
  const columns = useMemo(
    () =>
      report
        ? {
            customer: customerColumns(report),
            document: documentColumns(report, { withCustomer: true }),
          }
        : null,
    [report],
  );
  const onSort = (k: string, numeric: boolean) => set({ sort: nextSort(sort, k, numeric) });
  const empty = (
    <Text size="sm" c="dimmed" p="md">
      Nothing is owed on this date{filtersOn(route) ? ' by the customers the filters keep' : ''}.
    </Text>
  );

  const stateOptions = options.stateCodes.map((code) => ({
    value: code,
    label: `${code} · ${stateName(code) ?? code}`,
  }));

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Ageing"
        subtitle="What customers owe as of a date, by age, against the AR control account"
      >
        {loading && (
          <Loader size="xs" data-testid="ageing-loading" aria-label="Running the report" />
        )}
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!query || jobId !== null}
          loading={exporting}
          onClick={() => void exportExcel()}
        >
          Export to Excel
        </Button>
      </ScreenHeader>

      <Group
        gap="sm"
        align="flex-start"
        data-form-root
        onKeyDown={formKeyHandler(() => void exportExcel())}
      >
        <DateInput
          label="As of"
          w={140}
          value={route.asOf}
          onChange={(t) => set({ asOf: t })}
          error={errors.asOf}
        />
        <Input.Wrapper label="Age by">
          <SegmentedControl
            display="flex"
            size="sm"
            value={route.basis}
            onChange={(v) => set({ basis: v as AgeingRoute['basis'] })}
            data={[
              { value: 'due', label: 'Due date' },
              { value: 'document', label: 'Document date' },
            ]}
            aria-label="Age by"
          />
        </Input.Wrapper>
        <TextInput
          label="Buckets (days)"
          w={170}
          value={route.buckets}
          onChange={(e) => set({ buckets: e.currentTarget.value })}
          error={errors.buckets}
          classNames={{ input: 'bahi-number' }}
          autoComplete="off"
        />
        <Input.Wrapper label="Level">
          <SegmentedControl
            display="flex"
            size="sm"
            value={route.level}
            onChange={(v) => set({ level: v as AgeingRoute['level'], sort: null })}
            data={[
              { value: 'customer', label: 'By customer' },
              { value: 'document', label: 'By document' },
            ]}
            aria-label="Level"
          />
        </Input.Wrapper>
        <FilterSelect
          label="Customer group"
          placeholder="All groups"
          w={170}
          data={options.groups}
          value={route.customerGroup}
          onChange={(v) => set({ customerGroup: v })}
          error={errors.customerGroup}
          nothingFound="No such group"
        />
        <FilterSelect
          label="Salesperson"
          placeholder="Everyone"
          w={160}
          data={options.salespersons}
          value={route.salesperson}
          onChange={(v) => set({ salesperson: v })}
          error={errors.salesperson}
          nothingFound="No such salesperson"
        />
        <FilterSelect
          label="State"
          placeholder="All states"
          w={190}
          data={stateOptions}
          value={route.stateCode}
          onChange={(v) => set({ stateCode: v })}
          error={errors.stateCode}
          nothingFound="No customer in that state"
        />
        <MoneyInput
          label="Minimum balance"
          w={150}
          value={route.minBalance}
          onChange={(t) => set({ minBalance: t })}
          error={errors.minBalance}
        />
        {filtersOn(route) && (
          <Button
            variant="subtle"
            size="sm"
            mt={25}
            onClick={() =>
              set({ customerGroup: null, salesperson: null, stateCode: null, minBalance: '' })
            }
          >
            Clear filters
          </Button>
        )}
      </Group>

      {jobId && <ExportJob jobId={jobId} onEnd={() => setJobId(null)} />}

      {report && <AgeingSummary report={report} />}

      <div
        style={{
          flex: 1,
          minHeight: 220,
          display: 'flex',
          opacity: loading ? 0.6 : 1,
          transition: 'opacity 120ms',
        }}
        aria-busy={loading}
      >
        {!report || !columns ? (
          <Group p="md">
            <Loader size="sm" />
          </Group>
        ) : level === 'customer' ? (
          <AgeingGrid
            ref={grid}
            label="Ageing by customer"
            testId="ageing-grid"
            rows={customers}
            columns={columns.customer}
            rowKey={(c) => c.customerId}
            activeIndex={Math.min(active, Math.max(report.customers.length - 1, 0))}
            onActiveIndex={setActive}
            onOpen={(c) =>
              set({
                drill: { customerId: c.customerId, label: `${c.customerCode} · ${c.customerName}` },
              })
            }
            sort={sort}
            onSort={onSort}
            empty={empty}
          />
        ) : (
          <AgeingGrid
            ref={grid}
            label="Ageing by document"
            testId="ageing-grid"
            rows={documents}
            columns={columns.document}
            rowKey={(d) => d.documentId}
            activeIndex={Math.min(active, Math.max(report.documents.length - 1, 0))}
            onActiveIndex={setActive}
            onOpen={openDocument}
            canOpen={canOpenDocument}
            sort={sort}
            onSort={onSort}
            empty={empty}
          />
        )}
      </div>

      <CustomerDocuments
        key={route.drill?.customerId ?? 'none'}
        drill={route.drill}
        query={query}
        onClose={() => {
          set({ drill: null });
          setTimeout(() => grid.current?.focus(), 0);
        }}
        onOpenDocument={openDocument}
      />
    </Stack>
  );
}
