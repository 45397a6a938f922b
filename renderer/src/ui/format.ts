import { stateName } from '../../../shared/gst';

/** +919822012345 → +91 98220 12345; anything else is shown as stored. */
export function formatPhone(phone: string | null): string {
  if (!phone) return '';
  const m = /^\+91(\d{5})(\d{5})$/.exec(phone);
  return m ? `+91 ${m[1]} ${m[2]}` : phone;
}

export function stateLabel(code: string | null): string {
  if (!code) return '';
  return stateName(code) ?? code;
}

const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');

/** A UTC timestamp in the reader's time zone as dd-mm-yyyy hh:mm:ss (24-hour). */
export function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${pad(get('day'))}-${pad(get('month'))}-${get('year') ?? ''} ${pad(get('hour'))}:${pad(get('minute'))}:${pad(get('second'))}`;
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-IN')} ${n === 1 ? one : many}`;
