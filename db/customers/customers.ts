import type Database from 'better-sqlite3';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Address } from '../../shared/contract/fields';
import {
  customerInput,
  type Customer,
  type CustomerSummary,
  type CustomerValues,
} from '../../shared/customers/contract';
import { BahiError } from '../../shared/result';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { isForeignKeyViolation } from '../ledger/errors';
import { customerContacts, customers } from './schema';

type Row = typeof customers.$inferSelect;

const toSummary = (r: Row): CustomerSummary => ({
  id: r.id,
  code: r.code,
  name: r.name,
  gstin: r.gstin,
  stateCode: r.stateCode,
  phone: r.phone,
  email: r.email,
  paymentTermsDays: r.paymentTermsDays,
  creditLimit: r.creditLimit,
  customerGroup: r.customerGroup,
  archived: r.archivedAt !== null,
});

type ContactRow = typeof customerContacts.$inferSelect;

const toContact = (c: ContactRow) => ({
  name: c.name,
  designation: c.designation,
  email: c.email,
  phone: c.phone,
  whatsapp: c.whatsapp,
});

function toCustomer(ledger: Ledger, r: Row): Customer {
  const contacts = ledger.db
    .select()
    .from(customerContacts)
    .where(eq(customerContacts.customerId, r.id))
    .orderBy(asc(customerContacts.position))
    .all();
  return withContacts(r, contacts);
}

function withContacts(r: Row, contactRows: ContactRow[]): Customer {
  const contacts = contactRows.map(toContact);
  const shipping: Address | null = r.hasShippingAddress
    ? {
        line1: r.shippingLine1,
        line2: r.shippingLine2,
        city: r.shippingCity,
        pincode: r.shippingPincode,
        stateCode: r.shippingStateCode,
      }
    : null;
  return {
    ...toSummary(r),
    pan: r.pan,
    whatsapp: r.whatsapp,
    billingAddress: {
      line1: r.billingLine1,
      line2: r.billingLine2,
      city: r.billingCity,
      pincode: r.billingPincode,
      stateCode: r.billingStateCode ?? r.stateCode,
    },
    shippingAddress: shipping,
    salesperson: r.salesperson,
    notes: r.notes,
    contacts,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const toColumns = (v: CustomerValues) => ({
  code: v.code,
  name: v.name,
  gstin: v.gstin,
  pan: v.pan,
  stateCode: v.stateCode,
  email: v.email,
  phone: v.phone,
  whatsapp: v.whatsapp,
  paymentTermsDays: v.paymentTermsDays,
  creditLimit: v.creditLimit,
  billingLine1: v.billingAddress.line1,
  billingLine2: v.billingAddress.line2,
  billingCity: v.billingAddress.city,
  billingPincode: v.billingAddress.pincode,
  billingStateCode: v.billingAddress.stateCode ?? v.stateCode,
  hasShippingAddress: v.shippingAddress !== null,
  shippingLine1: v.shippingAddress?.line1 ?? null,
  shippingLine2: v.shippingAddress?.line2 ?? null,
  shippingCity: v.shippingAddress?.city ?? null,
  shippingPincode: v.shippingAddress?.pincode ?? null,
  shippingStateCode: v.shippingAddress?.stateCode ?? null,
  customerGroup: v.customerGroup,
  salesperson: v.salesperson,
  notes: v.notes,
});

export interface CustomerQuery {
  search: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listCustomers(
  ledger: Ledger,
  q: CustomerQuery,
): { rows: CustomerSummary[]; total: number } {
  const filters: SQL[] = [];
  if (!q.includeArchived) filters.push(isNull(customers.archivedAt));
  const term = q.search.trim();
  if (term) {
    const like = `%${escapeLike(term)}%`;
    const digits = term.replace(/\D/g, '');
    // Only a term that looks like a phone number searches phones: `C4999` is a code, not digits.
    const phoneLike = digits.length >= 3 && /^[\d\s+()-]+$/.test(term);
    filters.push(
      sql`(${customers.code} like ${like} escape '\\' or ${customers.name} like ${like} escape '\\'
        or ${customers.gstin} like ${like} escape '\\'
        ${phoneLike ? sql`or ${customers.phone} like ${`%${digits}%`}` : sql``})`,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = ledger.db
    .select()
    .from(customers)
    .where(where)
    .orderBy(sql`${customers.name} collate nocase`, asc(customers.code))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = ledger.db
    .select({ n: sql<number>`count(*)` })
    .from(customers)
    .where(where)
    .get()!.n;
  return { rows: rows.map(toSummary), total };
}

function findRow(ledger: Ledger, id: number): Row {
  const row = ledger.db.select().from(customers).where(eq(customers.id, id)).get();
  if (!row) throw new BahiError('NOT_FOUND', `There is no customer with id ${id}`, { field: 'id' });
  return row;
}

export const getCustomer = (ledger: Ledger, id: number): Customer =>
  toCustomer(ledger, findRow(ledger, id));

/** Every customer with contacts, in two queries (exports read thousands at once). */
export function allCustomers(ledger: Ledger, includeArchived: boolean): Customer[] {
  const rows = ledger.db
    .select()
    .from(customers)
    .where(includeArchived ? undefined : isNull(customers.archivedAt))
    .orderBy(sql`${customers.name} collate nocase`, asc(customers.code))
    .all();
  const byCustomer = new Map<number, ContactRow[]>();
  for (const c of ledger.db
    .select()
    .from(customerContacts)
    .orderBy(asc(customerContacts.position))
    .all()) {
    const list = byCustomer.get(c.customerId) ?? [];
    list.push(c);
    byCustomer.set(c.customerId, list);
  }
  return rows.map((r) => withContacts(r, byCustomer.get(r.id) ?? []));
}

export function findCustomerByCode(ledger: Ledger, code: string): Customer | null {
  const row = ledger.db
    .select()
    .from(customers)
    .where(sql`${customers.code} = ${code} collate nocase`)
    .get();
  return row ? toCustomer(ledger, row) : null;
}

// Checked once per imported row: a plain prepared statement, not a query builder.
const codeOwnerStatements = new WeakMap<Ledger, Database.Statement>();

/** Who uses this code (case-insensitive), if anyone. */
export function customerCodeOwner(
  ledger: Ledger,
  code: string,
): { id: number; name: string } | undefined {
  let stmt = codeOwnerStatements.get(ledger);
  if (!stmt) {
    stmt = ledger.sqlite.prepare('select id, name from customers where code = ? collate nocase');
    codeOwnerStatements.set(ledger, stmt);
  }
  return stmt.get(code) as { id: number; name: string } | undefined;
}

function assertCodeFree(ledger: Ledger, code: string, exceptId?: number) {
  const other = customerCodeOwner(ledger, code);
  if (other && other.id !== exceptId) {
    throw new BahiError(
      'CONFLICT',
      `Customer code ${code} is already used by ${other.name}; choose another code`,
      { field: 'code' },
    );
  }
}

function writeContacts(cx: CommandContext, customerId: number, v: CustomerValues) {
  cx.db.delete(customerContacts).where(eq(customerContacts.customerId, customerId)).run();
  v.contacts.forEach((c, position) =>
    cx.db
      .insert(customerContacts)
      .values({ customerId, position, ...c })
      .run(),
  );
}

type Columns = ReturnType<typeof toColumns> & { createdAt: string; updatedAt: string };

// One prepared insert per connection: imports add tens of thousands of customers at once.
const insertStatements = new WeakMap<Ledger, ReturnType<typeof prepareInsert>>();
function prepareInsert(ledger: Ledger) {
  const sample = toColumns(customerInput.parse({ code: 'X', name: 'X', stateCode: '27' }));
  const placeholders = Object.fromEntries(
    [...Object.keys(sample), 'createdAt', 'updatedAt'].map((k) => [k, sql.placeholder(k)]),
  ) as unknown as Columns;
  return ledger.db.insert(customers).values(placeholders).returning({ id: customers.id }).prepare();
}

/** Inside a command: insert one customer and audit it. Shared by create and import. */
function insertCustomer(ledger: Ledger, cx: CommandContext, v: CustomerValues): Customer {
  assertCodeFree(ledger, v.code);
  let insert = insertStatements.get(ledger);
  if (!insert) insertStatements.set(ledger, (insert = prepareInsert(ledger)));
  const columns: Columns = { ...toColumns(v), createdAt: cx.now, updatedAt: cx.now };
  // drizzle maps booleans itself only for literal values, not placeholders.
  const { id } = insert.get({
    ...columns,
    hasShippingAddress: columns.hasShippingAddress ? 1 : 0,
  })!;
  v.contacts.forEach((c, position) =>
    cx.db
      .insert(customerContacts)
      .values({ customerId: id, position, ...c })
      .run(),
  );
  const created = withContacts({ id, ...columns, onHold: false, archivedAt: null }, []);
  created.contacts = v.contacts;
  cx.audit({ entity: 'customer', entityId: id, before: null, after: created });
  return created;
}

export function createCustomer(ledger: Ledger, v: CustomerValues, actor: string): Customer {
  return runCommand(ledger, { command: 'customers.create', actor }, (cx) =>
    insertCustomer(ledger, cx, v),
  );
}

/** All or nothing: one transaction, so a failure on any row leaves the ledger as it was. */
export function importCustomers(ledger: Ledger, rows: CustomerValues[], actor: string): Customer[] {
  return runCommand(ledger, { command: 'customers.import', actor }, (cx) =>
    rows.map((v) => insertCustomer(ledger, cx, v)),
  );
}

export function updateCustomer(
  ledger: Ledger,
  id: number,
  v: CustomerValues,
  actor: string,
): Customer {
  return runCommand(ledger, { command: 'customers.update', actor }, (cx) => {
    const before = getCustomer(ledger, id);
    assertCodeFree(ledger, v.code, id);
    cx.db
      .update(customers)
      .set({ ...toColumns(v), updatedAt: cx.now })
      .where(eq(customers.id, id))
      .run();
    writeContacts(cx, id, v);
    const after = getCustomer(ledger, id);
    cx.audit({ entity: 'customer', entityId: id, before, after });
    return after;
  });
}

export function setCustomerArchived(
  ledger: Ledger,
  id: number,
  archived: boolean,
  actor: string,
): Customer {
  return runCommand(
    ledger,
    { command: archived ? 'customers.archive' : 'customers.restore', actor },
    (cx) => {
      const before = getCustomer(ledger, id);
      if (before.archived === archived) return before;
      cx.db
        .update(customers)
        .set({ archivedAt: archived ? cx.now : null, updatedAt: cx.now })
        .where(eq(customers.id, id))
        .run();
      const after = getCustomer(ledger, id);
      cx.audit({ entity: 'customer', entityId: id, before, after });
      return after;
    },
  );
}

/**
 * Delete only a customer nobody has written a document for. Documents reference customers
 * with ON DELETE RESTRICT, so the database itself refuses once history exists.
 */
export function deleteCustomer(ledger: Ledger, id: number, actor: string): void {
  runCommand(ledger, { command: 'customers.delete', actor }, (cx) => {
    const before = getCustomer(ledger, id);
    try {
      cx.db.delete(customers).where(eq(customers.id, id)).run();
    } catch (e) {
      if (isForeignKeyViolation(e)) {
        throw new BahiError(
          'CONFLICT',
          `${before.name} has documents in the ledger and cannot be deleted; archive the customer instead`,
          { field: 'id' },
        );
      }
      throw e;
    }
    cx.audit({ entity: 'customer', entityId: id, before, after: null });
  });
}

/** Every customer's code and name by id, for lists that name the customers they add up. */
export const customersById = (ledger: Ledger): Map<number, CustomerName> =>
  new Map(
    (prepared(ledger.sqlite, 'select id, code, name from customers').all() as CustomerName[]).map(
      (c) => [c.id, c],
    ),
  );

export interface CustomerName {
  id: number;
  code: string;
  name: string;
}
