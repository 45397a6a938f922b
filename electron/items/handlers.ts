import { createItem, listItems, setItemArchived, updateItem } from '../../db/items/items';
import { defineHandlers } from '../ipc/router';

export const itemsHandlers = defineHandlers({
  'items.list': (input, { ledger }) => listItems(ledger, input),
  'items.create': (input, { ledger, actor }) => createItem(ledger, input, actor),
  'items.update': ({ id, ...values }, { ledger, actor }) => updateItem(ledger, id, values, actor),
  'items.setArchived': ({ id, archived }, { ledger, actor }) =>
    setItemArchived(ledger, id, archived, actor),
});
