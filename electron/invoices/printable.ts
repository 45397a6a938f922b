// An issued document from the ledger, as the print pipeline wants it: nothing left to compute.
import { requireCompany } from '../../db/company/company';
import { getEInvoice } from '../../db/einvoice/einvoice';
import { getDocument } from '../../db/invoices/invoices';
import type { Ledger } from '../../db/ledger/open';
import type { Address } from '../../shared/contract/fields';
import type { IsoDate } from '../../shared/dates';
import { stateName } from '../../shared/gst';
import { NOTE_REASON_LABELS, type Party } from '../../shared/invoices/contract';
import type {
  PrintableDocument,
  PrintableKind,
  PrintableParty,
} from '../../shared/invoices/printable';
import { paise } from '../../shared/money';
import { formatQuantity, summariseTax } from '../../shared/tax/gst';
import { BahiError } from '../../shared/result';

const KIND: Record<string, PrintableKind> = {
  invoice: 'TAX_INVOICE',
  credit_note: 'CREDIT_NOTE',
  debit_note: 'DEBIT_NOTE',
};

const addressLines = (a: Address): string[] =>
  [a.line1, a.line2, [a.city, a.pincode].filter(Boolean).join(' - ')].filter(
    (l): l is string => !!l,
  );

export const state = (code: string) => ({ stateCode: code, stateName: stateName(code) ?? code });

export function printableParty(p: Party): PrintableParty {
  return {
    name: p.name,
    tradeName: null,
    addressLines: addressLines(p.address),
    ...state(p.stateCode),
    gstin: p.gstin,
    pan: p.pan,
    email: p.email,
    phone: p.phone,
  };
}

/** The company as it heads every printed document. */
export function printableSupplier(ledger: Ledger): PrintableDocument['supplier'] {
  const company = requireCompany(ledger);
  return {
    name: company.legalName,
    tradeName: company.tradeName,
    addressLines: addressLines(company.address),
    ...state(company.stateCode),
    gstin: company.gstin,
    pan: company.pan,
    email: company.email,
    phone: company.phone,
    logo: company.logo,
    bank: company.bank,
  };
}

export function printableDocument(ledger: Ledger, id: number): PrintableDocument {
  const doc = getDocument(ledger, id);
  const kind = KIND[doc.kind];
  if (doc.status !== 'issued' || !kind) {
    throw new BahiError(
      'VALIDATION',
      'Only an issued invoice, credit note or debit note can be printed',
      {
        field: 'id',
      },
    );
  }
  const recipient = printableParty(doc.billTo);
  const consignee = doc.shipTo ? printableParty(doc.shipTo) : null;
  return {
    kind,
    number: doc.number!,
    date: doc.date as IsoDate,
    dueDate: doc.dueDate as IsoDate | null,
    supplier: printableSupplier(ledger),
    recipient,
    consignee:
      consignee && consignee.addressLines.join() !== recipient.addressLines.join()
        ? consignee
        : null,
    placeOfSupply: state(doc.placeOfSupply),
    intraState: doc.intraState,
    reverseCharge: doc.reverseCharge,
    reference: doc.reference,
    originalDocuments: doc.referenced.map((r) => ({
      number: r.number ?? '',
      date: r.date as IsoDate,
    })),
    reason: doc.reason ? NOTE_REASON_LABELS[doc.reason] : null,
    lines: doc.lines.map((l) => ({
      serial: l.position,
      description: l.description,
      hsnSac: l.hsnSac,
      quantity: formatQuantity(l.quantityMilli),
      unit: l.unit,
      rate: paise(l.rate),
      discount: paise(l.discount),
      taxable: paise(l.taxable),
      gstRateBps: l.gstRateBps,
      cgst: paise(l.cgst),
      sgst: paise(l.sgst),
      igst: paise(l.igst),
      total: paise(l.total),
    })),
    taxSummary: summariseTax(
      doc.lines.map((l) => ({
        ...l,
        taxable: paise(l.taxable),
        cgst: paise(l.cgst),
        sgst: paise(l.sgst),
        igst: paise(l.igst),
      })),
    ),
    totals: {
      taxable: paise(doc.totals.taxable),
      cgst: paise(doc.totals.cgst),
      sgst: paise(doc.totals.sgst),
      igst: paise(doc.totals.igst),
      roundOff: paise(doc.totals.roundOff),
      total: paise(doc.totals.total),
    },
    notes: doc.notes,
    eInvoice: getEInvoice(ledger, id),
  };
}
