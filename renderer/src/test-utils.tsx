import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { Customer } from '../../shared/customers/contract';
import type { BahiErrorShape, Result } from '../../shared/result';
import { createApi } from './api/api';
import { ApiProvider } from './api/context';
import type { Transport } from './api/transport.types';
import { theme } from './theme';

type Handler<K extends ChannelName> = (
  input: Input<K>,
) => Result<Output<K>> | Promise<Result<Output<K>>>;
export type FakeHandlers = { [K in ChannelName]?: Handler<K> };

export interface FakeTransport extends Transport {
  calls: { channel: ChannelName; input: unknown }[];
  inputsOf: <K extends ChannelName>(channel: K) => Input<K>[];
}

/** A stand-in for the main process: answers only the channels a test names. */
export function fakeTransport(handlers: FakeHandlers): FakeTransport {
  const calls: FakeTransport['calls'] = [];
  return {
    calls,
    inputsOf: <K extends ChannelName>(channel: K) =>
      calls.filter((c) => c.channel === channel).map((c) => c.input as Input<K>),
    async invoke(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel] as
        ((i: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `No fake for ${channel}` } };
      return handler(input);
    },
  };
}

export const ok = <T,>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: BahiErrorShape): Result<never> => ({ ok: false, error });

/** Renders with Mantine (transitions off) and an api over the given transport. */
export function renderWithApi(ui: ReactElement, transport: Transport) {
  return render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <ApiProvider api={createApi(transport)}>{ui}</ApiProvider>
    </MantineProvider>,
  );
}

/** What `customers.list` answers with one customer. */
export const oneCustomer = (id: number, code: string, name: string, stateCode: string) => ({
  rows: [
    {
      id,
      code,
      name,
      gstin: null,
      stateCode,
      phone: null,
      email: null,
      paymentTermsDays: 30,
      creditLimit: null,
      customerGroup: null,
      archived: false,
    },
  ],
  total: 1,
});

/**
 * The names of the files a screen hands to the download, in order, for every test of the file:
 * jsdom cannot follow a download link, so its click is caught and object URLs are stubbed.
 */
export function captureDownloads(): string[] {
  const downloads: string[] = [];
  beforeEach(() => {
    downloads.length = 0;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:file');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());
  return downloads;
}

/** A customer as the ledger returns it. */
export function sampleCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 1,
    code: 'TATAAUTO',
    name: 'Tata AutoComp Systems Ltd',
    gstin: '27AAACT1234K1ZG',
    pan: 'AAACT1234K',
    stateCode: '27',
    email: 'accounts@tataauto.example.in',
    phone: '+919822012345',
    whatsapp: null,
    paymentTermsDays: 45,
    creditLimit: 250_000_000,
    billingAddress: {
      line1: 'TACO House',
      line2: null,
      city: 'Pune',
      pincode: '411018',
      stateCode: '27',
    },
    shippingAddress: null,
    customerGroup: 'Automotive',
    salesperson: null,
    notes: null,
    contacts: [
      { name: 'Anand Kulkarni', designation: 'Accounts', email: null, phone: null, whatsapp: null },
    ],
    archived: false,
    createdAt: '2025-01-15T00:00:00.000Z',
    updatedAt: '2025-01-15T00:00:00.000Z',
    ...overrides,
  };
}
