import {
  createOrder,
  getOrder,
  invoiceVariance,
  listOrders,
  orderToInvoice,
  setOrderStatus,
  toBeBilled,
  updateOrder,
} from '../../db/orders/orders';
import { defineHandlers } from '../ipc/router';

export const ordersHandlers = defineHandlers({
  'orders.list': (input, { ledger }) => listOrders(ledger, input),
  'orders.get': ({ id }, { ledger }) => getOrder(ledger, id),
  'orders.create': (input, { ledger, actor }) => createOrder(ledger, input, actor),
  'orders.update': ({ id, order }, { ledger, actor }) => updateOrder(ledger, id, order, actor),
  'orders.setStatus': ({ id, ...next }, { ledger, actor }) =>
    setOrderStatus(ledger, id, next, actor),
  'orders.toInvoice': ({ id, date }, { ledger, actor }) => orderToInvoice(ledger, id, date, actor),
  'orders.toBeBilled': ({ customerId }, { ledger }) => toBeBilled(ledger, customerId),
  'orders.variance': ({ invoiceId }, { ledger }) => invoiceVariance(ledger, invoiceId),
});
