// Estimates and sales orders: agreed before billing, converted to invoice drafts line by line.
import type { IsoDate } from '../../shared/dates';
import { formatGstRate, formatQuantity } from '../../shared/tax/gst';
import Decimal from 'decimal.js';
import { formatINR, paise, roundToPaise } from '../../shared/money';
import type { Order, OrderValues, Variance } from '../../shared/orders/contract';
import { BahiError } from '../../shared/result';
import type { CreditOverride } from '../../shared/credit/contract';
import { requireCompany } from '../company/company';
import { assessCredit, enforceCredit, orderValue } from '../credit/credit';
import { getCustomer } from '../customers/customers';
import { createDraft } from '../invoices/invoices';
import { takeNumber } from '../invoices/series';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';

interface OrderRow {
  id: number;
  kind: Order['kind'];
  status: Order['status'];
  number: string;
  customer_id: number;
  customer_code: string;
  customer_name: string;
  date: string;
  valid_until: string | null;
  customer_reference: string | null;
  approved_on: string | null;
  notes: string | null;
}

const SELECT_ORDER = `select o.*, c.code as customer_code, c.name as customer_name
  from orders o join customers c on c.id = o.customer_id`;

/** Quantity billed per order line: issued invoices only (drafts bill nothing yet). */
const INVOICED = `coalesce((select sum(dl.quantity_milli) from document_lines dl join documents d on d.id = dl.document_id
  where dl.order_line_id = l.id and d.status = 'issued' and d.kind = 'invoice'), 0)`;

function toOrders(ledger: Ledger, rows: OrderRow[]): Order[] {
  const lines = ledger.sqlite.prepare(
    `select l.id, l.position, l.item_id as itemId, l.description, l.hsn_sac as hsnSac, l.unit,
       l.quantity_milli as quantityMilli, l.rate, l.discount_bps as discountPercentBps,
       l.discount_amount as discountAmount, l.gst_rate_bps as gstRateBps, ${INVOICED} as invoicedMilli
     from order_lines l where l.order_id = ? order by l.position`,
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    customerId: r.customer_id,
    customerCode: r.customer_code,
    customerName: r.customer_name,
    date: r.date,
    validUntil: r.valid_until,
    customerReference: r.customer_reference,
    approvedOn: r.approved_on,
    notes: r.notes,
    lines: (lines.all(r.id) as Omit<Order['lines'][number], 'remainingMilli'>[]).map((l) => ({
      ...l,
      remainingMilli: Math.max(0, l.quantityMilli - l.invoicedMilli),
    })),
  }));
}

export function getOrder(ledger: Ledger, id: number): Order {
  const row = ledger.sqlite.prepare(`${SELECT_ORDER} where o.id = ?`).get(id) as
    OrderRow | undefined;
  if (!row)
    throw new BahiError('NOT_FOUND', `There is no estimate or order with id ${id}`, {
      field: 'id',
    });
  return toOrders(ledger, [row])[0]!;
}

export function listOrders(
  ledger: Ledger,
  q: {
    kind?: Order['kind'] | undefined;
    status?: Order['status'] | undefined;
    customerId?: number | undefined;
    limit: number;
  },
): Order[] {
  const rows = ledger.sqlite
    .prepare(
      `${SELECT_ORDER} where (@kind is null or o.kind = @kind) and (@status is null or o.status = @status)
         and (@customerId is null or o.customer_id = @customerId)
       order by o.date desc, o.id desc limit @limit`,
    )
    .all({
      kind: q.kind ?? null,
      status: q.status ?? null,
      customerId: q.customerId ?? null,
      limit: q.limit,
    }) as OrderRow[];
  return toOrders(ledger, rows);
}

/** Approved estimates and open sales orders with something left to bill. */
export function toBeBilled(ledger: Ledger, customerId?: number): Order[] {
  return listOrders(ledger, { customerId, limit: 10_000 })
    .filter((o) => (o.kind === 'estimate' ? o.status === 'approved' : o.status === 'open'))
    .filter((o) => o.lines.some((l) => l.remainingMilli > 0));
}

function writeLines(cx: CommandContext, orderId: number, v: OrderValues) {
  cx.sqlite.prepare('delete from order_lines where order_id = ?').run(orderId);
  const insert = cx.sqlite.prepare(
    `insert into order_lines (order_id, position, item_id, description, hsn_sac, unit, quantity_milli, rate,
       discount_bps, discount_amount, gst_rate_bps)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  v.lines.forEach((l, i) =>
    insert.run(
      orderId,
      i + 1,
      l.itemId,
      l.description,
      l.hsnSac,
      l.unit,
      l.quantity,
      l.rate,
      l.discountPercentBps ?? null,
      l.discountAmount ?? null,
      l.gstRateBps,
    ),
  );
}

export function createOrder(ledger: Ledger, v: OrderValues, actor: string): Order {
  return runCommand(ledger, { command: 'orders.create', actor }, (cx) => {
    const company = requireCompany(ledger);
    const customer = getCustomer(ledger, v.customerId);
    if (customer.archived) {
      throw new BahiError(
        'VALIDATION',
        `${customer.name} is archived; restore the customer first`,
        { field: 'customerId' },
      );
    }
    const { number } = takeNumber(cx, v.kind, v.date, company.fyStartMonth);
    const id = cx.sqlite
      .prepare(
        `insert into orders (kind, status, number, customer_id, date, valid_until, customer_reference, notes, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        v.kind,
        v.kind === 'estimate' ? 'draft' : 'open',
        number,
        v.customerId,
        v.date,
        v.validUntil,
        v.customerReference,
        v.notes,
        cx.now,
        cx.now,
      ).lastInsertRowid as number;
    writeLines(cx, id, v);
    const created = getOrder(ledger, id);
    cx.audit({ entity: 'order', entityId: id, before: null, after: created });
    return created;
  });
}

export function updateOrder(ledger: Ledger, id: number, v: OrderValues, actor: string): Order {
  return runCommand(ledger, { command: 'orders.update', actor }, (cx) => {
    const before = getOrder(ledger, id);
    if (v.kind !== before.kind)
      throw new BahiError('VALIDATION', 'An estimate cannot become an order', { field: 'kind' });
    const billedByDrafts = prepared(
      ledger.sqlite,
      `select count(*) from document_lines dl join order_lines l on l.id = dl.order_line_id
       join documents d on d.id = dl.document_id where l.order_id = ? and d.status = 'draft'`,
    )
      .pluck()
      .get(id) as number;
    if (billedByDrafts > 0) {
      throw new BahiError(
        'CONFLICT',
        `A draft invoice bills ${before.number}; issue or delete that draft before changing the order`,
        { field: 'id' },
      );
    }
    if (
      before.lines.some((l) => l.invoicedMilli > 0) ||
      ['invoiced', 'closed', 'rejected'].includes(before.status)
    ) {
      throw new BahiError(
        'CONFLICT',
        `${before.number} has been invoiced or closed and cannot change`,
        { field: 'id' },
      );
    }
    cx.sqlite
      .prepare(
        `update orders set customer_id = ?, date = ?, valid_until = ?, customer_reference = ?, notes = ?, updated_at = ?
         where id = ?`,
      )
      .run(v.customerId, v.date, v.validUntil, v.customerReference, v.notes, cx.now, id);
    writeLines(cx, id, v);
    const after = getOrder(ledger, id);
    cx.audit({ entity: 'order', entityId: id, before, after });
    return after;
  });
}

const TRANSITIONS: Record<Order['kind'], Partial<Record<Order['status'], Order['status'][]>>> = {
  estimate: { draft: ['sent', 'approved', 'rejected'], sent: ['approved', 'rejected'] },
  sales_order: { open: ['closed'] },
};

export function setOrderStatus(
  ledger: Ledger,
  id: number,
  next: {
    status: 'sent' | 'approved' | 'rejected' | 'closed';
    approvedOn?: string | null;
    approvalReference?: string | null;
    override?: CreditOverride | null | undefined;
  },
  actor: string,
): Order & { creditWarnings?: string[] } {
  return runCommand(ledger, { command: `orders.${next.status}`, actor }, (cx) => {
    const before = getOrder(ledger, id);
    if (!(TRANSITIONS[before.kind][before.status] ?? []).includes(next.status)) {
      throw new BahiError(
        'VALIDATION',
        `A ${before.status} ${before.kind.replace('_', ' ')} cannot be marked ${next.status}`,
        {
          field: 'status',
        },
      );
    }
    if (next.status === 'approved' && !next.approvedOn) {
      throw new BahiError('VALIDATION', 'Give the date the customer approved the estimate', {
        field: 'approvedOn',
      });
    }
    if (next.approvedOn && next.approvedOn < before.date) {
      throw new BahiError(
        'VALIDATION',
        `An estimate cannot be approved before its date (${before.date})`,
        {
          field: 'approvedOn',
        },
      );
    }
    // An approved estimate adds to the exposure: the credit check runs before it counts.
    const creditWarnings =
      next.status === 'approved'
        ? enforceCredit(
            cx,
            assessCredit(ledger, {
              customerId: before.customerId,
              adds: orderValue(ledger, id),
              what: `this estimate ${before.number}`,
            }),
            { orderId: id },
            next.override,
            actor,
          )
        : [];
    cx.sqlite
      .prepare(
        `update orders set status = ?, approved_on = coalesce(?, approved_on),
           customer_reference = coalesce(?, customer_reference), updated_at = ? where id = ?`,
      )
      .run(next.status, next.approvedOn ?? null, next.approvalReference ?? null, cx.now, id);
    const after = getOrder(ledger, id);
    cx.audit({ entity: 'order', entityId: id, before, after });
    return creditWarnings.length ? { ...after, creditWarnings } : after;
  });
}

/** An invoice draft with every line still to bill, at the agreed price; the user edits it before issue. */
export function orderToInvoice(ledger: Ledger, id: number, date: IsoDate, actor: string) {
  const order = getOrder(ledger, id);
  const billable =
    order.kind === 'estimate' ? order.status === 'approved' : order.status === 'open';
  if (!billable) {
    throw new BahiError(
      'VALIDATION',
      `Only an approved estimate or an open sales order can be invoiced (${order.number} is ${order.status})`,
      {
        field: 'id',
      },
    );
  }
  const lines = order.lines.filter((l) => l.remainingMilli > 0);
  if (lines.length === 0)
    throw new BahiError('VALIDATION', `${order.number} is fully invoiced`, { field: 'id' });
  return createDraft(
    ledger,
    {
      kind: 'invoice',
      customerId: order.customerId,
      date,
      dueDate: null,
      placeOfSupply: null,
      reverseCharge: false,
      roundOff: true,
      reference: order.customerReference,
      notes: null,
      reason: null,
      referencedIds: [],
      shipTo: null,
      lines: lines.map((l) => ({
        itemId: l.itemId,
        orderLineId: l.id,
        description: l.description,
        hsnSac: l.hsnSac,
        unit: l.unit,
        quantity: l.remainingMilli,
        rate: l.rate,
        discountPercentBps: l.discountPercentBps,
        // A fixed discount belongs to the whole line: bill only the share of what is left.
        discountAmount:
          l.discountAmount === null
            ? null
            : roundToPaise(
                new Decimal(l.discountAmount).div(100).times(l.remainingMilli).div(l.quantityMilli),
              ),
        gstRateBps: l.gstRateBps,
      })),
    },
    actor,
  );
}

/** How a draft invoice differs from what its orders agreed: shown before issue. */
export function invoiceVariance(ledger: Ledger, invoiceId: number): Variance[] {
  const rows = ledger.sqlite
    .prepare(
      `select dl.position, dl.description, dl.quantity_milli as qty, dl.rate, dl.discount_bps as dbps,
         dl.discount_amount as damt, l.quantity_milli as orderedQty, l.rate as orderedRate,
         l.discount_bps as orderedDbps, l.discount_amount as orderedDamt, ${INVOICED} as billedBefore
       from document_lines dl join order_lines l on l.id = dl.order_line_id
       where dl.document_id = ? order by dl.position`,
    )
    .all(invoiceId) as {
    position: number;
    description: string;
    qty: number;
    rate: number;
    dbps: number | null;
    damt: number | null;
    orderedQty: number;
    orderedRate: number;
    orderedDbps: number | null;
    orderedDamt: number | null;
    billedBefore: number;
  }[];
  const out: Variance[] = [];
  for (const r of rows) {
    const left = Math.max(0, r.orderedQty - r.billedBefore);
    if (r.qty !== left) {
      out.push({
        position: r.position,
        description: r.description,
        field: 'quantity',
        ordered: left,
        invoiced: r.qty,
        message: `Quantity ${formatQuantity(r.qty)} against ${formatQuantity(left)} left on the order`,
      });
    }
    if (r.rate !== r.orderedRate) {
      out.push({
        position: r.position,
        description: r.description,
        field: 'rate',
        ordered: r.orderedRate,
        invoiced: r.rate,
        message: `Rate ${formatINR(paise(r.rate))} against ${formatINR(paise(r.orderedRate))} agreed`,
      });
    }
    if ((r.dbps ?? 0) !== (r.orderedDbps ?? 0) || (r.damt ?? 0) !== (r.orderedDamt ?? 0)) {
      const text = (bps: number | null, amt: number | null) =>
        amt ? formatINR(paise(amt)) : formatGstRate(bps ?? 0);
      out.push({
        position: r.position,
        description: r.description,
        field: 'discount',
        ordered: r.orderedDamt ?? r.orderedDbps ?? 0,
        invoiced: r.damt ?? r.dbps ?? 0,
        message: `Discount ${text(r.dbps, r.damt)} against ${text(r.orderedDbps, r.orderedDamt)} agreed`,
      });
    }
  }
  return out;
}
