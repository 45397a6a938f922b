import type { Item, ItemValues } from '../../shared/items/contract';
import { BahiError } from '../../shared/result';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';

interface ItemRow {
  id: number;
  name: string;
  kind: 'goods' | 'services';
  hsn_sac: string;
  unit: string;
  default_rate: number;
  description: string | null;
  archived_at: string | null;
}

function toItems(ledger: Ledger, rows: ItemRow[]): Item[] {
  if (rows.length === 0) return [];
  const rates = ledger.sqlite
    .prepare(
      `select item_id, effective_from as effectiveFrom, gst_rate_bps as gstRateBps from item_gst_rates
       where item_id in (${rows.map(() => '?').join(',')}) order by effective_from`,
    )
    .all(...rows.map((r) => r.id)) as {
    item_id: number;
    effectiveFrom: string;
    gstRateBps: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    hsnSac: r.hsn_sac,
    unit: r.unit,
    defaultRate: r.default_rate,
    description: r.description,
    gstRates: rates
      .filter((x) => x.item_id === r.id)
      .map(({ effectiveFrom, gstRateBps }) => ({ effectiveFrom, gstRateBps })),
    archived: r.archived_at !== null,
  }));
}

export function getItem(ledger: Ledger, id: number): Item {
  const row = ledger.sqlite.prepare('select * from items where id = ?').get(id) as
    ItemRow | undefined;
  if (!row) throw new BahiError('NOT_FOUND', `There is no item with id ${id}`, { field: 'id' });
  return toItems(ledger, [row])[0]!;
}

/** Search as you type on invoice lines: name or HSN/SAC prefix. */
export function listItems(
  ledger: Ledger,
  q: { search: string; includeArchived: boolean; limit: number },
): Item[] {
  const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = ledger.sqlite
    .prepare(
      `select * from items where (@all or archived_at is null)
         and (name like @like escape '\\' or hsn_sac like @prefix escape '\\')
       order by name collate nocase limit @limit`,
    )
    .all({
      all: q.includeArchived ? 1 : 0,
      like,
      prefix: `${q.search}%`,
      limit: q.limit,
    }) as ItemRow[];
  return toItems(ledger, rows);
}

function assertNameFree(ledger: Ledger, name: string, exceptId?: number) {
  const other = ledger.sqlite
    .prepare('select id from items where name = ? collate nocase')
    .pluck()
    .get(name) as number | undefined;
  if (other !== undefined && other !== exceptId) {
    throw new BahiError('CONFLICT', `An item called ${name} already exists`, { field: 'name' });
  }
}

function writeRates(cx: CommandContext, id: number, v: ItemValues) {
  cx.sqlite.prepare('delete from item_gst_rates where item_id = ?').run(id);
  const insert = cx.sqlite.prepare(
    'insert into item_gst_rates (item_id, effective_from, gst_rate_bps) values (?, ?, ?)',
  );
  for (const r of v.gstRates) insert.run(id, r.effectiveFrom, r.gstRateBps);
}

const columns = (v: ItemValues) => ({
  name: v.name,
  kind: v.kind,
  hsn_sac: v.hsnSac,
  unit: v.unit,
  default_rate: v.defaultRate,
  description: v.description,
});

export function createItem(ledger: Ledger, v: ItemValues, actor: string): Item {
  return runCommand(ledger, { command: 'items.create', actor }, (cx) => {
    assertNameFree(ledger, v.name);
    const id = cx.sqlite
      .prepare(
        `insert into items (name, kind, hsn_sac, unit, default_rate, description, created_at, updated_at)
         values (@name, @kind, @hsn_sac, @unit, @default_rate, @description, @now, @now)`,
      )
      .run({ ...columns(v), now: cx.now }).lastInsertRowid as number;
    writeRates(cx, id, v);
    const item = getItem(ledger, id);
    cx.audit({ entity: 'item', entityId: id, before: null, after: item });
    return item;
  });
}

export function updateItem(ledger: Ledger, id: number, v: ItemValues, actor: string): Item {
  return runCommand(ledger, { command: 'items.update', actor }, (cx) => {
    const before = getItem(ledger, id);
    assertNameFree(ledger, v.name, id);
    cx.sqlite
      .prepare(
        `update items set name = @name, kind = @kind, hsn_sac = @hsn_sac, unit = @unit, default_rate = @default_rate,
           description = @description, updated_at = @now where id = @id`,
      )
      .run({ ...columns(v), now: cx.now, id });
    writeRates(cx, id, v);
    const after = getItem(ledger, id);
    cx.audit({ entity: 'item', entityId: id, before, after });
    return after;
  });
}

export function setItemArchived(
  ledger: Ledger,
  id: number,
  archived: boolean,
  actor: string,
): Item {
  return runCommand(
    ledger,
    { command: archived ? 'items.archive' : 'items.restore', actor },
    (cx) => {
      const before = getItem(ledger, id);
      if (before.archived === archived) return before;
      cx.sqlite
        .prepare('update items set archived_at = ?, updated_at = ? where id = ?')
        .run(archived ? cx.now : null, cx.now, id);
      const after = getItem(ledger, id);
      cx.audit({ entity: 'item', entityId: id, before, after });
      return after;
    },
  );
}
