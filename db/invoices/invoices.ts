import { prepared } from '../ledger/statements';
// Invoices, credit notes and debit notes: drafts that may change, then an issue command that
// numbers, posts and freezes them in one transaction.
import { addDays, type IsoDate } from '../../shared/dates';
import type { Address } from '../../shared/contract/fields';
import type {
  CreditCheck,
  DocumentDraftValues,
  DocumentSummary,
  GstDocument,
  Party,
} from '../../shared/invoices/contract';
import { paise } from '../../shared/money';
import { BahiError } from '../../shared/result';
import { TaxInputError, taxDocument, type Discount } from '../../shared/tax/gst';
import type { CreditOverride } from '../../shared/credit/contract';
import { allocate } from '../allocations/allocations';
import { assessCredit, enforceCredit } from '../credit/credit';
import { requireCompany } from '../company/company';
import { getCustomer } from '../customers/customers';
import { postJournal } from '../journal/journal';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import type { DocumentKind } from './schema';
import { takeNumber } from './series';

interface DocumentRow {
  id: number;
  kind: GstKind;
  status: 'draft' | 'issued';
  number: string | null;
  customer_id: number;
  customer_code: string;
  customer_name: string;
  date: string;
  due_date: string | null;
  place_of_supply: string;
  intra_state: number;
  reverse_charge: number;
  round_off_enabled: number;
  reference: string | null;
  notes: string | null;
  reason: GstDocument['reason'];
  bill_to_json: string;
  ship_to_json: string | null;
  taxable: number;
  cgst: number;
  sgst: number;
  igst: number;
  round_off_amount: number;
  total: number;
  open_balance: number;
  settled_on: string | null;
  issued_at: string | null;
}

const SELECT_DOCUMENT = `select d.*, c.code as customer_code, c.name as customer_name
  from documents d join customers c on c.id = d.customer_id`;

const DEBIT_KINDS: DocumentKind[] = ['invoice', 'debit_note', 'opening_invoice'];
const KIND_LABEL: Record<GstKind, string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note',
  opening_invoice: 'Opening invoice',
};
/** The documents this module owns; receipts, refunds and write-offs live in db/receipts. */
type GstKind = 'invoice' | 'credit_note' | 'debit_note' | 'opening_invoice';
const GST_KINDS_SQL = `d.kind in ('invoice', 'credit_note', 'debit_note', 'opening_invoice')`;

function loadRow(ledger: Ledger, id: number): DocumentRow {
  const row = prepared(ledger.sqlite, `${SELECT_DOCUMENT} where d.id = ? and ${GST_KINDS_SQL}`).get(
    id,
  ) as DocumentRow | undefined;
  if (!row) throw new BahiError('NOT_FOUND', `There is no document with id ${id}`, { field: 'id' });
  return row;
}

function toDocument(ledger: Ledger, row: DocumentRow): GstDocument {
  const lines = prepared(
    ledger.sqlite,
    `select position, item_id as itemId, order_line_id as orderLineId, description, hsn_sac as hsnSac, unit, quantity_milli as quantityMilli,
         rate, discount_bps as discountPercentBps, discount_amount as discountAmount, gross, discount, taxable,
         gst_rate_bps as gstRateBps, cgst, sgst, igst, total
       from document_lines where document_id = ? order by position`,
  ).all(row.id) as GstDocument['lines'];
  const referenced = prepared(
    ledger.sqlite,
    `select d.id, d.number, d.date from document_references r join documents d on d.id = r.referenced_id
       where r.document_id = ? order by d.date, d.id`,
  ).all(row.id) as GstDocument['referenced'];
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    number: row.number,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    date: row.date,
    dueDate: row.due_date,
    placeOfSupply: row.place_of_supply,
    intraState: row.intra_state === 1,
    reverseCharge: row.reverse_charge === 1,
    roundOff: row.round_off_enabled === 1,
    reference: row.reference,
    notes: row.notes,
    reason: row.reason,
    referenced,
    billTo: JSON.parse(row.bill_to_json) as Party,
    shipTo: row.ship_to_json ? (JSON.parse(row.ship_to_json) as Party) : null,
    lines,
    totals: {
      taxable: row.taxable,
      cgst: row.cgst,
      sgst: row.sgst,
      igst: row.igst,
      roundOff: row.round_off_amount,
      total: row.total,
    },
    openBalance: row.open_balance,
    settledOn: row.settled_on,
    issuedAt: row.issued_at,
  };
}

export const getDocument = (ledger: Ledger, id: number): GstDocument =>
  toDocument(ledger, loadRow(ledger, id));

export function findDocumentByNumber(ledger: Ledger, number: string): GstDocument | null {
  const row = prepared(
    ledger.sqlite,
    `${SELECT_DOCUMENT} where d.number = ? order by d.id limit 1`,
  ).get(number) as DocumentRow | undefined;
  return row ? toDocument(ledger, row) : null;
}

export interface DocumentQuery {
  kind?: DocumentKind | undefined;
  status?: 'draft' | 'issued' | undefined;
  customerId?: number | undefined;
  search: string;
  limit: number;
}

export function listDocuments(ledger: Ledger, q: DocumentQuery): DocumentSummary[] {
  const where: string[] = [GST_KINDS_SQL];
  const params: Record<string, unknown> = { limit: q.limit };
  const filter = (clause: string, key: string, value: unknown) => {
    if (value === undefined) return;
    where.push(clause);
    params[key] = value;
  };
  filter('d.kind = @kind', 'kind', q.kind);
  filter('d.status = @status', 'status', q.status);
  filter('d.customer_id = @customerId', 'customerId', q.customerId);
  if (q.search) {
    where.push(
      `(d.number like @like escape '\\' or c.name like @like escape '\\' or c.code like @like escape '\\' or d.reference like @like escape '\\')`,
    );
    params.like = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  }
  const rows = prepared(
    ledger.sqlite,
    `${SELECT_DOCUMENT} where ${where.join(' and ')}
       order by d.date desc, d.id desc limit @limit`,
  ).all(params) as DocumentRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    customerId: r.customer_id,
    customerCode: r.customer_code,
    customerName: r.customer_name,
    date: r.date,
    dueDate: r.due_date,
    openBalance: r.open_balance,
    settledOn: r.settled_on,
    total: r.total,
  }));
}

const partyOf = (
  c: {
    name: string;
    gstin: string | null;
    pan: string | null;
    email: string | null;
    phone: string | null;
  },
  address: Address,
  stateCode: string,
): Party => ({
  name: c.name,
  gstin: c.gstin,
  pan: c.pan,
  address: { ...address, stateCode },
  stateCode,
  email: c.email,
  phone: c.phone,
});

/** Validate a draft against the ledger and compute its lines and totals. */
function prepareDraft(ledger: Ledger, v: DocumentDraftValues) {
  const company = requireCompany(ledger);
  const customer = getCustomer(ledger, v.customerId);
  if (customer.archived) {
    throw new BahiError('VALIDATION', `${customer.name} is archived; restore the customer first`, {
      field: 'customerId',
    });
  }
  const shipping = v.shipTo ?? customer.shippingAddress;
  const shipState = shipping?.stateCode ?? null;
  const placeOfSupply = v.placeOfSupply ?? shipState ?? customer.stateCode;
  const intraState = placeOfSupply === company.stateCode;
  let taxed;
  try {
    taxed = taxDocument(
      v.lines.map((l) => ({
        hsnSac: l.hsnSac,
        quantityMilli: l.quantity,
        rate: paise(l.rate),
        discount: discountOf(l.discountPercentBps, l.discountAmount),
        gstRateBps: l.gstRateBps,
      })),
      { intraState, roundOff: v.roundOff },
    );
  } catch (e) {
    if (e instanceof TaxInputError) {
      const field = LINE_FIELD[e.field];
      throw new BahiError('VALIDATION', e.message, {
        field: e.line === null ? 'lines' : `lines.${e.line}.${field}`,
      });
    }
    throw e;
  }
  for (const id of v.referencedIds) {
    const ref = prepared(
      ledger.sqlite,
      'select kind, status, customer_id from documents where id = ?',
    ).get(id) as { kind: DocumentKind; status: string; customer_id: number } | undefined;
    if (
      !ref ||
      ref.status !== 'issued' ||
      !DEBIT_KINDS.includes(ref.kind) ||
      ref.customer_id !== v.customerId
    ) {
      throw new BahiError(
        'VALIDATION',
        'A note can only adjust an issued invoice of the same customer',
        {
          field: 'referencedIds',
        },
      );
    }
  }
  v.lines.forEach((l, i) => {
    if (l.orderLineId === null) return;
    const order = prepared(
      ledger.sqlite,
      `select o.customer_id, o.status from order_lines l join orders o on o.id = l.order_id where l.id = ?`,
    ).get(l.orderLineId) as { customer_id: number; status: string } | undefined;
    if (
      !order ||
      order.customer_id !== v.customerId ||
      !['approved', 'open'].includes(order.status)
    ) {
      throw new BahiError(
        'VALIDATION',
        'This line refers to an order line that is not an approved estimate or open order of this customer',
        { field: `lines.${i}.orderLineId` },
      );
    }
  });
  const billTo = partyOf(customer, customer.billingAddress, customer.stateCode);
  const shipTo = shipping
    ? partyOf(customer, shipping, shipping.stateCode ?? customer.stateCode)
    : null;
  const dueDate =
    v.kind === 'credit_note'
      ? null
      : (v.dueDate ?? addDays(v.date as IsoDate, customer.paymentTermsDays));
  return { company, customer, placeOfSupply, intraState, taxed, billTo, shipTo, dueDate };
}

/** The draft input a tax error is about, so the message lands under the right cell. */
const LINE_FIELD = {
  quantityMilli: 'quantity',
  rate: 'rate',
  discount: 'discountAmount',
  gstRateBps: 'gstRateBps',
} as const;

function discountOf(bps: number | null | undefined, amount: number | null | undefined): Discount {
  if (bps) return { kind: 'percent', bps };
  if (amount) return { kind: 'amount', amount: paise(amount) };
  return null;
}

function writeDraft(
  ledger: Ledger,
  cx: CommandContext,
  v: DocumentDraftValues,
  existingId: number | null,
): number {
  const p = prepareDraft(ledger, v);
  const columns = {
    kind: v.kind,
    customer_id: v.customerId,
    date: v.date,
    due_date: p.dueDate,
    place_of_supply: p.placeOfSupply,
    intra_state: p.intraState ? 1 : 0,
    reverse_charge: v.reverseCharge ? 1 : 0,
    round_off_enabled: v.roundOff ? 1 : 0,
    reference: v.reference,
    notes: v.notes,
    reason: v.reason,
    bill_to_json: JSON.stringify(p.billTo),
    ship_to_json: p.shipTo ? JSON.stringify(p.shipTo) : null,
    taxable: p.taxed.totals.taxable,
    cgst: p.taxed.totals.cgst,
    sgst: p.taxed.totals.sgst,
    igst: p.taxed.totals.igst,
    round_off_amount: p.taxed.totals.roundOff,
    total: p.taxed.totals.total,
    now: cx.now,
  };
  let id: number;
  if (existingId === null) {
    id = prepared(
      cx.sqlite,
      `insert into documents (kind, status, customer_id, date, due_date, place_of_supply, intra_state, reverse_charge,
           round_off_enabled, reference, notes, reason, bill_to_json, ship_to_json, taxable, cgst, sgst, igst,
           round_off_amount, total, created_at, updated_at)
         values (@kind, 'draft', @customer_id, @date, @due_date, @place_of_supply, @intra_state, @reverse_charge,
           @round_off_enabled, @reference, @notes, @reason, @bill_to_json, @ship_to_json, @taxable, @cgst, @sgst, @igst,
           @round_off_amount, @total, @now, @now)`,
    ).run(columns).lastInsertRowid as number;
  } else {
    id = existingId;
    prepared(
      cx.sqlite,
      `update documents set kind = @kind, customer_id = @customer_id, date = @date, due_date = @due_date,
           place_of_supply = @place_of_supply, intra_state = @intra_state, reverse_charge = @reverse_charge,
           round_off_enabled = @round_off_enabled, reference = @reference, notes = @notes, reason = @reason,
           bill_to_json = @bill_to_json, ship_to_json = @ship_to_json, taxable = @taxable, cgst = @cgst, sgst = @sgst,
           igst = @igst, round_off_amount = @round_off_amount, total = @total, updated_at = @now
         where id = @id and status = 'draft'`,
    ).run({ ...columns, id });
    prepared(cx.sqlite, 'delete from document_lines where document_id = ?').run(id);
    prepared(cx.sqlite, 'delete from document_references where document_id = ?').run(id);
  }
  const insertLine = prepared(
    cx.sqlite,
    `insert into document_lines (document_id, position, item_id, order_line_id, description, hsn_sac, unit, quantity_milli, rate,
       discount_bps, discount_amount, gross, discount, taxable, gst_rate_bps, cgst, sgst, igst, total)
     values (@document_id, @position, @item_id, @order_line_id, @description, @hsn_sac, @unit, @quantity_milli, @rate,
       @discount_bps, @discount_amount, @gross, @discount, @taxable, @gst_rate_bps, @cgst, @sgst, @igst, @total)`,
  );
  v.lines.forEach((l, i) => {
    const t = p.taxed.lines[i]!;
    insertLine.run({
      document_id: id,
      position: i + 1,
      item_id: l.itemId,
      order_line_id: l.orderLineId,
      description: l.description,
      hsn_sac: l.hsnSac,
      unit: l.unit,
      quantity_milli: l.quantity,
      rate: l.rate,
      discount_bps: l.discountPercentBps ?? null,
      discount_amount: l.discountAmount ?? null,
      ...t,
      gst_rate_bps: l.gstRateBps,
    });
  });
  const insertRef = prepared(
    cx.sqlite,
    'insert into document_references (document_id, referenced_id) values (?, ?)',
  );
  for (const ref of new Set(v.referencedIds)) insertRef.run(id, ref);
  return id;
}

function requireDraft(ledger: Ledger, id: number): GstDocument {
  const doc = getDocument(ledger, id);
  if (doc.status !== 'draft') {
    throw new BahiError(
      'CONFLICT',
      `${KIND_LABEL[doc.kind]} ${doc.number} is issued and cannot change; raise a credit or debit note`,
      {
        field: 'id',
      },
    );
  }
  return doc;
}

export function createDraft(ledger: Ledger, v: DocumentDraftValues, actor: string): GstDocument {
  return runCommand(ledger, { command: 'invoices.createDraft', actor }, (cx) => {
    const id = writeDraft(ledger, cx, v, null);
    const doc = getDocument(ledger, id);
    cx.audit({ entity: 'document', entityId: id, before: null, after: doc });
    return doc;
  });
}

export function updateDraft(
  ledger: Ledger,
  id: number,
  v: DocumentDraftValues,
  actor: string,
): GstDocument {
  return runCommand(ledger, { command: 'invoices.updateDraft', actor }, (cx) => {
    const before = requireDraft(ledger, id);
    writeDraft(ledger, cx, v, id);
    const after = getDocument(ledger, id);
    cx.audit({ entity: 'document', entityId: id, before, after });
    return after;
  });
}

export function deleteDraft(ledger: Ledger, id: number, actor: string): void {
  runCommand(ledger, { command: 'invoices.deleteDraft', actor }, (cx) => {
    const before = requireDraft(ledger, id);
    prepared(cx.sqlite, 'delete from documents where id = ?').run(id);
    cx.audit({ entity: 'document', entityId: id, before, after: null });
  });
}

function assessDraft(ledger: Ledger, doc: GstDocument) {
  const adds = DEBIT_KINDS.includes(doc.kind) && doc.status === 'draft' ? doc.totals.total : 0;
  return assessCredit(ledger, {
    customerId: doc.customerId,
    adds,
    exceptDocumentId: doc.id,
    what: `this ${KIND_LABEL[doc.kind].toLowerCase()}`,
  });
}

export function creditCheck(ledger: Ledger, id: number): CreditCheck {
  const a = assessDraft(ledger, getDocument(ledger, id));
  return {
    mode: a.mode,
    onHold: a.onHold,
    creditLimit: a.creditLimit,
    exposure: a.exposure,
    unbilledOrders: a.unbilledOrders,
    exposureAfter: a.exposureAfter,
    overLimit: a.overLimit,
    problems: a.problems,
  };
}

/** Inside a command: number, post, allocate notes to their invoices, and freeze. */
function issueInCommand(
  ledger: Ledger,
  cx: CommandContext,
  id: number,
  credit: { override: CreditOverride | null; actor: string } | 'not a sale',
): { document: GstDocument; warnings: string[] } {
  const before = requireDraft(ledger, id);
  const company = requireCompany(ledger);
  const warnings =
    credit === 'not a sale'
      ? []
      : enforceCredit(
          cx,
          assessDraft(ledger, before),
          { documentId: id },
          credit.override,
          credit.actor,
        );
  if (before.totals.total <= 0) {
    throw new BahiError(
      'VALIDATION',
      'Nothing to issue: the total is ₹0.00. Check the quantities and rates.',
      {
        field: 'lines',
      },
    );
  }
  const { seriesId, number } = takeNumber(cx, before.kind, before.date, company.fyStartMonth);
  prepared(
    cx.sqlite,
    `update documents set status = 'issued', number = ?, series_id = ?, issued_at = ?, updated_at = ?,
         open_balance = total where id = ? and status = 'draft'`,
  ).run(number, seriesId, cx.now, cx.now, id);

  const t = before.totals;
  const isCredit = before.kind === 'credit_note';
  // Invoices and debit notes: Dr the customer, Cr sales and output tax; a credit note reverses it.
  const dr = (amount: number) => (isCredit ? { credit: amount } : { debit: amount });
  const cr = (amount: number) => (isCredit ? { debit: amount } : { credit: amount });
  postJournal(ledger, cx, {
    date: before.date,
    documentId: id,
    narration: `${KIND_LABEL[before.kind]} ${number} — ${before.customerName}`,
    lines: [
      { account: 'AR', customerId: before.customerId, ...dr(t.total) },
      { account: 'SALES', ...cr(t.taxable) },
      { account: 'OUTPUT_CGST', ...cr(t.cgst) },
      { account: 'OUTPUT_SGST', ...cr(t.sgst) },
      { account: 'OUTPUT_IGST', ...cr(t.igst) },
      { account: 'ROUND_OFF', ...(t.roundOff >= 0 ? cr(t.roundOff) : dr(-t.roundOff)) },
    ],
  });

  if (isCredit) {
    // A credit note settles the invoices it names, oldest first, as far as they are open.
    let left = t.total;
    for (const ref of before.referenced) {
      const open = prepared(ledger.sqlite, 'select open_balance from documents where id = ?')
        .pluck()
        .get(ref.id) as number;
      const amount = Math.min(left, open);
      if (amount > 0) allocate(cx, { creditId: id, debitId: ref.id, amount, date: before.date });
      left -= amount;
    }
  }
  markBilledOrders(cx, id);
  const document = getDocument(ledger, id);
  cx.audit({ entity: 'document', entityId: id, before, after: document });
  return { document, warnings };
}

/**
 * Draft and issue in one go, inside another command (a debit note for cheque-return charges):
 * a charge for the customer's own bounce is not a sale, so the credit check does not apply.
 */
export function raiseInCommand(
  ledger: Ledger,
  cx: CommandContext,
  v: DocumentDraftValues,
): GstDocument {
  const id = writeDraft(ledger, cx, v, null);
  return issueInCommand(ledger, cx, id, 'not a sale').document;
}

/** Orders whose every line is now fully invoiced become `invoiced`. */
function markBilledOrders(cx: CommandContext, documentId: number) {
  const orderIds = prepared(
    cx.sqlite,
    `select distinct ol.order_id from document_lines dl join order_lines ol on ol.id = dl.order_line_id
       where dl.document_id = ?`,
  )
    .pluck()
    .all(documentId) as number[];
  for (const orderId of orderIds) {
    const open = prepared(
      cx.sqlite,
      `select count(*) from order_lines ol where ol.order_id = ? and ol.quantity_milli > coalesce((
           select sum(dl.quantity_milli) from document_lines dl join documents d on d.id = dl.document_id
           where dl.order_line_id = ol.id and d.status = 'issued' and d.kind = 'invoice'), 0)`,
    )
      .pluck()
      .get(orderId) as number;
    if (open > 0) continue;
    const before = prepared(cx.sqlite, 'select status from orders where id = ?')
      .pluck()
      .get(orderId);
    prepared(cx.sqlite, `update orders set status = 'invoiced', updated_at = ? where id = ?`).run(
      cx.now,
      orderId,
    );
    cx.audit({
      entity: 'order',
      entityId: orderId,
      before: { status: before },
      after: { status: 'invoiced' },
    });
  }
}

/** Issue a draft; a credit problem in block mode needs an override (who approved it and why). */
export function issueDocument(
  ledger: Ledger,
  id: number,
  actor: string,
  override: CreditOverride | null = null,
) {
  return runCommand(ledger, { command: 'invoices.issue', actor }, (cx) =>
    issueInCommand(ledger, cx, id, { override, actor }),
  );
}

/** Cancel an invoice: a full credit note with the same lines, issued and set against it. */
export function cancelInvoice(
  ledger: Ledger,
  id: number,
  options: { date: IsoDate; reason: DocumentDraftValues['reason']; notes: string | null },
  actor: string,
): GstDocument {
  return runCommand(ledger, { command: 'invoices.cancel', actor }, (cx) => {
    const invoice = getDocument(ledger, id);
    if (invoice.status !== 'issued' || invoice.kind !== 'invoice') {
      throw new BahiError(
        'VALIDATION',
        'Only an issued invoice can be cancelled; a draft can simply be deleted',
        {
          field: 'id',
        },
      );
    }
    if (options.date < invoice.date) {
      throw new BahiError(
        'VALIDATION',
        `The credit note cannot be dated before the invoice (${invoice.date})`,
        {
          field: 'date',
        },
      );
    }
    const noteId = writeDraft(
      ledger,
      cx,
      {
        kind: 'credit_note',
        customerId: invoice.customerId,
        date: options.date,
        dueDate: null,
        placeOfSupply: invoice.placeOfSupply,
        reverseCharge: invoice.reverseCharge,
        roundOff: invoice.roundOff,
        reference: invoice.reference,
        notes: options.notes ?? `Cancellation of invoice ${invoice.number}`,
        reason: options.reason ?? 'other',
        referencedIds: [invoice.id],
        shipTo: null,
        lines: invoice.lines.map((l) => ({
          itemId: l.itemId,
          orderLineId: null,
          description: l.description,
          hsnSac: l.hsnSac,
          unit: l.unit,
          quantity: l.quantityMilli,
          rate: l.rate,
          discountPercentBps: l.discountPercentBps,
          discountAmount: l.discountAmount,
          gstRateBps: l.gstRateBps,
        })),
      },
      null,
    );
    return issueInCommand(ledger, cx, noteId, 'not a sale').document;
  });
}
