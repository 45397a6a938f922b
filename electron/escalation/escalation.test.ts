// Escalation through the real channels: the case summary printed in Chromium and read back with
// poppler (one page, however long the history), the list in Excel, refusals by field, and the
// same channels through `bahi call` on a ledger file.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_AS_OF, busyLedger } from '../../db/escalation/fixture';
import { invoice, receiptsLedger } from '../../db/receipts/fixture';
import type { ChannelName, Input } from '../../shared/contract';
import { bahi } from '../cli/cli-testing';
import { channelsOver, readWorkbook } from '../reports/channels-testing';
import { paiseOf, rowOf } from '../reports/mis-testing';

const channels = channelsOver(busyLedger);
const call = channels.call;

const flatten = (s: string) => s.replace(/\s+/g, ' ');
const pageCount = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('the case summary', () => {
  it('cuts each list to what one page holds and keeps the counts whole', async () => {
    const s = await call('escalation.summary', {
      customerId: channels.t.busy,
      asOf: BUSY_AS_OF,
    });
    expect(s.customer.contacts.map((c) => c.name)).toEqual([
      'Sunil Deshpande',
      'Meena Kulkarni',
      'R. Iyer',
    ]);
    expect(s.hold).toMatchObject({ heldOn: '2025-09-01', heldBy: 'priya' });
    expect(s.buckets.reduce((a, b) => a + b.amount, 0) - s.onAccount).toBe(s.balance);
    expect(s.fired).toEqual(['overdue', 'broken_promises']);
    expect(s.disputes).toMatchObject({ openCount: 5, openAmount: 25_000_00, resolvedCount: 3 });
    expect(s.disputes.open).toHaveLength(4);
    expect(Object.values(s.promises.counts).reduce((a, b) => a + b, 0)).toBe(12);
    expect(s.promises.recent).toHaveLength(4);
    expect(s.followUps).toHaveLength(5);
    expect(s.followUps[0]!.loggedOn >= s.followUps[4]!.loggedOn).toBe(true);
    expect(s.reminders.map((r) => r.level)).toEqual(['final', 'fourth', 'third', 'second']);
    expect(s.remindersSent).toBe(5);
    expect(s.appraisal.grade).not.toBeNull();
    expect(s.case).toMatchObject({
      id: channels.t.caseId,
      status: 'open',
      assignedTo: 'R. Kulkarni, CFO',
    });
    expect(s.case!.notes).toHaveLength(7);
  });

  it('prints on one A4 page with everything the manager needs', async () => {
    const pdf = await call('escalation.printSummary', {
      customerId: channels.t.busy,
      asOf: BUSY_AS_OF,
    });
    expect(pdf).toMatchObject({
      fileName: 'KIRLOSKAR - case summary 2025-09-30.pdf',
      mimeType: 'application/pdf',
    });
    const file = join(channels.t.ledger.dir, pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    expect(pageCount(file)).toBe(1);
    const text = flatten(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    if (process.env.BAHI_KEEP_PDF) writeFileSync(process.env.BAHI_KEEP_PDF, readFileSync(file));
    const s = await call('escalation.summary', { customerId: channels.t.busy, asOf: BUSY_AS_OF });
    for (const phrase of [
      'Escalation Case Summary',
      'Kirloskar Pneumatic Compressors',
      'Sunil Deshpande, Chief Financial Officer',
      'On hold since 01-09-2025',
      `Grade ${s.appraisal.grade}`,
      'Overdue above ₹1,00,000.00 for more than 60 days',
      'At least 2 broken promises',
      `${s.promises.counts.broken} broken promises`,
      `Case ${channels.t.caseId} opened on 05-09-2025 by priya, assigned to R. Kulkarni, CFO`,
      'and 4 earlier notes',
      'Over 90',
      '5 open (₹25,000.00) · 3 resolved',
      `${s.promises.counts.broken} broken`,
      'Final notice',
      '5 sent in all',
    ]) {
      expect(text).toContain(phrase);
    }
  }, 60_000);
});

describe('the escalation channels', () => {
  const refusal = async <K extends ChannelName>(channel: K, input: Input<K>) => {
    const before = await call('escalation.list', { status: 'all' });
    const r = await channels.router.dispatch(channel, input);
    expect(await call('escalation.list', { status: 'all' })).toEqual(before);
    if (r.ok) throw new Error(`${channel} was not refused`);
    return r.error;
  };

  it('refuse bad input by its field and write nothing', async () => {
    expect(
      await refusal('escalation.saveRules', {
        overdueAbove: -1,
        overdueDays: 60,
        brokenPromises: 2,
      }),
    ).toMatchObject({ field: 'overdueAbove', message: 'Overdue amount above cannot be negative' });
    expect(
      await refusal('escalation.saveRules', {
        overdueAbove: 100,
        overdueDays: 60,
        brokenPromises: 0,
      }),
    ).toMatchObject({ field: 'brokenPromises', message: 'Broken promises must be at least 1' });
    expect(
      await refusal('escalation.escalate', {
        customerId: channels.t.pune,
        escalatedOn: BUSY_AS_OF,
        assignedTo: '  ',
      }),
    ).toMatchObject({ field: 'assignedTo', message: 'Enter the assigned to' });
    expect(
      await refusal('escalation.close', {
        id: channels.t.caseId,
        closedOn: BUSY_AS_OF,
        resolution: '',
      }),
    ).toMatchObject({ field: 'resolution' });
    expect(await call('escalation.rules', {})).toMatchObject({ isDefault: true });
  });

  it('exports the proposed customers and the open cases to Excel', async () => {
    invoice(channels.t.ledger, channels.t.pune, 100_000_00, '2025-06-01'); // 91 days late on 30-09
    const file = await call('escalation.export', { asOf: BUSY_AS_OF });
    expect(file.fileName).toBe('escalations-2025-09-30.xlsx');
    const book = await readWorkbook(file.contentBase64);
    const proposed = book.getWorksheet('Proposed')!;
    const ph = rowOf(proposed, 'Code');
    expect(proposed.getRow(ph + 1).getCell(1).value).toBe('PUNE');
    expect(proposed.getRow(ph + 1).getCell(3).value).toBe('₹1,18,000.00 overdue, oldest 91 days');
    expect(paiseOf(proposed.getRow(ph + 1).getCell(4).value)).toBe(1_18_000_00);
    expect(proposed.getRow(ph + 2).getCell(1).value).toBe('Total');
    const cases = book.getWorksheet('Open cases')!;
    const ch = rowOf(cases, 'Case');
    expect(cases.getRow(ch + 1).getCell(1).value).toBe(channels.t.caseId);
    expect(cases.getRow(ch + 1).getCell(3).value).toBe('KIRLOSKAR');
    expect(cases.getRow(ch + 1).getCell(11).value).toBe('R. Kulkarni, CFO');
  });
});

describe('bahi call escalation.*', () => {
  let t: ReturnType<typeof receiptsLedger>;
  let db: string;
  beforeAll(() => {
    t = receiptsLedger();
    invoice(t.ledger, t.pune, 100_000_00, '2025-06-01'); // ₹1,18,000 due 01-07-2025
    db = join(t.ledger.dir, 'bahi.sqlite');
    t.ledger.close();
  });
  afterAll(() => t.ledger.cleanup());
  const cli = (channel: string, input: unknown) =>
    bahi('call', channel, '--db', db, '--input', JSON.stringify(input));

  it('proposes, escalates and lists on a ledger file; a refusal names the field', async () => {
    const none = JSON.parse((await cli('escalation.proposals', { asOf: '2025-08-30' })).out);
    expect(none.proposals).toEqual([]);
    const one = JSON.parse((await cli('escalation.proposals', { asOf: '2025-08-31' })).out);
    expect(one.proposals).toMatchObject([
      { customerCode: 'PUNE', rules: ['overdue'], oldestDays: 61 },
    ]);
    const early = await cli('escalation.escalate', {
      customerId: t.pune,
      escalatedOn: '2025-08-30',
      assignedTo: 'Priya',
    });
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/^bahi: customerId: PUNE Ltd meets no escalation rule on 30-08-2025/);
    const opened = await cli('escalation.escalate', {
      customerId: t.pune,
      escalatedOn: '2025-08-31',
      assignedTo: 'Priya',
    });
    expect(opened.code).toBe(0);
    const list = JSON.parse((await cli('escalation.list', {})).out);
    expect(list).toMatchObject([{ customerCode: 'PUNE', assignedTo: 'Priya', status: 'open' }]);
  });
});
