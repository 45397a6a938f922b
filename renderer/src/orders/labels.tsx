import { Badge } from '@mantine/core';
import type { Order } from '../../../shared/orders/contract';

export type OrderKind = Order['kind'];
export type OrderStatus = Order['status'];

export const KIND_LABEL: Record<OrderKind, string> = {
  estimate: 'Estimate',
  sales_order: 'Sales order',
};

/** What the customer's reference means on each kind. */
export const REFERENCE_LABEL: Record<OrderKind, string> = {
  estimate: 'Approval reference',
  sales_order: 'Customer PO number',
};

export const STATUS_LABEL: Record<OrderStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  approved: 'Approved',
  rejected: 'Rejected',
  open: 'Open',
  invoiced: 'Invoiced',
  closed: 'Closed',
};

const STATUS_COLOR: Record<OrderStatus, string> = {
  draft: 'gray',
  sent: 'cyan',
  approved: 'teal',
  rejected: 'red',
  open: 'ledger',
  invoiced: 'grape',
  closed: 'dark',
};

/** The statuses each kind passes through, for the list's filter. */
export const STATUSES_OF: Record<OrderKind, OrderStatus[]> = {
  estimate: ['draft', 'sent', 'approved', 'rejected', 'invoiced'],
  sales_order: ['open', 'invoiced', 'closed'],
};

export function OrderKindBadge({ kind }: { kind: OrderKind }) {
  return (
    <Badge
      size="sm"
      radius="sm"
      variant="light"
      color={kind === 'estimate' ? 'orange' : 'ledger'}
      tt="none"
      fw={600}
    >
      {KIND_LABEL[kind]}
    </Badge>
  );
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge
      size="sm"
      radius="sm"
      variant="dot"
      color={STATUS_COLOR[status]}
      tt="none"
      fw={500}
      data-testid="order-status"
    >
      {STATUS_LABEL[status]}
    </Badge>
  );
}

/** An approved estimate or an open sales order can be billed. */
export const isBillable = (o: Pick<Order, 'kind' | 'status'>) =>
  o.kind === 'estimate' ? o.status === 'approved' : o.status === 'open';

/** The ledger refuses changes once anything is invoiced or the order is settled another way. */
export const isEditable = (o: Pick<Order, 'status' | 'lines'>) =>
  !['invoiced', 'closed', 'rejected'].includes(o.status) &&
  o.lines.every((l) => l.invoicedMilli === 0);

export const orderTitle = (o: Pick<Order, 'kind' | 'number'>) =>
  `${KIND_LABEL[o.kind]} ${o.number}`;
