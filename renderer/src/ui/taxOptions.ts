import { formatGstRate, STANDARD_GST_RATES_BPS } from '../../../shared/tax/gst';
import { UQC } from '../../../shared/tax/uqc';

export interface Option {
  value: string;
  label: string;
}

/** The standard GST slabs, plus a rate the data already holds (an old or special rate). */
export function gstRateOptions(current?: string | null): Option[] {
  const rates: number[] = [...STANDARD_GST_RATES_BPS];
  const n = current ? Number(current) : NaN;
  if (Number.isInteger(n) && !rates.includes(n)) rates.push(n);
  return rates
    .sort((a, b) => a - b)
    .map((bps) => ({ value: String(bps), label: formatGstRate(bps) }));
}

export const UNIT_OPTIONS: Option[] = Object.keys(UQC).map((code) => ({
  value: code,
  label: code,
}));

/** NOS → Numbers, for the option list and tooltips. */
export const unitName = (code: string) => UQC[code] ?? code;
