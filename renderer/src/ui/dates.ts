import { formatDateIndian, parseUserDate, type IsoDate } from '../../../shared/dates';

export type DateText = { ok: true; iso: IsoDate | null } | { ok: false; message: string };

/** Day-first text from an input (15-06-2025, 15/6/25, 15 Jun 2025) → YYYY-MM-DD; blank is null. */
export function parseDateText(text: string, label = 'Date'): DateText {
  if (text.trim() === '') return { ok: true, iso: null };
  const iso = parseUserDate(text);
  return iso
    ? { ok: true, iso }
    : { ok: false, message: `${label} must be a real date, day first (15-06-2025)` };
}

/** What a date input shows: 15-06-2025. */
export const dateText = (iso: string | null | undefined): string =>
  iso ? formatDateIndian(iso as IsoDate) : '';
