import { createContext, useContext } from 'react';

/** Which customer and period the statement screen shows; null dates mean the financial year. */
export interface StatementRoute {
  customerId: number | null;
  from: string | null;
  to: string | null;
}

/**
 * How another screen opens a customer's statement without knowing the shell: the shell provides
 * it, the customer accounts screen calls it. Null outside the shell (component tests).
 */
export const OpenStatement = createContext<((route: StatementRoute) => void) | null>(null);

export const useOpenStatement = () => useContext(OpenStatement);
