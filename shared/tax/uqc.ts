// GST unit quantity codes (UQC) used on invoices and in GSTR-1's HSN summary.
export const UQC: Record<string, string> = {
  BAG: 'Bags',
  BAL: 'Bale',
  BDL: 'Bundles',
  BOX: 'Box',
  BTL: 'Bottles',
  BUN: 'Bunches',
  CAN: 'Cans',
  CBM: 'Cubic metres',
  CCM: 'Cubic centimetres',
  CMS: 'Centimetres',
  CTN: 'Cartons',
  DOZ: 'Dozens',
  DRM: 'Drums',
  GMS: 'Grammes',
  GRS: 'Gross',
  KGS: 'Kilograms',
  KLR: 'Kilolitre',
  KME: 'Kilometre',
  LTR: 'Litres',
  MLT: 'Millilitre',
  MTR: 'Metres',
  MTS: 'Metric ton',
  NOS: 'Numbers',
  OTH: 'Others',
  PAC: 'Packs',
  PCS: 'Pieces',
  PRS: 'Pairs',
  QTL: 'Quintal',
  ROL: 'Rolls',
  SET: 'Sets',
  SQF: 'Square feet',
  SQM: 'Square metres',
  SQY: 'Square yards',
  TBS: 'Tablets',
  TON: 'Tonnes',
  TUB: 'Tubes',
  UNT: 'Units',
  YDS: 'Yards',
};

export const isUqc = (code: string): boolean => Object.prototype.hasOwnProperty.call(UQC, code);

/** HSN for goods is 4, 6 or 8 digits; SAC for services is 6 digits starting 99. */
export function hsnSacProblem(code: string, kind: 'goods' | 'services' | null): string | null {
  if (!/^\d+$/.test(code)) return 'HSN/SAC is digits only (e.g. 8481 or 998719)';
  if (kind === 'services' || (kind === null && code.startsWith('99') && code.length === 6)) {
    return /^99\d{4}$/.test(code)
      ? null
      : 'SAC for a service is 6 digits starting with 99 (e.g. 998719)';
  }
  return [4, 6, 8].includes(code.length) ? null : 'HSN is 4, 6 or 8 digits (e.g. 8481 or 84818090)';
}
