import { useEffect, useRef, useState } from 'react';
import type { FileDownload } from '../../../../shared/contract/fields';
import type { Result } from '../../../../shared/result';
import { fieldErrorsOf, type FieldErrors } from '../../api/errors';
import { dateText, parseDateText } from '../../ui/dates';
import { downloadBase64 } from '../../ui/files';
import { notifyError, notifySuccess } from '../../ui/notify';

/**
 * A report loaded whenever its `key` changes (null: the inputs are not ready yet). The ledger's
 * refusal comes back as field errors for the inputs, and a notification.
 */
export function useReport<T>(key: string | null, load: () => Promise<Result<T>>, title: string) {
  const [data, setData] = useState<T | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const latest = useRef({ load, title });
  useEffect(() => {
    latest.current = { load, title };
  });
  useEffect(() => {
    if (!key) return;
    let live = true;
    void latest.current.load().then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.data);
        setErrors({});
      } else {
        setErrors(fieldErrorsOf(r.error));
        notifyError(r.error.message, latest.current.title);
      }
    });
    return () => {
      live = false;
    };
  }, [key]);
  return { data, errors, clearErrors: () => setErrors({}) };
}

/** An Excel export: the file goes to the browser's (or Electron's) downloads. */
export function useExport() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async (call: () => Promise<Result<FileDownload>>) => {
    if (busy) return;
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrorsOf(r.error));
      notifyError(r.error.message, 'Export failed');
      return;
    }
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Exported ${r.data.fileName}`);
  };
  return { busy, run, errors, clearErrors: () => setErrors({}) };
}

/**
 * A tab of the Collections & DSO screen: its report for `query` (null until the inputs are
 * whole), the same query to Excel, and what the ledger refused in either, by field.
 */
export function useReportTab<Q, T>(
  query: Q | null,
  load: (q: Q) => Promise<Result<T>>,
  exportFile: (q: Q) => Promise<Result<FileDownload>>,
  title: string,
) {
  const report = useReport(
    query === null ? null : JSON.stringify(query),
    () => load(query!),
    title,
  );
  const exporter = useExport();
  return {
    data: report.data,
    errors: { ...report.errors, ...exporter.errors },
    canExport: query !== null,
    exporting: exporter.busy,
    exportExcel: () => {
      if (query) void exporter.run(() => exportFile(query));
    },
    /** The inputs changed: what was refused before no longer applies. */
    clearErrors: () => {
      report.clearErrors();
      exporter.clearErrors();
    },
  };
}

/** What the toolbar of a tab needs: its errors, whether it can export, and the export. */
export type ReportTab = Omit<ReturnType<typeof useReportTab>, 'data'>;

const UPSIDE_DOWN = 'The period must end on or after the day it starts';

/** From and To as typed; the period once both are real days in order. */
export function usePeriodInput(initial: { from: string; to: string }) {
  const [from, setFrom] = useState(() => dateText(initial.from));
  const [to, setTo] = useState(() => dateText(initial.to));
  const f = parseDateText(from, 'From date');
  const t = parseDateText(to, 'To date');
  let period: { from: string; to: string } | null = null;
  let errors: FieldErrors = {};
  if (f.ok && f.iso && t.ok && t.iso) {
    if (t.iso < f.iso) errors = { to: UPSIDE_DOWN };
    else period = { from: f.iso, to: t.iso };
  }
  return { from, to, setFrom, setTo, period, errors };
}

/** One date as typed; the ISO day once it is a real one. */
export function useDateInput(initial: string) {
  const [text, setText] = useState(() => dateText(initial));
  const parsed = parseDateText(text, 'Date');
  return { text, setText, iso: parsed.ok ? parsed.iso : null };
}
