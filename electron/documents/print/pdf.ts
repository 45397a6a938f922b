// HTML to PDF in headless Chromium (or Edge on Windows) for the CLI, bulk printing and tests.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export { printHtml, type PrintHtmlOptions } from './TaxDocument';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const UNIX_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const WINDOWS_BROWSERS = [
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

export class BrowserNotFoundError extends Error {}

/** BAHI_CHROMIUM first, then the usual install locations for this platform. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const configured = env.BAHI_CHROMIUM;
  if (configured) {
    if (exists(configured)) return configured;
    throw new BrowserNotFoundError(
      `BAHI_CHROMIUM is set to ${configured}, but there is no browser there. ` +
        'Point it at chromium, chrome or msedge, or unset it.',
    );
  }
  const candidates = platform === 'win32' ? WINDOWS_BROWSERS : UNIX_BROWSERS;
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  const install =
    platform === 'win32'
      ? 'Install Microsoft Edge'
      : 'Install Chromium (Debian/Ubuntu: apt-get install -y chromium)';
  throw new BrowserNotFoundError(
    `No browser to print PDFs with: looked for ${candidates.join(', ')}. ` +
      `${install}, or set BAHI_CHROMIUM to the path of a Chromium-based browser.`,
  );
}

export interface PdfOptions {
  /** A Chromium-based browser; found by findChromium() when omitted. */
  executablePath?: string;
  /** Upper bound for one document, in milliseconds. */
  timeoutMs?: number;
}

/**
 * One browser and one page shared by many renders: bulk printing pays the launch and the page
 * once (a fresh context per document cost 250–450 ms of a statement's 800 ms). Renders take
 * turns on the page; each `setContent` replaces the whole document, and the page is offline with
 * every request refused, so nothing of one document reaches the next. Call close() when done.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PdfOptions = {}) {}

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({
        executablePath: this.options.executablePath ?? findChromium(),
        args: LAUNCH_ARGS,
      })
      .catch((e: unknown) => {
        this.browser = null;
        throw e;
      });
    return this.browser;
  }

  private openPage(): Promise<Page> {
    this.page ??= (async () => {
      const context = await (await this.launch()).newContext({ offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(this.options.timeoutMs ?? 30_000);
      return page;
    })().catch((e: unknown) => {
      this.page = null;
      throw e;
    });
    return this.page;
  }

  render(html: string): Promise<Buffer> {
    const turn = this.queue.then(() => this.renderNow(html));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async renderNow(html: string): Promise<Buffer> {
    const page = await this.openPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } catch (e) {
      // A page that failed (crashed, timed out) is not trusted with the next document.
      this.page = null;
      await page
        .context()
        .close()
        .catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.queue;
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    if (browser) await (await browser).close();
  }
}

/** One document, one browser: for a single print from the CLI. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const renderer = new PdfRenderer(options);
  try {
    return await renderer.render(html);
  } finally {
    await renderer.close();
  }
}
