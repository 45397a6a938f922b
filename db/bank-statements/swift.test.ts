import { describe, expect, it } from 'vitest';
import { brief, read, refused } from './testing';

// Two pages (:28C: 1/2, 2/2) with an intermediate balance, an entry date, a reversal, a
// multi-line :86: and an :86: about the statement itself after :62F:.
const MT940 = [
  '{1:F01HDFCINBBAXXX0000000000}{2:O9401200240116HDFCINBBAXXX00000000002401161200N}{4:',
  ':20:STMT240115001',
  ':25:HDFC0000123/50200012345678',
  ':28C:00001/001',
  ':60F:C240114INR100000,00',
  ':61:2401150115C123456,78NTRFN123456789012//HDFCR52024011512',
  ':86:NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
  ':61:240115C500,NTRFNONREF//412345678901',
  ':86:UPI/CR/412345678901/RAVI KUMAR/okaxis',
  ':62M:C240115INR223956,78',
  '-}',
  '{4:',
  ':20:STMT240115001',
  ':25:HDFC0000123/50200012345678',
  ':28C:00001/002',
  ':60M:C240115INR223956,78',
  ':61:2401161231D25000,00NCHK004512//CHQ004512',
  ':86:CHQ PAID-004512-SHARMA AND SONS',
  ':61:240116RC500,00NTRFNONREF//412345678901',
  // Wrapped at 65 characters in the middle of a word, then a short line.
  ':86:UPI/REV/412345678901/RAVI KUMAR/okaxis REVERSAL OF CREDIT DAT',
  'ED 15-01-2024 FOR',
  'WRONG BENEFICIARY',
  ':62F:C240116INR198456,78',
  ':64:C240116INR198456,78',
  ':86:END OF STATEMENT',
  '-}',
].join('\r\n');

describe('MT940', () => {
  it('reads every :61: with its :86:, both pages, exact to the paisa', async () => {
    const r = await read('50200012345678.sta', MT940);
    const { lines: _lines, ...head } = r.statement;
    expect(head).toEqual({
      format: 'mt940',
      accountNumber: '50200012345678',
      currency: 'INR',
      openingBalance: 10_000_000,
      closingBalance: 19_845_678,
      from: '2023-12-31',
      to: '2024-01-16',
    });
    expect(brief(r)).toEqual([
      {
        line: 6,
        date: '2024-01-15',
        valueDate: '2024-01-15',
        narration: 'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012',
        reference: 'N123456789012',
        direction: 'credit',
        amount: 12_345_678,
      },
      {
        line: 8,
        date: '2024-01-15',
        valueDate: '2024-01-15',
        narration: 'UPI/CR/412345678901/RAVI KUMAR/okaxis',
        reference: '412345678901',
        direction: 'credit',
        amount: 50_000,
      },
      {
        line: 17,
        // Entry date 31 Dec of the year before the 16 Jan value date.
        date: '2023-12-31',
        valueDate: '2024-01-16',
        narration: 'CHQ PAID-004512-SHARMA AND SONS',
        reference: '004512',
        direction: 'debit',
        amount: 2_500_000,
      },
      {
        line: 19,
        date: '2024-01-16',
        valueDate: '2024-01-16',
        narration:
          'UPI/REV/412345678901/RAVI KUMAR/okaxis REVERSAL OF CREDIT DATED 15-01-2024 FOR WRONG BENEFICIARY',
        reference: '412345678901',
        direction: 'debit',
        amount: 50_000,
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reports a page that does not add up at its :62:, and the next page that opens elsewhere', async () => {
    const r = await read(
      'x.sta',
      MT940.replace(':62M:C240115INR223956,78', ':62M:C240115INR223956,79'),
    );
    expect(r.warnings.map((w) => [w.line, w.expected, w.found])).toEqual([
      [10, 22_395_678, 22_395_679],
      [16, 22_395_679, 22_395_678],
    ]);
    expect(r.warnings[0]?.message).toContain('₹0.01 is unexplained');
    expect(r.warnings[1]?.message).toContain('a page may be missing');
  });

  it('gives the same fingerprints on a re-read, and two identical :61: lines different ones', async () => {
    const twice = MT940.replace(
      ':62M:C240115INR223956,78',
      ':61:240115C500,NTRFNONREF//412345678901\r\n:86:UPI/CR/412345678901/RAVI KUMAR/okaxis\r\n:62M:C240115INR224456,78',
    )
      .replace(':60M:C240115INR223956,78', ':60M:C240115INR224456,78')
      .replace(':62F:C240116INR198456,78', ':62F:C240116INR198956,78');
    const fingerprints = async () =>
      (await read('x.sta', twice)).statement.lines.map((l) => l.fingerprint);
    const first = await fingerprints();
    expect(await fingerprints()).toEqual(first);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    expect((await read('x.sta', twice)).warnings).toEqual([]);
  });

  it('refuses a :61: whose amount is not a number, naming its line', async () => {
    const issue = await refused('x.sta', MT940.replace('C500,NTRF', 'C5OO,NTRF'));
    expect(issue.row).toBe(8);
    expect(issue.message).toContain(':61:');
  });
});

const camt = (entries: string, closing = '198456.78') => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT240116</MsgId><CreDtTm>2024-01-17T06:00:00+05:30</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT240116-50200012345678</Id>
      <FrToDt><FrDtTm>2024-01-15T00:00:00+05:30</FrDtTm><ToDtTm>2024-01-16T23:59:59+05:30</ToDtTm></FrToDt>
      <Acct><Id><Othr><Id>50200012345678</Id></Othr></Id><Ccy>INR</Ccy></Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="INR">100000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-15</Dt></Dt>
      </Bal>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="INR">${closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-16</Dt></Dt>
      </Bal>
${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;

const ENTRIES = `      <Ntry>
        <NtryRef>1</NtryRef>
        <Amt Ccy="INR">123456.78</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2024-01-15</Dt></BookgDt>
        <ValDt><Dt>2024-01-15</Dt></ValDt>
        <AcctSvcrRef>HDFCR52024011512</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>N123456789012</EndToEndId></Refs>
          <RltdPties><Dbtr><Pty><Nm>ACME TRADERS PVT LTD</Nm></Pty></Dbtr></RltdPties>
          <RmtInf><Ustrd>INV/23-24/0042</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
        <AddtlNtryInf>NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012</AddtlNtryInf>
      </Ntry>
      <Ntry>
        <Amt Ccy="INR">25000</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><DtTm>2024-01-16T10:15:00+05:30</DtTm></BookgDt>
        <ValDt><Dt>2024-01-16</Dt></ValDt>
        <AcctSvcrRef>CHQ004512</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs></TxDtls></NtryDtls>
        <AddtlNtryInf>CHQ PAID-004512-SHARMA &amp; SONS</AddtlNtryInf>
      </Ntry>`;

describe('camt.053', () => {
  it('reads balances and every entry, with references and narrations', async () => {
    const r = await read('camt053_20240116.xml', camt(ENTRIES));
    const { lines: _lines, ...head } = r.statement;
    expect(head).toEqual({
      format: 'camt053',
      accountNumber: '50200012345678',
      currency: 'INR',
      openingBalance: 10_000_000,
      closingBalance: 19_845_678,
      from: '2024-01-15',
      to: '2024-01-16',
    });
    expect(brief(r)).toEqual([
      {
        line: 17,
        date: '2024-01-15',
        valueDate: '2024-01-15',
        narration:
          'NEFT CR-HDFC0000123-ACME TRADERS PVT LTD-N123456789012 INV/23-24/0042 ACME TRADERS PVT LTD',
        reference: 'N123456789012',
        direction: 'credit',
        amount: 12_345_678,
      },
      {
        line: 32,
        date: '2024-01-16',
        valueDate: '2024-01-16',
        narration: 'CHQ PAID-004512-SHARMA & SONS',
        reference: 'CHQ004512',
        direction: 'debit',
        amount: 2_500_000,
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('gives the same fingerprints on a re-read', async () => {
    const once = await read('camt.xml', camt(ENTRIES));
    const again = await read('camt-copy.xml', camt(ENTRIES));
    expect(again.statement.lines.map((l) => l.fingerprint)).toEqual(
      once.statement.lines.map((l) => l.fingerprint),
    );
  });

  it('reports a closing balance that does not follow from the entries', async () => {
    const r = await read('camt.xml', camt(ENTRIES, '198456.00'));
    expect(r.warnings.map((w) => [w.line, w.expected, w.found])).toEqual([
      [13, 19_845_678, 19_845_600],
    ]);
  });

  it('refuses an entry with a bad amount at the line the entry starts', async () => {
    const issue = await refused('camt.xml', camt(ENTRIES.replace('>25000<', '>25,000.00<')));
    expect(issue).toMatchObject({ row: 32, field: 'amount' });
  });

  it('refuses a DOCTYPE, so no entity can expand', async () => {
    const bomb = camt(ENTRIES).replace('<Document', '<!DOCTYPE d [<!ENTITY a "aaaa">]>\n<Document');
    expect(await refused('camt.xml', bomb)).toMatchObject({ row: 2, field: 'file' });
  });

  it('refuses XML that is not well formed, with its line', async () => {
    const issue = await refused('camt.xml', camt(ENTRIES.replace('</AcctSvcrRef>', '</AcctSvcr>')));
    expect(issue.field).toBe('file');
    expect(issue.row).toBe(24);
  });
});
