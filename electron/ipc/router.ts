// The IPC router: the one door into the ledger for Electron, the browser bridge and the CLI.
import { ZodError } from 'zod';
import {
  contract,
  channelNames,
  isChannelName,
  type ChannelName,
  type Output,
  type ParsedInput,
} from '../../shared/contract';
import { BahiError, type BahiErrorShape, type Issue, type Result } from '../../shared/result';
import type { HandlerContext } from './context';

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  ctx: HandlerContext,
) => Output<K> | Promise<Output<K>>;

export type HandlerMap = { [K in ChannelName]: Handler<K> };

/** Type-checks one capability's handlers against the contract. */
export const defineHandlers = <T extends Partial<HandlerMap>>(handlers: T): T => handlers;

/** Merge every capability's handlers; a channel handled twice, or not at all, stops start-up. */
export function combineHandlers(...groups: Partial<HandlerMap>[]): HandlerMap {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      if (!isChannelName(name)) throw new Error(`Handler for unknown channel "${name}"`);
      if (name in all) throw new Error(`Channel "${name}" has two handlers`);
      all[name] = fn;
    }
  }
  const missing = channelNames.filter((n) => !(n in all));
  if (missing.length) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  return all as HandlerMap;
}

export interface RouterOptions {
  /** Check every result against the contract's output schema (tests and development). */
  checkOutputs?: boolean;
  /** Where unexpected errors go; the user only ever sees a plain message. */
  logError?: (channel: string, error: unknown) => void;
}

export interface Router {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

export function createRouter(
  handlers: HandlerMap,
  context: () => HandlerContext,
  options: RouterOptions = {},
): Router {
  const logError =
    options.logError ?? ((channel, e) => console.error(`[bahi] ${channel} failed:`, e));
  return {
    async dispatch(channel, input) {
      if (typeof channel !== 'string' || !isChannelName(channel)) {
        return failure({
          code: 'UNKNOWN_CHANNEL',
          message: `There is no channel "${String(channel)}"`,
        });
      }
      const def = contract[channel];
      try {
        const parsed = def.input.parse(input ?? {});
        const handler = handlers[channel] as (i: unknown, c: HandlerContext) => unknown;
        const data = await handler(parsed, context());
        if (options.checkOutputs) def.output.parse(data);
        return { ok: true, data };
      } catch (e) {
        if (e instanceof BahiError) return failure(e.toShape());
        if (e instanceof ZodError) return failure(fromZod(e));
        logError(channel, e);
        return failure({
          code: 'INTERNAL',
          message: 'Bahi could not finish this and saved nothing. The details are in the log.',
        });
      }
    },
  };
}

const failure = (error: BahiErrorShape): Result<never> => ({ ok: false, error });

const pathOf = (path: PropertyKey[]) => path.map(String).join('.');

/** The first problem becomes the message; all of them are listed for forms with many fields. */
export function fromZod(e: ZodError): BahiErrorShape {
  const issues: Issue[] = e.issues.map((i) => ({ field: pathOf(i.path), message: friendly(i) }));
  const first = issues[0] ?? { field: '', message: 'The input is not valid' };
  const shape: BahiErrorShape = { code: 'VALIDATION', message: first.message, issues };
  if (first.field) shape.field = first.field;
  return shape;
}

/** Zod's own wording is for developers; say which field and what it wants. */
function friendly(issue: ZodError['issues'][number]): string {
  if (issue.code === 'custom' || !issue.message.startsWith('Invalid')) return issue.message;
  const field = pathOf(issue.path) || 'input';
  if (issue.code === 'invalid_type') return `${field}: expected ${issue.expected}`;
  return `${field}: ${issue.message}`;
}
