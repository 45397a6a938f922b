// Reminders through `bahi call`: the dunning run in order, an e-mail draft sent and logged, and a
// refusal that names the field and leaves the ledger as it was.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, worklistLedger } from '../../db/follow-ups/fixture';
import { bahi } from '../cli/cli-testing';

let t: ReturnType<typeof worklistLedger>;
let db: string;

beforeAll(() => {
  t = worklistLedger();
  db = join(t.ledger.dir, 'bahi.sqlite');
  t.ledger.close();
});
afterAll(() => t.ledger.cleanup());

const call = (channel: string, input: unknown) =>
  bahi('call', channel, '--db', db, '--input', JSON.stringify(input));

describe('bahi call reminders.*', () => {
  it('runs the dunning list, sends an e-mail draft and logs it', async () => {
    const run = JSON.parse((await call('reminders.run', { asOf: AS_OF })).out) as {
      proposals: { customerCode: string; level: string; invoices: { documentId: number }[] }[];
    };
    expect(run.proposals.map((p) => [p.customerCode, p.level])).toEqual([
      ['PUNE', 'fourth'],
      ['BLR', 'second'],
    ]);
    const sent = await call('reminders.send', {
      customerId: t.pune,
      asOf: AS_OF,
      channel: 'email',
    });
    expect(sent.code).toBe(0);
    const out = JSON.parse(sent.out) as { file: { fileName: string; contentBase64: string } };
    expect(out.file.fileName).toMatch(/^PUNE - fourth reminder 2025-08-15\.eml$/);
    expect(Buffer.from(out.file.contentBase64, 'base64').toString()).toContain('X-Unsent: 1');
    const log = JSON.parse((await call('reminders.sent', { customerId: t.pune })).out) as unknown[];
    expect(log).toMatchObject([{ level: 'fourth', channel: 'email' }]);
  }, 60_000);

  it('refuses a template with an unknown placeholder by its field, and saves nothing', async () => {
    const bad = await call('reminders.saveTemplate', {
      level: 'first',
      days: 7,
      emailSubject: 'Dues {{amount}}',
      emailBody: 'x',
      whatsappText: 'x',
      letterBody: 'x',
    });
    expect(bad.code).not.toBe(0);
    expect(bad.err + bad.out).toMatch(/emailSubject|E-mail subject has an unknown placeholder/);
    const all = JSON.parse((await call('reminders.templates', {})).out) as { edited: boolean }[];
    expect(all.every((x) => !x.edited)).toBe(true);
  });
});
