import { createContext, useContext } from 'react';

/**
 * How any screen opens a customer's account without knowing the shell: the shell provides it,
 * the customer drawer (and anything later) calls it. Null outside the shell (component tests).
 */
export const OpenCustomerAccount = createContext<((customerId: number) => void) | null>(null);

export const useOpenCustomerAccount = () => useContext(OpenCustomerAccount);
