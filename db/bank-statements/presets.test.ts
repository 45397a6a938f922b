import { describe, expect, it } from 'vitest';
import { brief, delimited, HEADERS, read, tabulate } from './testing';

// Each bank's download as it looks, preamble and summary included.

describe('HDFC', () => {
  const file = delimited([
    ['HDFC BANK Ltd.', '', '', '', '', '', ''],
    ['ACME TRADERS PVT LTD', '', '', '', '', '', ''],
    ['Account No :', '50200012345678', '', '', '', '', ''],
    ['Statement From : 01/01/2024 To : 31/01/2024', '', '', '', '', '', ''],
    ['Currency : INR', '', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    HEADERS.hdfc,
    ['********', '********', '********', '********', '********', '********', '********'],
    [
      '15/01/24',
      'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
      'N123456789012',
      '15/01/24',
      '',
      '1,23,456.78',
      '2,23,456.78',
    ],
    [
      '15/01/24',
      'UPI/CR/412345678901/RAVI KUMAR/okaxis',
      '0000412345678901',
      '15/01/24',
      '',
      '500.00',
      '2,23,956.78',
    ],
    [
      '16/01/24',
      'CHQ PAID-004512-SHARMA AND SONS',
      '0000000000004512',
      '16/01/24',
      '25,000.00',
      '',
      '1,98,956.78',
    ],
    ['********', '********', '********', '********', '********', '********', '********'],
    ['STATEMENT SUMMARY  :-', '', '', '', '', '', ''],
    ['Opening Balance', 'Dr Count', 'Cr Count', 'Debits', 'Credits', 'Closing Bal', ''],
    ['1,00,000.00', '1', '2', '25,000.00', '1,23,956.78', '1,98,956.78', ''],
    ['Generated On: 01/02/2024 10:15:22', '', '', '', '', '', ''],
  ]);

  it('reads every line to the paisa and the summary below them', async () => {
    const r = await read('Acct_Statement_XX5678.csv', file);
    expect(r.warnings).toEqual([]);
    const { lines, ...head } = r.statement;
    expect(head).toEqual({
      format: 'csv',
      preset: 'hdfc',
      accountNumber: '50200012345678',
      currency: 'INR',
      openingBalance: 10_000_000,
      closingBalance: 19_895_678,
      from: '2024-01-01',
      to: '2024-01-31',
    });
    expect(lines).toHaveLength(3);
    expect(brief(r)).toEqual([
      {
        line: 9,
        date: '2024-01-15',
        valueDate: '2024-01-15',
        narration: 'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
        reference: 'N123456789012',
        direction: 'credit',
        amount: 12_345_678,
        balance: 22_345_678,
      },
      {
        line: 10,
        date: '2024-01-15',
        valueDate: '2024-01-15',
        narration: 'UPI/CR/412345678901/RAVI KUMAR/okaxis',
        reference: '0000412345678901',
        direction: 'credit',
        amount: 50_000,
        balance: 22_395_678,
      },
      {
        line: 11,
        date: '2024-01-16',
        valueDate: '2024-01-16',
        narration: 'CHQ PAID-004512-SHARMA AND SONS',
        reference: '0000000000004512',
        direction: 'debit',
        amount: 2_500_000,
        balance: 19_895_678,
      },
    ]);
  });
});

describe('SBI', () => {
  // SBI's "Excel" download is tab-separated text with about 18 lines of preamble.
  const preamble = [
    ['Account Name', ':', 'M/S ACME TRADERS PVT LTD'],
    ['Address', ':', '12 MG ROAD'],
    ['', '', 'FORT MUMBAI'],
    ['Date', ':', '1 Feb 2024'],
    ['Account Number', ':', '00000012345678901'],
    ['Account Description', ':', 'CURRENT ACCOUNT'],
    ['Branch', ':', 'MUMBAI MAIN'],
    ['Drawing Power', ':', '0.00'],
    ['Interest Rate(% p.a.)', ':', '0.00'],
    ['MOD Balance', ':', '0.00'],
    ['CIF No.', ':', '81234567890'],
    ['IFS Code', ':', 'SBIN0000300'],
    ['MICR Code', ':', '400002002'],
    ['Nomination Registered', ':', 'No'],
    ['Balance as on 1 Jan 2024', ':', '5,00,000.00'],
    [''],
    ['Start Date', ':', '1 Jan 2024'],
    ['End Date', ':', '31 Jan 2024'],
    [''],
  ];
  const header = HEADERS.sbi;
  const lines = [
    [
      '2 Jan 2024',
      '2 Jan 2024',
      'BY TRANSFER-NEFT*HDFC0000123*N002240012345*ACME',
      'TRANSFER FROM 3199',
      '',
      '75,000.00',
      '5,75,000.00',
    ],
    [
      '5 Jan 2024',
      '5 Jan 2024',
      'CHQ DEP 004512 SBI MUMBAI',
      '004512',
      '',
      '1,18,000.00',
      '6,93,000.00',
    ],
    [
      '9 Jan 2024',
      '9 Jan 2024',
      'TO TRANSFER-RTGS/UTIBR52024010900012345/VENDOR',
      'TRANSFER TO 4897',
      '2,00,000.00',
      '',
      '4,93,000.00',
    ],
  ];
  const file = delimited(
    [
      ...preamble,
      header,
      ...lines,
      [''],
      ['**This is a computer generated statement and does not require a signature.'],
    ],
    '\t',
  );

  it('skips the preamble, reads the account and period from it and every line below', async () => {
    const r = await read('1234567890123_statement.xls.txt', file);
    expect(r.statement.preset).toBe('sbi');
    expect(r.statement.accountNumber).toBe('00000012345678901');
    expect(r.statement.openingBalance).toBe(50_000_000);
    expect([r.statement.from, r.statement.to]).toEqual(['2024-01-01', '2024-01-31']);
    expect(
      brief(r).map((l) => [l.line, l.date, l.direction, l.amount, l.balance, l.reference]),
    ).toEqual([
      [21, '2024-01-02', 'credit', 7_500_000, 57_500_000, 'TRANSFER FROM 3199'],
      [22, '2024-01-05', 'credit', 11_800_000, 69_300_000, '004512'],
      [23, '2024-01-09', 'debit', 20_000_000, 49_300_000, 'TRANSFER TO 4897'],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('ICICI', () => {
  const file = delimited([
    ['DETAILED STATEMENT'],
    ['Transactions List - ACME TRADERS PVT LTD (INR) - 000405001234'],
    [''],
    HEADERS.icici,
    [
      '1',
      '15/01/2024',
      '15/01/2024',
      '-',
      'IMPS/P2A/401512345678/RAVIKUMAR/HDFC/X1234/Inv 1234',
      '0.00',
      '11,800.00',
      '61,800.00',
    ],
    [
      '2',
      '16/01/2024',
      '15/01/2024',
      '004513',
      'CLG/SHARMA AND SONS/004513/HDF/16.01.2024',
      '0.00',
      '2,36,000.00',
      '2,97,800.00',
    ],
    [
      '3',
      '17/01/2024',
      '17/01/2024',
      '-',
      'BIL/ONL/000123456789/ELECTRICITY/MSEDCL',
      '4,560.50',
      '0.00',
      '2,93,239.50',
    ],
  ]);

  it('reads the transaction date as the date and the value date beside it', async () => {
    const r = await read('OpTransactionHistory15-01-2024.csv', file);
    expect(r.statement.preset).toBe('icici');
    expect(tabulate(r)).toEqual([
      [5, '2024-01-15', '2024-01-15', '', 'credit', 1_180_000, 6_180_000],
      [6, '2024-01-15', '2024-01-16', '004513', 'credit', 23_600_000, 29_780_000],
      [7, '2024-01-17', '2024-01-17', '', 'debit', 456_050, 29_323_950],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('ICICI corporate (CIB)', () => {
  it('reads a Transaction Amount with Cr/Dr and posted dates with a time', async () => {
    const file = delimited([
      [
        'Transaction ID',
        'Value Date',
        'Txn Posted Date',
        'ChequeNo.',
        'Description',
        'Cr/Dr',
        'Transaction Amount(INR)',
        'Available Balance(INR)',
      ],
      [
        'S12345678',
        '15/01/2024',
        '15/01/2024 10:23:45 AM',
        '',
        'NEFT-SBIN124015123456-INFOSYS LIMITED',
        'CR',
        '3,54,000.00',
        '4,54,000.00',
      ],
      [
        'S12345679',
        '16/01/2024',
        '16/01/2024 04:05:06 PM',
        '004514',
        'CHQ PAID 004514',
        'DR',
        '54,000.00',
        '4,00,000.00',
      ],
    ]);
    const r = await read('CIB.csv', file);
    expect(r.statement.preset).toBe('icici');
    expect(tabulate(r)).toEqual([
      [2, '2024-01-15', '2024-01-15', '', 'credit', 35_400_000, 45_400_000],
      [3, '2024-01-16', '2024-01-16', '004514', 'debit', 5_400_000, 40_000_000],
    ]);
  });
});

describe('Axis', () => {
  const file = delimited([
    ['Name :- ACME TRADERS PVT LTD'],
    [
      'Statement of Account No - 917020012345678 for the period (From : 01-01-2024 To : 31-01-2024)',
    ],
    [''],
    HEADERS.axis,
    ['OPENING BALANCE', '', '', '', '', '10000.00', ''],
    [
      '15-01-2024',
      '',
      'RTGS/UTIBR52024011500012345/ACME TRADERS PVT LTD',
      '',
      '500000.00',
      '510000.00',
      '1234',
    ],
    ['16-01-2024', '000789', 'BY CLG/CHQ 000789 TATA MOTORS', '', '118000.00', '628000.00', '1234'],
    ['17-01-2024', '', 'GST/PAYMENT/CBIC', '27500.50', '', '600499.50', '1234'],
    ['', '', 'TRANSACTION TOTAL DR/CR', '27500.50', '618000.00', '', ''],
    ['CLOSING BALANCE', '', '', '', '', '600499.50', ''],
  ]);

  it('reads DR/CR/BAL and takes the opening and closing rows as balances, not lines', async () => {
    const r = await read('axis.csv', file);
    expect(r.statement.preset).toBe('axis');
    expect(r.statement.from).toBe('2024-01-01');
    expect(r.statement.to).toBe('2024-01-31');
    expect(r.statement.closingBalance).toBe(60_049_950);
    expect(brief(r).map((l) => [l.line, l.date, l.reference, l.direction, l.amount])).toEqual([
      [6, '2024-01-15', '', 'credit', 50_000_000],
      [7, '2024-01-16', '000789', 'credit', 11_800_000],
      [8, '2024-01-17', '', 'debit', 2_750_050],
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('Kotak', () => {
  it('reads the Withdrawal (Dr) / Deposit (Cr) layout', async () => {
    const file = delimited([
      HEADERS.kotak,
      [
        '01-Apr-24',
        'NEFT CR-SBIN0000300-INFOSYS LTD-SBIN124092812345',
        'SBIN124092812345',
        '',
        '3,54,000.00',
        '3,64,000.00(Cr)',
      ],
      [
        '02-Apr-24',
        'UPI/DR/409212345678/FUEL STATION/paytm',
        'UPI-409212345678',
        '1,200.00',
        '',
        '3,62,800.00(Cr)',
      ],
    ]);
    const r = await read('kotak.csv', file);
    expect(r.statement.preset).toBe('kotak');
    expect(brief(r).map((l) => [l.date, l.direction, l.amount, l.balance])).toEqual([
      ['2024-04-01', 'credit', 35_400_000, 36_400_000],
      ['2024-04-02', 'debit', 120_000, 36_280_000],
    ]);
  });

  it('reads one Amount with a Dr / Cr column, and narrations wrapped onto the next row', async () => {
    const file = delimited([
      [
        'Sl. No.',
        'Date',
        'Description',
        'Chq / Ref No.',
        'Amount',
        'Dr / Cr',
        'Balance',
        'Dr / Cr',
      ],
      [
        '1',
        '15 Jan 2024',
        'IMPS/P2A/401512345678/RAVI',
        '401512345678',
        '11,800.00',
        'CR',
        '61,800.00',
        'CR',
      ],
      ['', '', 'KUMAR/HDFC', '', '', '', '', ''],
      [
        '2',
        '16 Jan 2024',
        'CHQ DEP 004512 SBI MUMBAI',
        '004512',
        '2,36,000.00',
        'CR',
        '2,97,800.00',
        'CR',
      ],
      ['3', '17 Jan 2024', 'OVERDRAFT INTEREST', '', '3,00,000.00', 'DR', '2,200.00', 'DR'],
    ]);
    const r = await read('kotak.csv', file);
    expect(r.statement.preset).toBe('kotak');
    expect(brief(r).map((l) => [l.line, l.narration, l.direction, l.amount, l.balance])).toEqual([
      [2, 'IMPS/P2A/401512345678/RAVI KUMAR/HDFC', 'credit', 1_180_000, 6_180_000],
      [4, 'CHQ DEP 004512 SBI MUMBAI', 'credit', 23_600_000, 29_780_000],
      [5, 'OVERDRAFT INTEREST', 'debit', 30_000_000, 29_780_000 - 30_000_000],
    ]);
  });
});
