import type { Ledger } from '../../db/ledger/open';
import type { AppStatus } from '../../shared/app/contract';
import type { JobRunner } from '../jobs/jobs';
import type { ReportReader } from '../reports/reader/reader';

/** What a handler may use: the open ledger, who is acting, and the workspace around it. */
export interface HandlerContext {
  ledger: Ledger;
  actor: string;
  workspace: Workspace;
  /** HTML to PDF: Chromium (or Edge) in Node; Electron's printToPDF in the desktop app. */
  renderPdf: (html: string) => Promise<Buffer>;
  /** The system print dialog: only the desktop app has one. */
  printWithDialog: ((html: string) => Promise<boolean>) | null;
  /** Open a file of ours with the system viewer: only the desktop app can. */
  openFile: ((path: string) => Promise<void>) | null;
  /** Long work that reports progress and can be cancelled (exports, bulk statements). */
  jobs: JobRunner;
  /** Where reports that only read run: a worker thread in the app, this thread in the CLI. */
  reports: ReportReader;
}

/** The ledger(s) a host has open: the user's own, or the sample company. */
export interface Workspace {
  current(): Ledger;
  status(): AppStatus;
  openSample(): AppStatus;
  closeSample(): AppStatus;
  close(): void;
}
