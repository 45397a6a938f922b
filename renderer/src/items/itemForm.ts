import type { Item, ItemInput } from '../../../shared/items/contract';
import { paise } from '../../../shared/money';
import type { FieldErrors } from '../api/errors';
import { dateText, parseDateText } from '../ui/dates';
import { moneyText, parseMoneyText } from '../ui/money';

export interface RateValues {
  /** React key only; never sent. */
  key: string;
  /** dd-mm-yyyy as typed. */
  effectiveFrom: string;
  /** Basis points as the select's value: '1800' is 18%. */
  gstRateBps: string | null;
}

/** The item form as typed: text everywhere, converted once on save. */
export interface ItemFormValues {
  name: string;
  kind: 'goods' | 'services';
  hsnSac: string;
  unit: string | null;
  defaultRate: string;
  description: string;
  gstRates: RateValues[];
}

/** GST began on 1 July 2017: a rate from then applies to every invoice Bahi will see. */
export const GST_START = '01-07-2017';

let nextKey = 0;
export const newRate = (effectiveFrom = '', gstRateBps: string | null = null): RateValues => ({
  key: `r${++nextKey}`,
  effectiveFrom,
  gstRateBps,
});

export function itemValuesOf(item: Item | null): ItemFormValues {
  return {
    name: item?.name ?? '',
    kind: item?.kind ?? 'goods',
    hsnSac: item?.hsnSac ?? '',
    unit: item?.unit ?? 'NOS',
    defaultRate: item && item.defaultRate > 0 ? moneyText(paise(item.defaultRate)) : '',
    description: item?.description ?? '',
    gstRates: item
      ? item.gstRates.map((r) => newRate(dateText(r.effectiveFrom), String(r.gstRateBps)))
      : [newRate(GST_START, '1800')],
  };
}

export type ItemInputCheck = { ok: true; input: ItemInput } | { ok: false; errors: FieldErrors };

/** What only the form can check (amount and date text); the rest is the contract's job. */
export function itemInputOf(v: ItemFormValues): ItemInputCheck {
  const errors: FieldErrors = {};
  const rate = parseMoneyText(v.defaultRate, 'Default rate');
  if (!rate.ok) errors.defaultRate = rate.message;
  const gstRates = v.gstRates.map((r, i) => {
    const from = parseDateText(r.effectiveFrom, 'Effective date');
    if (!from.ok) errors[`gstRates.${i}.effectiveFrom`] = from.message;
    else if (!from.iso) errors[`gstRates.${i}.effectiveFrom`] = 'Enter the date the rate starts';
    if (r.gstRateBps === null) errors[`gstRates.${i}.gstRateBps`] = 'Choose the GST rate';
    return {
      effectiveFrom: from.ok ? (from.iso ?? '') : '',
      gstRateBps: Number(r.gstRateBps),
    };
  });
  if (Object.keys(errors).length || !rate.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: v.name,
      kind: v.kind,
      hsnSac: v.hsnSac,
      unit: v.unit ?? '',
      defaultRate: rate.paise ?? 0,
      description: v.description,
      gstRates,
    },
  };
}

const FIELDS = new Set([
  'name',
  'kind',
  'hsnSac',
  'unit',
  'defaultRate',
  'description',
  'gstRates',
]);

/** Whether an error path has an input on the item form (`gstRates` shows above the rates). */
export const isItemField = (path: string) =>
  FIELDS.has(path) || /^gstRates\.\d+\.(effectiveFrom|gstRateBps)$/.test(path);
