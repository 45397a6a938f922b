import { useState } from 'react';
import {
  CustomerAccountsScreen,
  type CustomerAccountRoute,
  type CustomerAccountsScreenProps,
} from './CustomerAccountsScreen';

/** The screen as the shell holds it (route in state), for component tests. */
export function TestScreen({
  customerId = 1,
  ...rest
}: Partial<Omit<CustomerAccountsScreenProps, 'route' | 'onRoute'>> & { customerId?: number }) {
  const [route, setRoute] = useState<CustomerAccountRoute>({ customerId, from: null, to: null });
  return (
    <CustomerAccountsScreen route={route} onRoute={setRoute} onOpenDocument={() => {}} {...rest} />
  );
}
