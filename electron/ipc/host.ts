// Wires a workspace to the router: the same for Electron, the browser bridge and the CLI.
import { userInfo } from 'node:os';
import type { Workspace } from './context';
import { allHandlers } from './handlers';
import { createRouter, type Router, type RouterOptions } from './router';

export function currentActor(): string {
  try {
    return userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

export function createHostRouter(
  workspace: Workspace,
  actor: string,
  options: RouterOptions = {},
): Router {
  return createRouter(
    allHandlers(),
    () => ({ ledger: workspace.current(), actor, workspace }),
    options,
  );
}
