import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
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
