import { describe, expect, it, vi } from 'vitest';
import { createApi } from './api';
import { electronTransport } from './transport.electron';
import { readPageToken, webTransport } from './transport.web';
import type { Transport } from './transport.types';

const recording = () => {
  const calls: [string, unknown][] = [];
  const transport: Transport = {
    invoke: async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, data: null };
    },
  };
  return { calls, transport };
};

describe('createApi', () => {
  it('maps api.group.method(input) to the channel group.method', async () => {
    const { calls, transport } = recording();
    const api = createApi(transport);
    await api.customers.setArchived({ id: 7, archived: true });
    await api.customers.list({ search: 'acme' });
    expect(calls).toEqual([
      ['customers.setArchived', { id: 7, archived: true }],
      ['customers.list', { search: 'acme' }],
    ]);
  });

  it('sends {} when a channel with an all-optional input is called without one', async () => {
    const { calls, transport } = recording();
    await createApi(transport).app.status();
    expect(calls).toEqual([['app.status', {}]]);
  });

  it('is not mistaken for a promise when awaited', async () => {
    const api = createApi(recording().transport);
    expect(await Promise.resolve(api)).toBe(api);
  });
});

describe('webTransport', () => {
  it('POSTs JSON to /ipc/<channel> with the page token and returns the envelope as is', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }),
    );
    const r = await webTransport('s3cret', fetchMock).invoke('customers.get', { id: 3 });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
    expect(fetchMock).toHaveBeenCalledWith('/ipc/customers.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-bahi-token': 's3cret' },
      body: '{"id":3}',
    });
  });

  it('turns a dead server into an error value, not a thrown exception', async () => {
    const r = await webTransport('t', async () => {
      throw new TypeError('Failed to fetch');
    }).invoke('app.status', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not running/);
  });

  it('turns a non-envelope answer into an error value', async () => {
    const r = await webTransport('t', async () => new Response('<html>', { status: 502 })).invoke(
      'app.status',
      {},
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('reads the token the bridge writes into the page', () => {
    const doc = document.implementation.createHTMLDocument();
    doc.head.innerHTML = '<meta name="bahi-token" content="abc123">';
    expect(readPageToken(doc)).toBe('abc123');
    expect(readPageToken(document.implementation.createHTMLDocument())).toBe('');
  });
});

describe('electronTransport', () => {
  it('passes the preload envelope through and catches a broken bridge', async () => {
    const good = electronTransport({ invoke: async () => ({ ok: true, data: 1 }) });
    expect(await good.invoke('app.status', {})).toEqual({ ok: true, data: 1 });
    const broken = electronTransport({
      invoke: async () => {
        throw new Error('An object could not be cloned');
      },
    });
    expect(await broken.invoke('app.status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
