import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerInput } from '../../shared/customers/contract';
import { createCustomer, updateCustomer } from '../customers/customers';
import { runCommand } from '../ledger/command';
import { count, tempLedger } from '../testing';
import { verifyLedger } from './audit';
import { verifyAuditChain } from './chain';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const addCustomer = (code: string) =>
  createCustomer(
    ledger,
    customerInput.parse({ code, name: `Customer ${code}`, stateCode: '27' }),
    'tester',
  );

describe('audit trail', () => {
  it('records every command with actor, UTC time, before and after', () => {
    const c = addCustomer('A1');
    updateCustomer(
      ledger,
      c.id,
      customerInput.parse({ code: 'A1', name: 'Renamed', stateCode: '27' }),
      'tester',
    );
    const rows = ledger.sqlite.prepare('select * from audit_log order by id').all() as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.command)).toEqual(['customers.create', 'customers.update']);
    expect(rows[0]!.actor).toBe('tester');
    expect(rows[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(JSON.parse(rows[1]!.before_json!).name).toBe('Customer A1');
    expect(JSON.parse(rows[1]!.after_json!).name).toBe('Renamed');
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(verifyLedger(ledger).ok).toBe(true);
  });

  it('cannot be updated or deleted, even with raw SQL', () => {
    addCustomer('A1');
    expect(() =>
      ledger.sqlite.prepare(`update audit_log set actor = 'someone else'`).run(),
    ).toThrow(/append-only/);
    expect(() => ledger.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(count(ledger, 'audit_log')).toBe(1);
  });

  it('verify finds a row edited behind the triggers', () => {
    addCustomer('A1');
    addCustomer('A2');
    ledger.sqlite.exec('drop trigger audit_log_no_update');
    ledger.sqlite.prepare(`update audit_log set actor = 'mallory' where id = 1`).run();
    const report = verifyLedger(ledger);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      'audit row 1: its contents were changed after it was written',
    ]);
  });

  it('verify finds a row removed from the middle of the chain', () => {
    addCustomer('A1');
    addCustomer('A2');
    addCustomer('A3');
    ledger.sqlite.exec('drop trigger audit_log_no_delete');
    ledger.sqlite.prepare('delete from audit_log where id = 2').run();
    const { problems } = verifyAuditChain(ledger.sqlite);
    expect(problems).toEqual([
      'audit row 3: does not follow the row before it (a row was removed or reordered)',
    ]);
  });

  it('a command that fails writes nothing: no change and no audit row', () => {
    addCustomer('A1');
    expect(() =>
      runCommand(ledger, { command: 'test.fail', actor: 't' }, (cx) => {
        cx.sqlite.prepare(`update customers set name = 'half done'`).run();
        cx.audit({ entity: 'customer', entityId: 1, before: null, after: null });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(ledger.sqlite.prepare('select name from customers').pluck().get()).toBe('Customer A1');
    expect(count(ledger, 'audit_log')).toBe(1);
  });

  it('a command that changes the ledger without an audit record is refused and rolled back', () => {
    addCustomer('A1');
    expect(() =>
      runCommand(ledger, { command: 'test.sneaky', actor: 't' }, (cx) => {
        cx.sqlite.prepare(`update customers set name = 'sneaky'`).run();
      }),
    ).toThrow(/without an audit record/);
    expect(ledger.sqlite.prepare('select name from customers').pluck().get()).toBe('Customer A1');
  });
});
