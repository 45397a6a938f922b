// Follow-ups through `bahi call`: logged and listed on a ledger file, the worklist in order, and
// a refusal that names the field and leaves the ledger as it was.
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

describe('bahi call followUps.*', () => {
  it('logs a follow-up, and the worklist and timeline show it', async () => {
    const logged = await call('followUps.log', {
      customerId: t.pune,
      loggedOn: '2025-08-14',
      kind: 'whatsapp',
      outcome: 'promised',
      contactPerson: 'Mr Kulkarni',
      nextActionOn: '2025-08-18',
      nextAction: 'Check the NEFT came in',
    });
    expect(logged.code).toBe(0);
    expect(JSON.parse(logged.out)).toMatchObject({ customerCode: 'PUNE', kind: 'whatsapp' });

    const w = JSON.parse((await call('followUps.worklist', { asOf: AS_OF })).out) as {
      rows: { customerCode: string; lastContact: unknown; nextActionOn: string | null }[];
    };
    expect(w.rows.map((r) => r.customerCode)).toEqual(['BLR', 'PUNE', 'MUM', 'DEL']);
    expect(w.rows[1]).toMatchObject({
      lastContact: { loggedOn: '2025-08-14', kind: 'whatsapp', outcome: 'promised' },
      nextActionOn: '2025-08-18',
    });
    const timeline = JSON.parse(
      (await call('followUps.timeline', { customerId: t.pune, asOf: AS_OF })).out,
    ) as { title: string }[];
    expect(timeline[0]!.title).toBe('WhatsApp · Promised to pay');
  });

  it('refuses a next action without a date, naming the field, and logs nothing', async () => {
    const before = JSON.parse((await call('followUps.list', {})).out) as unknown[];
    const bad = await call('followUps.log', {
      customerId: t.pune,
      loggedOn: '2025-08-14',
      kind: 'call',
      outcome: 'no_answer',
      nextAction: 'Call again',
    });
    expect(bad).toMatchObject({ code: 1, out: '' });
    expect(bad.err).toBe(
      'bahi: nextActionOn: Enter the next action date, or clear the next action\n',
    );
    const wrongKind = await call('followUps.log', {
      customerId: t.pune,
      loggedOn: '2025-08-14',
      kind: 'fax',
      outcome: 'no_answer',
    });
    expect(wrongKind.err).toContain('kind: Choose the kind of follow-up');
    expect(JSON.parse((await call('followUps.list', {})).out)).toHaveLength(before.length);
  });
});
