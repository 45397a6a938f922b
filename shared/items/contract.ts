import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isIsoDate } from '../dates';
import { hsnSacProblem, isUqc } from '../tax/uqc';

export const gstRateField = z
  .number({ error: 'GST rate is a percentage in basis points (1800 = 18%)' })
  .int('GST rate is a whole number of basis points (1800 = 18%)')
  .min(0, 'GST rate cannot be negative')
  .max(10_000, 'GST rate cannot be above 100%');

export const isoDateField = (label: string) =>
  z
    .string({ error: `Enter the ${label.toLowerCase()}` })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);

export const unitField = z
  .string({ error: 'Choose a unit (GST UQC such as NOS or KGS)' })
  .trim()
  .toUpperCase()
  .refine(isUqc, 'Choose a unit from the GST list (UQC such as NOS, KGS, MTR)');

const itemFields = z.object({
  name: requiredText(200, 'Item name'),
  kind: z.enum(['goods', 'services'], { error: 'Choose goods or services' }),
  hsnSac: z.string({ error: 'Enter the HSN or SAC code' }).trim(),
  unit: unitField,
  defaultRate: paiseField('Rate').default(0),
  description: optionalText(500, 'Description'),
  /** The GST rate from a date on; the newest on or before an invoice's date applies. */
  gstRates: z
    .array(z.object({ effectiveFrom: isoDateField('Effective date'), gstRateBps: gstRateField }))
    .min(1, 'Give the item a GST rate')
    .max(50),
});

const checkItem = <T extends z.output<typeof itemFields>>(v: T, ctx: z.RefinementCtx) => {
  const problem = hsnSacProblem(v.hsnSac, v.kind);
  if (problem) ctx.addIssue({ code: 'custom', path: ['hsnSac'], message: problem });
  const dates = v.gstRates.map((r) => r.effectiveFrom);
  if (new Set(dates).size !== dates.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['gstRates'],
      message: 'Two GST rates start on the same date',
    });
  }
};

export const itemInput = itemFields.superRefine(checkItem);
export const itemUpdateInput = itemFields.extend({ id: idField }).superRefine(checkItem);
export type ItemInput = z.input<typeof itemInput>;
export type ItemValues = z.output<typeof itemInput>;

export const item = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['goods', 'services']),
  hsnSac: z.string(),
  unit: z.string(),
  defaultRate: z.number().int(),
  description: z.string().nullable(),
  gstRates: z.array(z.object({ effectiveFrom: z.string(), gstRateBps: z.number().int() })),
  archived: z.boolean(),
});
export type Item = z.infer<typeof item>;

/** The GST rate in force on a date: the newest rate that starts on or before it. */
export function gstRateOn(item: Pick<Item, 'gstRates'>, date: string): number | null {
  let rate: number | null = null;
  for (const r of [...item.gstRates].sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  )) {
    if (r.effectiveFrom <= date) rate = r.gstRateBps;
  }
  return rate;
}

export const itemsChannels = {
  'items.list': channel({
    summary: 'Items and services matching a search of name or HSN/SAC prefix',
    input: z.object({
      search: z.string().trim().max(100).default(''),
      includeArchived: z.boolean().default(false),
      limit: z.number().int().min(1).max(10_000).default(50),
    }),
    output: z.array(item),
  }),
  'items.create': channel({ summary: 'Add an item or service', input: itemInput, output: item }),
  'items.update': channel({
    summary: 'Change an item or service',
    input: itemUpdateInput,
    output: item,
  }),
  'items.setArchived': channel({
    summary: 'Archive or restore an item',
    input: z.object({ id: idField, archived: z.boolean() }),
    output: item,
  }),
};
