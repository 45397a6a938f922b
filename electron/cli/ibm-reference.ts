// IBM's public accounts-receivable data set (2,466 settled invoices), brought in through the CLI
// exactly as a user would: customers, the invoices as opening items, then the receipts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from './main';

const SOURCE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference-data',
  'ibm-accounts-receivable.csv',
);

export interface IbmInvoice {
  customer: string;
  number: string;
  date: string;
  due: string;
  settled: string;
  /** Paise, from the text: no float ever touches the amount. */
  amount: number;
  text: string;
  disputed: boolean;
  /** The data set's own DaysLate column. */
  daysLate: number;
}

/** m/d/yyyy → yyyy-mm-dd */
const iso = (us: string) => {
  const [m, d, y] = us.split('/');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};
const toPaise = (text: string) => {
  const [r, p = ''] = text.split('.');
  return Number(r) * 100 + Number(p.padEnd(2, '0'));
};

export function readIbmInvoices(): IbmInvoice[] {
  const [, ...lines] = readFileSync(SOURCE, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const c = line.split(',');
    return {
      customer: c[1]!,
      number: `IBM-${c[3]!}`,
      date: iso(c[4]!),
      due: iso(c[5]!),
      settled: iso(c[8]!),
      amount: toPaise(c[6]!),
      text: c[6]!,
      disputed: c[7] === 'Yes',
      daysLate: Number(c[11]),
    };
  });
}

export async function bahi(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

/**
 * Init `db` in `dir` and import the invoices, then (after `beforeReceipts`, which may raise
 * disputes while the invoices are still open) the receipts; throws on the first failing step.
 */
export async function importIbm(
  dir: string,
  db: string,
  invoices: IbmInvoice[],
  beforeReceipts: () => Promise<void> | void = () => {},
) {
  const run = async (...argv: string[]) => {
    const r = await bahi(...argv);
    if (r.code !== 0 || r.err !== '') throw new Error(`bahi ${argv[0]} failed: ${r.err}`);
  };
  await run('init', '--db', db, '--company', 'Reference Co', '--state-code', '27');
  const customers = [...new Set(invoices.map((i) => i.customer))];
  writeFileSync(
    join(dir, 'customers.csv'),
    ['code,name,state_code', ...customers.map((c) => `${c},Customer ${c},27`)].join('\n'),
  );
  writeFileSync(
    join(dir, 'opening.csv'),
    [
      'number,customer_code,date,due_date,amount',
      ...invoices.map((i) => `${i.number},${i.customer},${i.date},${i.due},${i.text}`),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'receipts.csv'),
    [
      'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount',
      ...invoices.map(
        (i) =>
          `R${i.number},${i.customer},${i.settled},${i.text},NEFT,UTR${i.number.slice(4)},${i.number},${i.text}`,
      ),
    ].join('\n'),
  );
  await run('import', 'customers', join(dir, 'customers.csv'), '--db', db);
  await run('import', 'invoices', join(dir, 'opening.csv'), '--db', db);
  await run('call', 'bankAccounts.create', '--db', db, '--input', '{"name":"Reference Bank"}');
  await beforeReceipts();
  await run('import', 'receipts', join(dir, 'receipts.csv'), '--db', db);
}
