import { financialYearOf, type IsoDate } from '../../../shared/dates';
import type { Output } from '../../../shared/contract';

export type TdsRow = Output<'receipts.tdsRegister'>[number];

/** TDS returns and Form 26AS run April to March, whatever the company's books do. */
export const currentTdsYear = (today: IsoDate) => financialYearOf(today, 4);

export interface TdsTotals {
  receipts: number;
  tdsAmount: number;
}

export const tdsTotals = (rows: TdsRow[]): TdsTotals =>
  rows.reduce(
    (t, r) => ({ receipts: t.receipts + r.receipts, tdsAmount: t.tdsAmount + r.tdsAmount }),
    { receipts: 0, tdsAmount: 0 },
  );
