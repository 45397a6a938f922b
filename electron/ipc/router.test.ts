import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, tempLedger } from '../../db/testing';
import { channelNames } from '../../shared/contract';
import { fileWorkspace } from '../workspace';
import { allHandlers } from './handlers';
import { createHostRouter } from './host';
import { combineHandlers, createRouter, defineHandlers, type HandlerMap } from './router';
import { inThreadReader } from '../reports/reader/reader';
import { JobRunner } from '../jobs/jobs';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const router = () => createHostRouter(fileWorkspace(ledger), 'tester', { checkOutputs: true });
const company = { legalName: 'Acme Traders Pvt Ltd', gstin: '27AAPFU0939F1ZV' };

describe('handlers', () => {
  it('cover every channel of the contract exactly once', () => {
    expect(Object.keys(allHandlers()).sort()).toEqual([...channelNames].sort());
  });

  it('refuse to start with a channel handled twice', () => {
    const a = defineHandlers({ 'company.get': () => null });
    const b = defineHandlers({ 'company.get': () => null });
    expect(() => combineHandlers(a, b)).toThrow('Channel "company.get" has two handlers');
  });

  it('refuse to start with a channel not handled', () => {
    const { ['customers.export']: _missing, ...rest } = allHandlers();
    expect(() => combineHandlers(rest as Partial<HandlerMap>)).toThrow(
      /without a handler: customers.export/,
    );
  });

  it('refuse a handler for a channel that is not in the contract', () => {
    expect(() =>
      combineHandlers(allHandlers(), { 'customers.nuke': () => null } as Partial<HandlerMap>),
    ).toThrow(/unknown channel "customers.nuke"/);
  });
});

describe('router', () => {
  it('sets up a company and adds a customer, returning typed data', async () => {
    const setup = await router().dispatch('company.setup', company);
    expect(setup).toMatchObject({ ok: true, data: { stateCode: '27', pan: 'AAPFU0939F' } });
    const created = await router().dispatch('customers.create', {
      code: 'c1',
      name: 'Customer One',
      stateCode: '29',
    });
    expect(created).toMatchObject({
      ok: true,
      data: { code: 'C1', stateCode: '29', archived: false },
    });
  });

  it('refuses an unknown channel and changes nothing', async () => {
    const result = await router().dispatch('customers.dropAll', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel "customers.dropAll"' },
    });
    expect(count(ledger, 'audit_log')).toBe(0);
  });

  it('refuses invalid input with a message naming the field, and writes nothing', async () => {
    await router().dispatch('company.setup', company);
    const auditBefore = count(ledger, 'audit_log');
    const result = await router().dispatch('customers.create', {
      code: 'C2',
      name: 'Bad GSTIN Ltd',
      gstin: '27AAPFU0939F1ZX',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'gstin',
        message: 'GSTIN check digit is wrong: the last character should be V — check for a typo',
      },
    });
    expect(count(ledger, 'customers')).toBe(0);
    expect(count(ledger, 'audit_log')).toBe(auditBefore);
  });

  it('names nested fields by their path', async () => {
    const result = await router().dispatch('customers.create', {
      code: 'C3',
      name: 'Nested',
      stateCode: '27',
      contacts: [{ name: 'Asha', email: 'not-an-email' }],
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'contacts.0.email' } });
  });

  it('turns wrong types into a plain message, not zod internals', async () => {
    const result = await router().dispatch('customers.create', {
      code: 'C4',
      name: 'X',
      stateCode: '27',
      paymentTermsDays: 'thirty',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'paymentTermsDays', message: 'Payment terms must be a number of days' },
    });
  });

  it('hides the stack of an unexpected error from the caller', async () => {
    const broken = createRouter(
      {
        ...allHandlers(),
        'company.get': () => {
          throw new Error('SQLITE_IOERR at /secret/path.ts:12');
        },
      },
      () => ({
        ledger,
        actor: 't',
        workspace: fileWorkspace(ledger),
        renderPdf: () => Promise.reject(new Error('no PDF here')),
        printWithDialog: null,
        openFile: null,
        jobs: new JobRunner(() => ledger.dir),
        reports: inThreadReader(),
      }),
      { logError: () => {} },
    );
    const result = await broken.dispatch('company.get', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Bahi could not finish this and saved nothing. The details are in the log.',
      },
    });
  });

  it('answers NO_COMPANY-free status and business errors as values', async () => {
    const status = await router().dispatch('app.status', {});
    expect(status).toMatchObject({ ok: true, data: { hasCompany: false, isSample: false } });
    const missing = await router().dispatch('customers.get', { id: 42 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    const sample = await router().dispatch('app.openSample', {});
    expect(sample).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
