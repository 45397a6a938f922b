import type { z } from 'zod';

/** One IPC channel: a name in the contract, what it takes and what it returns. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDef<I, O>) => def;
