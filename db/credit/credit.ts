// Credit control: exposure (open balance + approved orders not yet invoiced) against the
// customer's limit, and credit holds, checked when an invoice is issued or an estimate approved.
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import Decimal from 'decimal.js';
import { formatINR, paise } from '../../shared/money';
import { BahiError } from '../../shared/result';
import { taxLine } from '../../shared/tax/gst';
import {
  holdInput,
  releaseInput,
  type CreditException,
  type CreditExposure,
  type CreditHold,
  type CreditOverride,
  type HoldInput,
  type ReleaseInput,
} from '../../shared/credit/contract';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';

export type CreditMode = 'off' | 'warn' | 'block';
const inr = (p: number) => formatINR(paise(p));

export interface CreditAssessment {
  customerId: number;
  customerName: string;
  mode: CreditMode;
  onHold: boolean;
  creditLimit: number | null;
  /** Open debit items less unallocated credits, now. */
  openBalance: number;
  /** Approved estimates and open sales orders, the part not yet invoiced, tax included. */
  unbilledOrders: number;
  exposure: number;
  /** What this invoice or approval adds. */
  adds: number;
  exposureAfter: number;
  overLimit: boolean;
  problems: string[];
}

/** What the customer owes now: open debit items less unallocated credit items. */
export function openBalanceOf(ledger: Ledger, customerId: number): number {
  return prepared(
    ledger.sqlite,
    `select coalesce(sum(case when k.side = 'credit' then -d.open_balance else d.open_balance end), 0)
       from documents d join document_kinds k on k.kind = d.kind
       where d.customer_id = ? and d.status = 'issued' and d.open_balance <> 0`,
  )
    .pluck()
    .get(customerId) as number;
}

interface BacklogLine {
  quantityMilli: number;
  remainingMilli: number;
  rate: number;
  discountBps: number | null;
  discountAmount: number | null;
  gstRateBps: number;
  intraState: number;
}

/** The value of what is left to bill on order lines, tax included; an amount discount pro rata. */
export function backlogValue(lines: BacklogLine[]): number {
  let total = 0;
  for (const l of lines) {
    if (l.remainingMilli <= 0) continue;
    const discount =
      l.discountBps !== null
        ? { kind: 'percent' as const, bps: l.discountBps }
        : l.discountAmount !== null
          ? {
              kind: 'amount' as const,
              // Paise in, paise out: roundToPaise takes rupees, so the paise are rounded here.
              amount: paise(
                new Decimal(l.discountAmount)
                  .mul(l.remainingMilli)
                  .div(l.quantityMilli)
                  .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
                  .toNumber(),
              ),
            }
          : null;
    total += taxLine(
      {
        hsnSac: '',
        quantityMilli: l.remainingMilli,
        rate: paise(l.rate),
        discount,
        gstRateBps: l.gstRateBps,
      },
      l.intraState === 1,
    ).total;
  }
  return total;
}

const BACKLOG = `select l.quantity_milli as quantityMilli, l.rate, l.discount_bps as discountBps,
    l.discount_amount as discountAmount, l.gst_rate_bps as gstRateBps,
    (c.state_code = (select state_code from company where id = 1)) as intraState,
    l.quantity_milli - coalesce((select sum(dl.quantity_milli) from document_lines dl
        join documents d on d.id = dl.document_id
       where dl.order_line_id = l.id and d.kind = 'invoice'
         and (d.status = 'issued' or d.id = @exceptDocumentId)), 0) as remainingMilli
  from orders o join order_lines l on l.order_id = o.id join customers c on c.id = o.customer_id`;

/**
 * Approved estimates and open sales orders not yet invoiced. A draft invoice being issued counts
 * as billing its order lines already, so the order and the invoice are not counted twice.
 */
export function unbilledOrdersOf(
  ledger: Ledger,
  customerId: number,
  exceptDocumentId: number | null = null,
): number {
  const lines = prepared(
    ledger.sqlite,
    `${BACKLOG} where o.customer_id = @customerId
       and ((o.kind = 'estimate' and o.status = 'approved') or (o.kind = 'sales_order' and o.status = 'open'))`,
  ).all({ customerId, exceptDocumentId }) as BacklogLine[];
  return backlogValue(lines);
}

/** What approving this order would add: every line still to bill. */
export function orderValue(ledger: Ledger, orderId: number): number {
  const lines = prepared(ledger.sqlite, `${BACKLOG} where o.id = @orderId`).all({
    orderId,
    exceptDocumentId: null,
  }) as BacklogLine[];
  return backlogValue(lines);
}

export function creditMode(ledger: Ledger): CreditMode {
  return (prepared(ledger.sqlite, 'select credit_check from company where id = 1').pluck().get() ??
    'warn') as CreditMode;
}

function openHold(ledger: Ledger, customerId: number) {
  return prepared(
    ledger.sqlite,
    `select held_on as heldOn, held_by as heldBy, reason from credit_holds
      where customer_id = ? and released_on is null`,
  ).get(customerId) as { heldOn: string; heldBy: string; reason: string } | undefined;
}

/** The check as the invoice or approval would leave things; `problems` is empty when it passes. */
export function assessCredit(
  ledger: Ledger,
  q: { customerId: number; adds: number; exceptDocumentId?: number | null; what: string },
): CreditAssessment {
  const c = prepared(
    ledger.sqlite,
    'select name, on_hold as onHold, credit_limit as creditLimit from customers where id = ?',
  ).get(q.customerId) as { name: string; onHold: number; creditLimit: number | null };
  const mode = creditMode(ledger);
  const openBalance = openBalanceOf(ledger, q.customerId);
  const unbilledOrders = unbilledOrdersOf(ledger, q.customerId, q.exceptDocumentId ?? null);
  const exposure = openBalance + unbilledOrders;
  const exposureAfter = exposure + q.adds;
  const overLimit = q.adds > 0 && c.creditLimit !== null && exposureAfter > c.creditLimit;
  const problems: string[] = [];
  const onHold = c.onHold === 1;
  if (mode !== 'off' && onHold && q.adds > 0) {
    const hold = openHold(ledger, q.customerId);
    problems.push(
      hold
        ? `${c.name} is on credit hold since ${formatDateIndian(hold.heldOn as IsoDate)} (${hold.reason})`
        : `${c.name} is on credit hold`,
    );
  }
  if (mode !== 'off' && overLimit) {
    problems.push(
      `Credit limit ${inr(c.creditLimit!)} exceeded: exposure would be ${inr(exposureAfter)} ` +
        `(open balance ${inr(openBalance)} + orders not yet invoiced ${inr(unbilledOrders)} + ` +
        `${q.what} ${inr(q.adds)})`,
    );
  }
  return {
    customerId: q.customerId,
    customerName: c.name,
    mode,
    onHold,
    creditLimit: c.creditLimit,
    openBalance,
    unbilledOrders,
    exposure,
    adds: q.adds,
    exposureAfter,
    overLimit,
    problems,
  };
}

/**
 * Inside the issuing or approving command: in block mode refuse unless overridden; otherwise
 * record the warning (or the override, with who and why) and return the problems as warnings.
 */
export function enforceCredit(
  cx: CommandContext,
  a: CreditAssessment,
  subject: { documentId: number } | { orderId: number },
  override: CreditOverride | null | undefined,
  actor: string,
): string[] {
  if (a.problems.length === 0) return [];
  if (a.mode === 'block' && !override) {
    throw new BahiError(
      'CONFLICT',
      `${a.problems.join('; ')}. The company's credit check blocks this; ` +
        'give an override (who approved it and why) to go ahead.',
      { field: 'override' },
    );
  }
  const outcome = override ? 'overridden' : 'warned';
  const row = {
    customerId: a.customerId,
    documentId: 'documentId' in subject ? subject.documentId : null,
    orderId: 'orderId' in subject ? subject.orderId : null,
    outcome,
    mode: a.mode,
    creditLimit: a.creditLimit,
    exposureAfter: a.exposureAfter,
    onHold: a.onHold,
    problems: a.problems.join('; '),
    approvedBy: override?.approvedBy ?? null,
    reason: override?.reason ?? null,
    actor,
  };
  const id = prepared(
    cx.sqlite,
    `insert into credit_exceptions (customer_id, document_id, order_id, outcome, mode, credit_limit,
       exposure_after, on_hold, problems, approved_by, reason, actor, created_at)
     values (@customerId, @documentId, @orderId, @outcome, @mode, @creditLimit, @exposureAfter,
       @onHold, @problems, @approvedBy, @reason, @actor, @now)`,
  ).run({ ...row, onHold: row.onHold ? 1 : 0, now: cx.now }).lastInsertRowid;
  cx.audit({ entity: 'credit_exception', entityId: Number(id), before: null, after: row });
  return override
    ? a.problems.map((p) => `${p} — overridden by ${override.approvedBy}: ${override.reason}`)
    : a.problems;
}

const HOLD_SELECT = `select h.id, h.customer_id as customerId, c.code as customerCode,
    c.name as customerName, h.held_on as heldOn, h.held_by as heldBy, h.reason,
    h.released_on as releasedOn, h.released_by as releasedBy, h.release_reason as releaseReason,
    c.credit_limit as creditLimit
  from credit_holds h join customers c on c.id = h.customer_id`;

type HoldRow = Omit<CreditHold, 'openBalance'>;

function withBalance(ledger: Ledger, r: HoldRow): CreditHold {
  return { ...r, openBalance: openBalanceOf(ledger, r.customerId) };
}

/** Customers on hold now (for dispatch), or every hold and release, newest first. */
export function listHolds(
  ledger: Ledger,
  q: { customerId?: number | null | undefined; includeReleased?: boolean | undefined },
): CreditHold[] {
  const rows = prepared(
    ledger.sqlite,
    `${HOLD_SELECT} where (@customerId is null or h.customer_id = @customerId)
       and (@all = 1 or h.released_on is null)
     order by h.held_on desc, h.id desc`,
  ).all({ customerId: q.customerId ?? null, all: q.includeReleased ? 1 : 0 }) as HoldRow[];
  return rows.map((r) => withBalance(ledger, r));
}

function holdById(ledger: Ledger, id: number): CreditHold {
  return withBalance(
    ledger,
    prepared(ledger.sqlite, `${HOLD_SELECT} where h.id = ?`).get(id) as HoldRow,
  );
}

export function putOnHold(ledger: Ledger, input: HoldInput, actor: string): CreditHold {
  const v = holdInput.parse(input);
  return runCommand(ledger, { command: 'credit.hold', actor }, (cx) => {
    const exists = prepared(cx.sqlite, 'select name from customers where id = ?')
      .pluck()
      .get(v.customerId) as string | undefined;
    if (exists === undefined) {
      throw new BahiError('NOT_FOUND', `There is no customer with id ${v.customerId}`, {
        field: 'customerId',
      });
    }
    const current = openHold(ledger, v.customerId);
    if (current) {
      throw new BahiError(
        'CONFLICT',
        `${exists} is already on credit hold since ${formatDateIndian(current.heldOn as IsoDate)}; release it first`,
        { field: 'customerId' },
      );
    }
    const id = Number(
      prepared(
        cx.sqlite,
        `insert into credit_holds (customer_id, held_on, held_by, reason, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?)`,
      ).run(v.customerId, v.heldOn, actor, v.reason, cx.now, cx.now).lastInsertRowid,
    );
    prepared(cx.sqlite, 'update customers set on_hold = 1, updated_at = ? where id = ?').run(
      cx.now,
      v.customerId,
    );
    const after = holdById(ledger, id);
    cx.audit({ entity: 'credit_hold', entityId: id, before: null, after });
    return after;
  });
}

export function releaseHold(ledger: Ledger, input: ReleaseInput, actor: string): CreditHold {
  const v = releaseInput.parse(input);
  return runCommand(ledger, { command: 'credit.release', actor }, (cx) => {
    const before = listHolds(ledger, { customerId: v.customerId })[0];
    if (!before) {
      throw new BahiError('VALIDATION', 'This customer is not on credit hold; nothing to release', {
        field: 'customerId',
      });
    }
    if (v.releasedOn < before.heldOn) {
      throw new BahiError(
        'VALIDATION',
        `Release date cannot be before the hold (${formatDateIndian(before.heldOn as IsoDate)})`,
        { field: 'releasedOn' },
      );
    }
    prepared(
      cx.sqlite,
      `update credit_holds set released_on = ?, released_by = ?, release_reason = ?, updated_at = ?
      where id = ?`,
    ).run(v.releasedOn, actor, v.reason, cx.now, before.id);
    prepared(cx.sqlite, 'update customers set on_hold = 0, updated_at = ? where id = ?').run(
      cx.now,
      v.customerId,
    );
    const after = holdById(ledger, before.id);
    cx.audit({ entity: 'credit_hold', entityId: before.id, before, after });
    return after;
  });
}

export function customerExposure(ledger: Ledger, customerId: number): CreditExposure {
  const known = prepared(ledger.sqlite, 'select 1 from customers where id = ?').get(customerId);
  if (!known) {
    throw new BahiError('NOT_FOUND', `There is no customer with id ${customerId}`, {
      field: 'customerId',
    });
  }
  const a = assessCredit(ledger, { customerId, adds: 0, what: '' });
  return {
    customerId,
    customerName: a.customerName,
    mode: a.mode,
    onHold: a.onHold,
    creditLimit: a.creditLimit,
    openBalance: a.openBalance,
    unbilledOrders: a.unbilledOrders,
    exposure: a.exposure,
    headroom: a.creditLimit === null ? null : a.creditLimit - a.exposure,
  };
}

/** Warnings and overrides, newest first. */
export function listExceptions(
  ledger: Ledger,
  q: { customerId?: number | null | undefined },
): CreditException[] {
  return prepared(
    ledger.sqlite,
    `select x.id, x.customer_id as customerId, c.name as customerName, x.document_id as documentId,
         d.number as documentNumber, x.order_id as orderId, o.number as orderNumber, x.outcome,
         x.credit_limit as creditLimit, x.exposure_after as exposureAfter, x.problems,
         x.approved_by as approvedBy, x.reason, x.actor, x.created_at as createdAt
       from credit_exceptions x join customers c on c.id = x.customer_id
       left join documents d on d.id = x.document_id left join orders o on o.id = x.order_id
       where @customerId is null or x.customer_id = @customerId
       order by x.id desc`,
  ).all({ customerId: q.customerId ?? null }) as CreditException[];
}
