// The command line: every command goes through the same router and contract as the app.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { verifyLedger } from '../../db/audit/audit';
import { requireCompany } from '../../db/company/company';
import { seedSampleCompany } from '../../db/demo/sample-company';
import { backupLedger, LedgerOpenError, openLedger, type Ledger } from '../../db/ledger/open';
import { contract, type ChannelName } from '../../shared/contract';
import { financialYearOf, isIsoDate, todayIso } from '../../shared/dates';
import type { Result } from '../../shared/result';
import { createHostRouter, currentActor } from '../ipc/host';
import { fileWorkspace } from '../workspace';
import { findDocumentByNumber } from '../../db/invoices/invoices';
import type {
  AgeingReport,
  CollectionsReport,
  DsoReport,
  StatementOfAccount,
} from '../../shared/reports/contract';
import {
  ageingCsv,
  ageingJson,
  collectionsCsv,
  COLLECTION_MONEY,
  dsoCsv,
  rupeesDeep,
  statementJson,
} from './report';
import { listReceipts } from '../../db/receipts/receipts';
import { listBankAccounts } from '../../db/receipts/bank-accounts';
import { ageingXlsxFile } from '../reports/ageing-export';
import { statementFile } from '../reports/statement-cli';
import { reconcileBooks } from '../books-reconciliation/cli';
import { reconcileCustomer } from '../customer-reconciliation/cli';

const COPY_BY_NAME: Record<string, string> = {
  original: 'ORIGINAL FOR RECIPIENT',
  duplicate: 'DUPLICATE FOR TRANSPORTER',
  triplicate: 'TRIPLICATE FOR SUPPLIER',
};

const USAGE = `Usage: bahi <command> [options]

  init --db FILE --company NAME --state-code NN [--gstin GSTIN]   create a ledger for a company
  demo --db FILE [--today YYYY-MM-DD] [--no-history]   the sample company, with a year of trade
  import customers FILE --db FILE [--dry-run]      add customers from CSV or XLSX (all or nothing)
  import invoices FILE --db FILE [--dry-run]       open invoices from Tally/Excel as opening items
  import receipts FILE --db FILE [--dry-run]       receipts from Tally/Excel, one row per allocation
  import bank-statement FILE --account NAME --db FILE   a bank statement (CSV/XLSX/MT940/camt.053)
  reconcile bank --account NAME --db FILE [--accept-above SCORE] [--as-of D] --format json
  reconcile books --as-of D --db FILE [--tally FILE] [--source NAME] --format json
  reconcile customer FILE --customer CODE --from D --to D --db FILE --format json
  print invoice NUMBER --db FILE --out FILE.pdf|html [--copies original,duplicate,triplicate]
  print receipt NUMBER --db FILE --out FILE.pdf|html   a receipt, or a Rule 50 voucher for an advance
  print confirmation --customer CODE --as-of D [--from D] [--days 15] [--date D] --db FILE --out FILE.pdf|html
         a balance confirmation letter with the statement from --from (the financial year's start) attached
  export customers --db FILE --out FILE.xlsx       customers to Excel
  report ageing --db FILE --as-of YYYY-MM-DD [--basis due|document] [--buckets 30,60,90]
         [--level customer|document] --format json|csv|xlsx [--out FILE]   (xlsx needs --out)
  report statement --db FILE --customer CODE --from D --to D --format json|pdf|xlsx [--out FILE]
  report collections --db FILE --from D --to D [--group-by day|week|month] --format json|csv|xlsx [--out FILE]
  report dso --db FILE --to D [--months 12] --format json|csv|xlsx [--out FILE]
  call CHANNEL --db FILE [--input JSON]            run any channel of the contract; prints JSON
  channels                                         every channel with its input/output JSON Schema
  verify --db FILE                                 check integrity and the audit chain
  backup --db FILE --out FILE                      a consistent copy of the ledger
`;

class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
};

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`Missing ${flag}`);
  return value;
}

async function withLedger<T>(
  dbPath: string,
  create: boolean,
  work: (ledger: Ledger) => T | Promise<T>,
): Promise<T> {
  const ledger = openLedger(resolve(dbPath), { create });
  try {
    return await work(ledger);
  } finally {
    ledger.close();
  }
}

async function callChannel(
  ledger: Ledger,
  channel: string,
  input: unknown,
): Promise<Result<unknown>> {
  const router = createHostRouter(fileWorkspace(ledger), currentActor(), { checkOutputs: true });
  try {
    return await router.dispatch(channel, input);
  } finally {
    // A print opened a browser: close it, or it keeps the command from ending.
    await router.dispose();
  }
}

/** The customer's id by its code (any case), or a usage error naming the code. */
function customerIdByCode(ledger: Ledger, code: string): number {
  const id = ledger.sqlite
    .prepare('select id from customers where code = ? collate nocase')
    .pluck()
    .get(code) as number | undefined;
  if (id === undefined) throw new UsageError(`There is no customer with code ${code}`);
  return id;
}

/** Print a result: data as JSON on stdout, or the error on stderr with exit code 1. */
function report(io: Io, result: Result<unknown>, describe?: (data: unknown) => string): number {
  if (result.ok) {
    io.out(describe ? describe(result.data) : JSON.stringify(result.data, null, 2));
    return 0;
  }
  const { error } = result;
  io.err(`bahi: ${error.field ? `${error.field}: ` : ''}${error.message}`);
  for (const issue of error.issues ?? []) {
    if (issue.row !== undefined) io.err(`  row ${issue.row}, ${issue.field}: ${issue.message}`);
  }
  return 1;
}

export function channelSchemas() {
  return Object.entries(contract).map(([name, def]) => ({
    name,
    summary: def.summary,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
  }));
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        input: { type: 'string' },
        company: { type: 'string' },
        'state-code': { type: 'string' },
        gstin: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        today: { type: 'string' },
        'no-history': { type: 'boolean', default: false },
        copies: { type: 'string' },
        'as-of': { type: 'string' },
        basis: { type: 'string' },
        buckets: { type: 'string' },
        level: { type: 'string' },
        format: { type: 'string' },
        customer: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        months: { type: 'string' },
        'group-by': { type: 'string' },
        account: { type: 'string' },
        'accept-above': { type: 'string' },
        tally: { type: 'string' },
        source: { type: 'string' },
        days: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`bahi: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    io.out(USAGE);
    return command ? 0 : 2;
  }

  try {
    switch (command) {
      case 'init': {
        const db = need(values.db, '--db FILE');
        return await withLedger(db, true, async (ledger) =>
          report(
            io,
            await callChannel(ledger, 'company.setup', {
              legalName: need(values.company, '--company NAME'),
              stateCode: values['state-code'],
              gstin: values.gstin,
            }),
            () => `Created ledger ${db} for ${values.company}`,
          ),
        );
      }
      case 'demo': {
        const db = need(values.db, '--db FILE');
        const today = values.today ?? todayIso();
        if (!isIsoDate(today)) throw new UsageError('--today must be a date as YYYY-MM-DD');
        const history = !values['no-history'];
        return await withLedger(db, true, (ledger) => {
          if (callStatusHasCompany(ledger))
            throw new UsageError(`${db} already has a company; choose a new file`);
          seedSampleCompany(ledger, currentActor(), { today, history });
          io.out(
            history
              ? `Created the sample company in ${db}, with a year of trade to ${today}`
              : `Created the sample company in ${db}`,
          );
          return 0;
        });
      }
      case 'import': {
        const what = rest[0];
        if (what === 'bank-statement') return await bankCli(io, 'import', rest[1], values);
        const channel =
          what === 'customers'
            ? 'customers.import'
            : what === 'invoices'
              ? 'invoices.importOpening'
              : what === 'receipts'
                ? 'receipts.import'
                : null;
        if (!channel || !rest[1])
          throw new UsageError('Usage: bahi import customers|invoices|receipts FILE --db FILE');
        const file = resolve(rest[1]);
        const bytes = readFileSync(file);
        return await withLedger(need(values.db, '--db FILE'), false, async (ledger) =>
          report(
            io,
            await callChannel(ledger, channel, {
              fileName: basename(file),
              contentBase64: bytes.toString('base64'),
              dryRun: values['dry-run'],
            }),
            (d) => {
              if (what === 'receipts') return describeReceiptsImport(d as ReceiptsImported);
              const r = d as { rows: number; created: number; dryRun: boolean };
              return r.dryRun
                ? `${r.rows} rows checked; all valid (dry run, nothing saved)`
                : `Imported ${r.created} ${what === 'customers' ? 'customers' : 'opening invoices'}`;
            },
          ),
        );
      }
      case 'print': {
        if (rest[0] === 'receipt' && rest[1]) return await printReceipt(io, rest[1], values);
        if (rest[0] === 'confirmation') return await printConfirmation(io, values);
        if (rest[0] !== 'invoice' || !rest[1]) {
          throw new UsageError(
            'Usage: bahi print invoice|receipt NUMBER | confirmation --customer CODE … --db FILE --out FILE.pdf|html',
          );
        }
        const number = rest[1];
        const out = resolve(need(values.out, '--out FILE.pdf|html'));
        const format = out.toLowerCase().endsWith('.html') ? 'html' : 'pdf';
        const copies = (values.copies ?? 'original')
          .split(',')
          .map((c) => COPY_BY_NAME[c.trim().toLowerCase()] ?? c.trim());
        return await withLedger(need(values.db, '--db FILE'), false, async (ledger) => {
          const doc = findDocumentByNumber(ledger, number);
          if (!doc) throw new UsageError(`There is no document numbered ${number}`);
          const result = await callChannel(ledger, 'invoices.print', {
            id: doc.id,
            copies,
            format,
          });
          if (result.ok) {
            writeFileSync(
              out,
              Buffer.from((result.data as { contentBase64: string }).contentBase64, 'base64'),
            );
          }
          return report(io, result, () => `Wrote ${out}`);
        });
      }
      case 'export': {
        if (rest[0] !== 'customers')
          throw new UsageError('Usage: bahi export customers --db FILE --out FILE.xlsx');
        const out = resolve(need(values.out, '--out FILE.xlsx'));
        return await withLedger(need(values.db, '--db FILE'), false, async (ledger) => {
          const result = await callChannel(ledger, 'customers.export', {});
          if (result.ok)
            writeFileSync(
              out,
              Buffer.from((result.data as { contentBase64: string }).contentBase64, 'base64'),
            );
          return report(io, result, () => `Wrote ${out}`);
        });
      }
      case 'report':
        return await runReport(io, rest[0], values);
      case 'reconcile':
        if (rest[0] === 'books') {
          if (values.format !== undefined && values.format !== 'json')
            throw new UsageError('--format must be json');
          const asOf = need(values['as-of'], '--as-of YYYY-MM-DD');
          return await withLedger(need(values.db, '--db FILE'), false, async (ledger) =>
            report(
              io,
              await reconcileBooks((c, i) => callChannel(ledger, c, i), {
                asOf,
                tally: values.tally,
                source: values.source,
              }),
            ),
          );
        }
        if (rest[0] === 'customer') {
          if (values.format !== undefined && values.format !== 'json')
            throw new UsageError('--format must be json');
          const file = need(rest[1], 'FILE (the customer ledger, CSV or XLSX)');
          const code = need(values.customer, '--customer CODE');
          const from = need(values.from, '--from YYYY-MM-DD');
          const to = need(values.to, '--to YYYY-MM-DD');
          return await withLedger(need(values.db, '--db FILE'), false, async (ledger) => {
            const id = customerIdByCode(ledger, code);
            return report(
              io,
              await reconcileCustomer((c, i) => callChannel(ledger, c, i), {
                file,
                customerId: id,
                from,
                to,
              }),
            );
          });
        }
        if (rest[0] !== 'bank')
          throw new UsageError('Usage: bahi reconcile bank|books|customer … --db FILE');
        return await bankCli(io, 'reconcile', undefined, values);
      case 'call': {
        const channel = need(rest[0], 'CHANNEL') as ChannelName;
        let input: unknown = {};
        if (values.input) {
          try {
            input = JSON.parse(values.input);
          } catch {
            throw new UsageError('--input must be JSON, e.g. --input \'{"search":"acme"}\'');
          }
        }
        return await withLedger(need(values.db, '--db FILE'), false, async (ledger) =>
          report(io, await callChannel(ledger, channel, input)),
        );
      }
      case 'channels':
        io.out(JSON.stringify(channelSchemas(), null, 2));
        return 0;
      case 'verify':
        return await withLedger(need(values.db, '--db FILE'), false, (ledger) => {
          const r = verifyLedger(ledger);
          if (r.ok) {
            io.out(
              `OK: integrity ${r.checked.integrity}, audit chain of ${r.checked.auditRows} rows intact (head ${r.checked.head.slice(0, 16)})`,
            );
            return 0;
          }
          for (const p of r.problems) io.err(`bahi: ${p}`);
          return 1;
        });
      case 'backup': {
        const out = resolve(need(values.out, '--out FILE'));
        return await withLedger(need(values.db, '--db FILE'), false, (ledger) => {
          backupLedger(ledger, out);
          io.out(`Backed up to ${out}`);
          return 0;
        });
      }
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`bahi: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof LedgerOpenError || (e as { code?: string }).code === 'ENOENT') {
      io.err(`bahi: ${(e as Error).message}`);
      return 1;
    }
    io.err(`bahi: ${(e as Error).message}`);
    return 1;
  }
}

function callStatusHasCompany(ledger: Ledger): boolean {
  return fileWorkspace(ledger).status().hasCompany;
}

interface ReceiptsImported {
  rows: number;
  receipts: number;
  allocations: number;
  dryRun: boolean;
}

function describeReceiptsImport(r: ReceiptsImported): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const what = `${n(r.receipts, 'receipt')} with ${n(r.allocations, 'allocation')}`;
  return r.dryRun
    ? `${r.rows} rows checked; all valid: ${what} (dry run, nothing saved)`
    : `Imported ${what}`;
}

/** `bahi print receipt RCT/25-26/0001 --db FILE --out FILE.pdf|html` */
async function printReceipt(
  io: Io,
  number: string,
  values: { db?: string | undefined; out?: string | undefined },
): Promise<number> {
  const out = resolve(need(values.out, '--out FILE.pdf|html'));
  const format = out.toLowerCase().endsWith('.html') ? 'html' : 'pdf';
  return await withLedger(need(values.db, '--db FILE'), false, async (ledger) => {
    const receipt = listReceipts(ledger, { search: number, limit: 100 }).find(
      (r) => r.number?.toUpperCase() === number.toUpperCase(),
    );
    if (!receipt) throw new UsageError(`There is no receipt numbered ${number}`);
    const result = await callChannel(ledger, 'receipts.print', { id: receipt.id, format });
    if (result.ok) {
      writeFileSync(
        out,
        Buffer.from((result.data as { contentBase64: string }).contentBase64, 'base64'),
      );
    }
    return report(io, result, () => `Wrote ${out}`);
  });
}

/** `bahi print confirmation --customer CODE --as-of D --db FILE --out FILE.pdf|html` */
async function printConfirmation(io: Io, values: Values): Promise<number> {
  const str = (k: string) => (typeof values[k] === 'string' ? values[k] : undefined);
  const out = resolve(need(str('out'), '--out FILE.pdf|html'));
  const code = need(str('customer'), '--customer CODE');
  const asOf = need(str('as-of'), '--as-of YYYY-MM-DD');
  if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date as YYYY-MM-DD');
  const days = str('days');
  if (days !== undefined && !/^\d+$/.test(days))
    throw new UsageError('--days must be a whole number of days');
  return await withLedger(need(str('db'), '--db FILE'), false, async (ledger) => {
    const { fyStartMonth } = requireCompany(ledger);
    const result = await callChannel(ledger, 'customerReconciliation.confirmationLetter', {
      customerId: customerIdByCode(ledger, code),
      from: str('from') ?? financialYearOf(asOf, fyStartMonth).start,
      asOf,
      letterDate: str('date') ?? null,
      replyDays: days === undefined ? undefined : Number(days),
      format: out.toLowerCase().endsWith('.html') ? 'html' : 'pdf',
    });
    return writeDownload(io, result, out);
  });
}

type Values = Record<string, string | boolean | undefined>;

/** Write report text to --out, or to stdout. */
function emit(io: Io, text: string, out: string | undefined): number {
  if (out) {
    writeFileSync(resolve(out), text);
    io.out(`Wrote ${resolve(out)}`);
  } else io.out(text);
  return 0;
}

/** Write a channel's file (an Excel export) to `file`, or report its error. */
function writeDownload(io: Io, result: Result<unknown>, file: string): number {
  if (result.ok) {
    const { contentBase64 } = result.data as { contentBase64: string };
    writeFileSync(file, Buffer.from(contentBase64, 'base64'));
  }
  return report(io, result, () => `Wrote ${file}`);
}

/** Bank statements and reconciliation, by the bank account's name. */
async function bankCli(
  io: Io,
  what: 'import' | 'reconcile',
  file: string | undefined,
  values: Values,
) {
  const name = need(values.account as string | undefined, '--account NAME');
  if (what === 'import' && !file) {
    throw new UsageError('Usage: bahi import bank-statement FILE --account NAME --db FILE');
  }
  return await withLedger(
    need(values.db as string | undefined, '--db FILE'),
    false,
    async (ledger) => {
      const bank = listBankAccounts(ledger, true).find(
        (b) => b.name.toLowerCase() === name.toLowerCase(),
      );
      if (!bank) throw new UsageError(`There is no bank account called ${name}`);
      if (what === 'import') {
        const path = resolve(file!);
        return report(
          io,
          await callChannel(ledger, 'bankReconciliation.import', {
            bankAccountId: bank.id,
            fileName: basename(path),
            contentBase64: readFileSync(path).toString('base64'),
          }),
          (d) => {
            const r = d as {
              linesNew: number;
              linesAlready: number;
              warnings: { line: number; message: string }[];
            };
            return [
              `Imported ${r.linesNew} new lines into ${bank.name}; ${r.linesAlready} were already there`,
              ...r.warnings.map((w) => `warning: line ${w.line}: ${w.message}`),
            ].join('\n');
          },
        );
      }
      if (values.format !== undefined && values.format !== 'json')
        throw new UsageError('--format must be json');
      const asOf = (values['as-of'] as string | undefined) ?? todayIso();
      let accepted: unknown = null;
      if (values['accept-above'] !== undefined) {
        const r = await callChannel(ledger, 'bankReconciliation.acceptAbove', {
          bankAccountId: bank.id,
          threshold: Number(values['accept-above']),
        });
        if (!r.ok) return report(io, r);
        accepted = r.data;
      }
      const suggestions = await callChannel(ledger, 'bankReconciliation.suggestions', {
        bankAccountId: bank.id,
      });
      if (!suggestions.ok) return report(io, suggestions);
      const statement = await callChannel(ledger, 'bankReconciliation.statement', {
        bankAccountId: bank.id,
        asOf,
      });
      if (!statement.ok) return report(io, statement);
      io.out(
        JSON.stringify(
          { accepted, unmatched: suggestions.data, statement: statement.data },
          null,
          2,
        ),
      );
      return 0;
    },
  );
}

async function runReport(io: Io, which: string | undefined, values: Values): Promise<number> {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const format = str('format') ?? 'json';
  const out = str('out');
  const formats = (allowed: string[]) => {
    if (!allowed.includes(format)) {
      throw new UsageError(`--format must be ${allowed.join(' or ')} for report ${which}`);
    }
  };
  const db = need(str('db'), '--db FILE');
  return await withLedger(db, false, async (ledger) => {
    const call = (channel: ChannelName, input: unknown) => callChannel(ledger, channel, input);
    switch (which) {
      case 'ageing': {
        formats(['json', 'csv', 'xlsx']);
        const buckets = str('buckets')
          ?.split(',')
          .map((b) => Number(b.trim()));
        const query = {
          asOf: need(str('as-of'), '--as-of YYYY-MM-DD'),
          basis: str('basis') ?? 'due',
          level: str('level') ?? 'customer',
          ...(buckets ? { buckets } : {}),
        };
        if (format === 'xlsx') {
          const file = resolve(need(out, '--out FILE.xlsx'));
          return report(io, await ageingXlsxFile(ledger, query, file), (d) => {
            const { rows, level } = d as { rows: number; level: string };
            return `Wrote ${file} (${rows.toLocaleString('en-IN')} ${level === 'document' ? 'documents' : 'customers'})`;
          });
        }
        const result = await call('reports.ageing', query);
        if (!result.ok) return report(io, result);
        const r = result.data as AgeingReport;
        return emit(
          io,
          format === 'csv' ? ageingCsv(r) : JSON.stringify(ageingJson(r), null, 2),
          out,
        );
      }
      case 'statement': {
        formats(['json', 'pdf', 'xlsx']);
        const code = need(str('customer'), '--customer CODE');
        const id = customerIdByCode(ledger, code);
        const period = {
          customerId: id,
          from: need(str('from'), '--from YYYY-MM-DD'),
          to: need(str('to'), '--to YYYY-MM-DD'),
        };
        if (format === 'pdf' || format === 'xlsx') {
          const file = resolve(need(out, `--out FILE.${format}`));
          const written = await statementFile(ledger, period, format);
          if (written.ok) writeFileSync(file, Buffer.from(written.data.contentBase64, 'base64'));
          return report(io, written, () => `Wrote ${file}`);
        }
        const result = await call('reports.statement', period);
        if (!result.ok) return report(io, result);
        return emit(
          io,
          JSON.stringify(statementJson(result.data as StatementOfAccount), null, 2),
          out,
        );
      }
      case 'collections': {
        formats(['json', 'csv', 'xlsx']);
        const query = {
          from: need(str('from'), '--from YYYY-MM-DD'),
          to: need(str('to'), '--to YYYY-MM-DD'),
          groupBy: str('group-by') ?? 'month',
        };
        if (format === 'xlsx') {
          const file = resolve(need(out, '--out FILE.xlsx'));
          return writeDownload(io, await call('reports.exportCollections', query), file);
        }
        const result = await call('reports.collections', query);
        if (!result.ok) return report(io, result);
        const r = result.data as CollectionsReport;
        return emit(
          io,
          format === 'csv'
            ? collectionsCsv(r)
            : JSON.stringify(rupeesDeep(r, COLLECTION_MONEY), null, 2),
          out,
        );
      }
      case 'dso': {
        formats(['json', 'csv', 'xlsx']);
        const query = {
          to: need(str('to'), '--to YYYY-MM-DD'),
          months: str('months') ? Number(str('months')) : 12,
        };
        if (format === 'xlsx') {
          const file = resolve(need(out, '--out FILE.xlsx'));
          return writeDownload(io, await call('reports.exportDso', query), file);
        }
        const result = await call('reports.dso', query);
        if (!result.ok) return report(io, result);
        const r = result.data as DsoReport;
        return emit(
          io,
          format === 'csv' ? dsoCsv(r) : JSON.stringify(rupeesDeep(r, COLLECTION_MONEY), null, 2),
          out,
        );
      }
      default:
        throw new UsageError('Usage: bahi report ageing|statement|collections|dso --db FILE …');
    }
  });
}
