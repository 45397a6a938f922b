// Bulk statements: one PDF per customer into a job's folder, all through the one PDF renderer
// the host keeps (a browser launched once, not per statement), cancellable between customers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireCompany } from '../../db/company/company';
import type { Ledger } from '../../db/ledger/open';
import { ageingReport } from '../../db/reports/ageing';
import { prepared } from '../../db/ledger/statements';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import { ageingQuery } from '../../shared/reports/contract';
import type { BulkScope, BulkStatementsScope } from '../../shared/reports/statement-contract';
import { BahiError } from '../../shared/result';
import { statementHtml } from '../documents/print/StatementDocument';
import type { HandlerContext } from '../ipc/context';
import { periodLabel, printableStatement, statementFileName } from './statement-printable';

export interface BulkCustomer {
  id: number;
  code: string;
  name: string;
}

interface CustomerRow extends BulkCustomer {
  customerGroup: string | null;
  archived: number;
}

/** Each customer's balance on `to` (owing positive, in credit negative); nil ones left out. */
function balancesOn(ledger: Ledger, to: string): Map<number, number> {
  const ageing = ageingReport(ledger, ageingQuery.parse({ asOf: to }));
  return new Map(ageing.customers.filter((c) => c.total !== 0).map((c) => [c.customerId, c.total]));
}

function customersOf(ledger: Ledger): CustomerRow[] {
  return prepared(
    ledger.sqlite,
    `select id, code, name, customer_group as customerGroup, archived_at is not null as archived
       from customers order by code collate nocase`,
  ).all() as CustomerRow[];
}

/** A group's customers: every active one, and an archived one only while it has a balance. */
const inGroup = (c: CustomerRow, group: string, balances: Map<number, number>) =>
  c.customerGroup !== null &&
  c.customerGroup.toLowerCase() === group.toLowerCase() &&
  (!c.archived || balances.has(c.id));

/** Who gets a statement: customers with a balance on the last day, or one group. */
export function bulkCustomers(
  ledger: Ledger,
  q: { to: string; scope: BulkScope; group?: string | null | undefined },
): BulkCustomer[] {
  const balances = balancesOn(ledger, q.to);
  const keep =
    q.scope === 'group'
      ? (c: CustomerRow) => inGroup(c, q.group ?? '', balances)
      : (c: CustomerRow) => balances.has(c.id);
  return customersOf(ledger)
    .filter(keep)
    .map(({ id, code, name }) => ({ id, code, name }));
}

/** What the bulk screen offers: how many customers have a balance, and each group's size. */
export function bulkStatementsScope(ledger: Ledger, to: string): BulkStatementsScope {
  const balances = balancesOn(ledger, to);
  const all = customersOf(ledger);
  const groups = new Map<string, { group: string; customers: number }>();
  for (const c of all) {
    if (c.customerGroup === null || !inGroup(c, c.customerGroup, balances)) continue;
    const key = c.customerGroup.toLowerCase();
    const g = groups.get(key) ?? { group: c.customerGroup, customers: 0 };
    g.customers++;
    groups.set(key, g);
  }
  return {
    to,
    withBalance: all.filter((c) => balances.has(c.id)).length,
    groups: [...groups.values()].sort((a, b) => a.group.localeCompare(b.group)),
  };
}

/** Two customers whose names clean up the same get "(2)" rather than overwrite each other. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    candidate = name.replace(/(\.[a-z]+)$/, ` (${n})$1`);
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

export function startBulkStatements(
  ctx: Pick<HandlerContext, 'ledger' | 'renderPdf' | 'jobs'>,
  q: { from: string; to: string; scope: BulkScope; group?: string | null | undefined },
): { jobId: string } {
  const { ledger, renderPdf } = ctx;
  const customers = bulkCustomers(ledger, q);
  if (customers.length === 0) {
    const on = formatDateIndian(q.to as IsoDate);
    throw q.scope === 'group'
      ? new BahiError('VALIDATION', `No customer is in the group "${q.group ?? ''}"`, {
          field: 'group',
        })
      : new BahiError('VALIDATION', `No customer has a balance on ${on}`, { field: 'to' });
  }
  const label = periodLabel(q.from, q.to, requireCompany(ledger).fyStartMonth);
  return ctx.jobs.start('statements', async (job) => {
    const total = customers.length;
    job.progress(0, total, `0 of ${total}`);
    const used = new Set<string>();
    for (const [i, c] of customers.entries()) {
      await job.checkpoint();
      const statement = printableStatement(ledger, { customerId: c.id, from: q.from, to: q.to });
      const pdf = await renderPdf(statementHtml(statement));
      writeFileSync(join(job.dir, uniqueName(statementFileName(statement, 'pdf'), used)), pdf);
      job.progress(i + 1, total, `${i + 1} of ${total}`);
    }
    await job.checkpoint();
    const scope = q.scope === 'group' ? ` - ${q.group ?? ''}` : '';
    return {
      fileName: `Statements ${label}${scope}`.replace(/[<>:"/\\|?*]+/g, '-'),
      path: job.dir,
      kind: 'folder',
      files: total,
    };
  });
}
