// Wires a workspace to the router: the same for Electron, the browser bridge and the CLI.
import { userInfo } from 'node:os';
import { PdfRenderer } from '../documents/print/pdf';
import { exportsDirOf, JobRunner } from '../jobs/jobs';
import { inThreadReader, workerReader } from '../reports/reader/reader';
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

export interface HostOptions extends RouterOptions {
  /** Electron passes printToPDF; elsewhere Chromium (or Edge) is launched on first use. */
  renderPdf?: (html: string) => Promise<Buffer>;
  printWithDialog?: (html: string) => Promise<boolean>;
  openFile?: (path: string) => Promise<void>;
  /** Run reports on a worker thread (the app and browser mode), not on this one (the CLI). */
  reportsOffThread?: boolean;
}

export interface HostRouter extends Router {
  /** Close what the host opened on demand (the PDF browser); the workspace is the caller's. */
  dispose(): Promise<void>;
}

export function createHostRouter(
  workspace: Workspace,
  actor: string,
  options: HostOptions = {},
): HostRouter {
  let renderer: PdfRenderer | null = null;
  const renderPdf =
    options.renderPdf ?? ((html: string) => (renderer ??= new PdfRenderer()).render(html));
  const jobs = new JobRunner(() => exportsDirOf(workspace.current().path));
  const reports = options.reportsOffThread ? workerReader() : inThreadReader();
  const router = createRouter(
    allHandlers(),
    () => ({
      ledger: workspace.current(),
      actor,
      workspace,
      renderPdf,
      printWithDialog: options.printWithDialog ?? null,
      openFile: options.openFile ?? null,
      jobs,
      reports,
    }),
    options,
  );
  return {
    dispatch: router.dispatch,
    dispose: async () => {
      await renderer?.close();
      renderer = null;
      await reports.close();
    },
  };
}
