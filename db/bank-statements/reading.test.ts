import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { brief, bytesOf, delimited, HEADERS, read, refused, tabulate } from './testing';

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Statement');
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('XLSX', () => {
  it('reads real date cells as the day Excel shows, numbers to the paisa, below a preamble', async () => {
    const bytes = await xlsx([
      ['HDFC BANK Ltd.'],
      ['Account No :', '50200012345678'],
      [],
      HEADERS.hdfc,
      // A date typed in Excel is a serial day; exceljs hands it over as that day's UTC midnight.
      [
        new Date(Date.UTC(2024, 0, 15)),
        'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
        'N123456789012',
        new Date(Date.UTC(2024, 0, 15)),
        null,
        123456.78,
        223456.78,
      ],
      // A date with a time late in the day stays on its day in every time zone.
      [
        new Date(Date.UTC(2024, 0, 31, 23, 59)),
        'IMPS/P2A/403112345678/RAVI KUMAR/SBI',
        '403112345678',
        '31/01/2024',
        null,
        '1,180.00',
        224636.78,
      ],
      [45323, 'CHQ PAID-004512-SHARMA AND SONS', 4512, 45323, 0.1 + 0.2, null, 224636.48],
    ]);
    const r = await read('Acct_Statement.xlsx', bytes);
    expect(r.statement).toMatchObject({
      format: 'xlsx',
      preset: 'hdfc',
      accountNumber: '50200012345678',
    });
    expect(tabulate(r)).toEqual([
      [5, '2024-01-15', '2024-01-15', 'N123456789012', 'credit', 12_345_678, 22_345_678],
      [6, '2024-01-31', '2024-01-31', '403112345678', 'credit', 118_000, 22_463_678],
      [7, '2024-02-01', '2024-02-01', '4512', 'debit', 30, 22_463_648],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('refuses a number with a third decimal rather than round it', async () => {
    const bytes = await xlsx([
      HEADERS.hdfc,
      [new Date(Date.UTC(2024, 0, 15)), 'X', '', null, null, 10.005, null],
    ]);
    expect(await refused('s.xlsx', bytes)).toMatchObject({ row: 2, field: 'credit' });
  });

  it('reads UTF-16 text as Excel saves "Unicode text"', async () => {
    const text = delimited(
      [
        HEADERS.sbi,
        ['2 Jan 2024', '', 'NEFT CR-SBIN0000300-ŚRĪ GANEŚA TRADERS', '', '', '1,180.00', ''],
      ],
      '\t',
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const r = await read('statement.txt', utf16);
    expect(brief(r).map((l) => [l.narration, l.amount])).toEqual([
      ['NEFT CR-SBIN0000300-ŚRĪ GANEŚA TRADERS', 118_000],
    ]);
  });

  it('refuses a PDF with the way out', async () => {
    const issue = await refused('statement.pdf', '%PDF-1.7\n...');
    expect(issue.message).toContain('download it from the bank as CSV');
  });

  it('refuses an old .xls with the way out', async () => {
    const issue = await refused(
      's.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(issue.message).toContain('save it as .xlsx or CSV');
  });
});

describe('a malformed file is refused with the line as the user sees it', () => {
  const sbi = (lines: string[][]) =>
    delimited([
      ['Account Name', ':', 'ACME TRADERS PVT LTD'],
      ['Account Number', ':', '00000012345678901'],
      ['IFS Code', ':', 'SBIN0000300'],
      [''],
      HEADERS.sbi,
      ...lines,
    ]);
  const ok = [
    '2 Jan 2024',
    '2 Jan 2024',
    'UPI/CR/412345678901/RAVI KUMAR/okaxis',
    '',
    '',
    '500.00',
    '1,500.00',
  ];

  it('a date that will not parse', async () => {
    const issue = await refused(
      'sbi.csv',
      sbi([ok, ['31/02/2024', '', 'NEFT CR', '', '', '100.00', '1,600.00']]),
    );
    expect(issue).toMatchObject({ row: 7, field: 'date' });
    expect(issue.message).toContain('"31/02/2024" is not a date');
  });

  it('an amount that is not a number', async () => {
    const issue = await refused(
      'sbi.csv',
      sbi([ok, ok, ['3 Jan 2024', '', 'NEFT CR', '', '', '1,OOO.00', '2,000.00']]),
    );
    expect(issue).toMatchObject({ row: 8, field: 'credit' });
    expect(issue.message).toContain('Credit');
  });

  it('a debit and a credit on one line', async () => {
    const issue = await refused(
      'sbi.csv',
      sbi([['3 Jan 2024', '', 'ODD', '', '10.00', '20.00', '10.00']]),
    );
    expect(issue).toMatchObject({ row: 6, field: 'credit' });
    expect(issue.message).toContain('both Debit and Credit');
  });

  it('a line with neither', async () => {
    expect(
      await refused('sbi.csv', sbi([['3 Jan 2024', '', 'ODD', '', '', '-', '10.00']])),
    ).toMatchObject({ row: 6, field: 'debit' });
  });

  it('an amount with no date', async () => {
    expect(
      await refused('sbi.csv', sbi([ok, ['', '', 'NEFT CR', '', '', '100.00', '1,600.00']])),
    ).toMatchObject({ row: 7, field: 'date' });
  });

  it('a missing column, named on the header row', async () => {
    const file = delimited([
      ['Txn Date', 'Value Date', 'Description', 'Ref No./Cheque No.', 'Debit', 'Balance'],
      ok,
    ]);
    const issue = await refused('sbi.csv', file, { preset: 'sbi' });
    expect(issue).toMatchObject({ row: 1, field: 'credit' });
    expect(issue.message).toContain('"Credit"');
  });

  it('a file with no header at all', async () => {
    const issue = await refused('notes.csv', 'just some text\nand more\n');
    expect(issue).toMatchObject({ row: 1, field: 'header' });
  });

  it('says which file and line in the message', async () => {
    const { readStatement } = await import('./read-statement');
    const r = await readStatement({
      fileName: 'sbi.csv',
      bytes: bytesOf(sbi([['x', '', 'y', '', '', '1.00', '']])),
    });
    expect(r.ok ? '' : r.error.message).toMatch(/^sbi\.csv was not imported — line 6: /);
  });
});

describe('fingerprints', () => {
  const kotak = delimited([
    ['Date', 'Narration', 'Chq/Ref No', 'Amount', 'Dr / Cr'],
    ['15/01/2024', 'UPI/CR/412345678901/RAVI KUMAR/okaxis', '', '500.00', 'CR'],
    ['15/01/2024', 'UPI/CR/412345678901/RAVI KUMAR/okaxis', '', '500.00', 'CR'],
    ['15/01/2024', 'UPI/CR/412345678902/RAVI KUMAR/okaxis', '', '500.00', 'CR'],
  ]);

  it('are identical on a re-read and distinct for two identical lines in one file', async () => {
    const first = (await read('k.csv', kotak, { accountNumber: '1234567890' })).statement.lines.map(
      (l) => l.fingerprint,
    );
    const again = (await read('k.csv', kotak, { accountNumber: '1234567890' })).statement.lines.map(
      (l) => l.fingerprint,
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('do not depend on where the lines sit, the spacing of the narration or the file format', async () => {
    const csv = await read('k.csv', kotak, { accountNumber: '1234567890' });
    const moved = delimited([
      ['Kotak Mahindra Bank'],
      [''],
      ['Date', 'Narration', 'Chq/Ref No', 'Amount', 'Dr / Cr'],
      ['15-01-2024', 'upi/cr/412345678901/ravi  kumar/okaxis', '', '500', 'Cr'],
      ['15-01-2024', 'UPI/CR/412345678901/RAVI KUMAR/okaxis', '', '500.00', 'CR'],
    ]);
    const other = await read('k2.csv', moved, { accountNumber: '1234567890' });
    expect(other.statement.lines.map((l) => l.fingerprint)).toEqual(
      csv.statement.lines.slice(0, 2).map((l) => l.fingerprint),
    );
    const elsewhere = await read('k.csv', kotak, { accountNumber: '999' });
    expect(elsewhere.statement.lines[0]?.fingerprint).not.toBe(csv.statement.lines[0]?.fingerprint);
  });
});

describe('balance checks', () => {
  const lines = [
    [
      '15/01/24',
      'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
      'N123456789012',
      '15/01/24',
      '',
      '1,000.00',
      '11,000.00',
    ],
    [
      '16/01/24',
      'UPI/CR/412345678901/RAVI KUMAR/okaxis',
      '',
      '16/01/24',
      '',
      '500.00',
      '11,500.00',
    ],
    ['17/01/24', 'IMPS/P2A/401712345678/SUPPLIER/HDFC', '', '17/01/24', '2,000.00', '', '9,500.00'],
  ];

  it('report a running balance that does not follow from the line before, at its line', async () => {
    const broken = lines.map((l) => [...l]);
    broken.splice(1, 1); // the bank's line for 16 Jan is missing
    const r = await read('h.csv', delimited([HEADERS.hdfc, ...broken]));
    expect(r.statement.lines).toHaveLength(2);
    expect(r.warnings).toEqual([
      {
        line: 3,
        expected: 900_000,
        found: 950_000,
        message:
          'the balance ₹9,500.00 should be ₹9,000.00 after the line before it; a line may be missing',
      },
    ]);
  });

  it('read a dated opening-balance row as the opening balance, and check the first line against it', async () => {
    const opening = ['14/01/24', 'OPENING BALANCE', '', '', '', '', '10,100.00'];
    const r = await read('h.csv', delimited([HEADERS.hdfc, opening, ...lines]));
    expect(r.statement.lines).toHaveLength(3);
    expect(r.statement.openingBalance).toBe(1_010_000);
    expect(r.warnings.map((w) => [w.line, w.expected, w.found])).toEqual([
      [3, 1_110_000, 1_100_000],
    ]);
    expect(r.warnings[0]?.message).toContain('after the opening balance ₹10,100.00');
  });

  it('accept a newest-first file whose balances follow backwards', async () => {
    const r = await read('h.csv', delimited([HEADERS.hdfc, ...[...lines].reverse()]));
    expect(r.warnings).toEqual([]);
  });

  it('report a stated closing balance that the lines do not reach', async () => {
    const file = delimited([
      HEADERS.hdfc,
      ...lines,
      ['STATEMENT SUMMARY :-'],
      ['Opening Balance', 'Dr Count', 'Cr Count', 'Debits', 'Credits', 'Closing Bal'],
      ['10,000.00', '1', '2', '2,000.00', '1,500.00', '9,600.00'],
    ]);
    const r = await read('h.csv', file);
    expect(r.statement).toMatchObject({ openingBalance: 1_000_000, closingBalance: 960_000 });
    expect(r.warnings.map((w) => [w.line, w.expected, w.found])).toEqual([[7, 950_000, 960_000]]);
  });
});

describe('a user mapping', () => {
  const file = delimited([
    ['Posting Date', 'Details', 'UTR', 'Amount (INR)', 'Running Bal'],
    [
      '01/15/2024',
      'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
      'N123456789012',
      '1,23,456.78',
      '2,23,456.78',
    ],
    ['01/16/2024', 'BANK CHARGES', '', '-590.00', '2,22,866.78'],
  ]);
  const mapping = {
    date: 'posting date',
    narration: 'DETAILS',
    reference: 'utr',
    amount: 'Amount (INR)',
    balance: 'running bal',
    dateOrder: 'mdy',
  } as const;

  it('reads any layout, a signed amount and month-first dates when told so', async () => {
    const r = await read('other.csv', file, { mapping });
    expect(r.statement.preset).toBeUndefined();
    expect(brief(r).map((l) => [l.date, l.reference, l.direction, l.amount, l.balance])).toEqual([
      ['2024-01-15', 'N123456789012', 'credit', 12_345_678, 22_345_678],
      ['2024-01-16', '', 'debit', 59_000, 22_286_678],
    ]);
  });

  it('refuses a mapping whose column is not in the file', async () => {
    const issue = await refused('other.csv', file, {
      mapping: { ...mapping, valueDate: 'Value Date' },
    });
    expect(issue).toMatchObject({ row: 1, field: 'valueDate' });
  });
});
