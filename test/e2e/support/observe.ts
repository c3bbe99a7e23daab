import type { CDPSession, HTTPRequest, Page, Target } from 'puppeteer';
import { inExtension } from './extension';
import type { ExtensionBrowser } from './launch';

/** A request's body; Firefox's WebDriver BiDi doesn't give it out (so it is '' there). */
export function postBody(request: HTTPRequest): string {
  try {
    return request.postData() ?? '';
  } catch {
    return '';
  }
}

/** `storage.local`, `storage.sync` and `storage.session` as JSON, read from an extension page. */
export async function readStorageAreas(ext: ExtensionBrowser): Promise<string> {
  return inExtension(ext, async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; sync: Area; session?: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const { local, sync, session } = (g.browser ?? g.chrome).storage;
    return JSON.stringify({
      local: await local.get(null),
      sync: await sync.get(null).catch((error: unknown) => `unavailable: ${String(error)}`),
      session: session ? await session.get(null) : 'no storage.session',
    });
  });
}

/**
 * What a test can see of the extension's own background, per browser:
 *
 * - Chromium: every service worker target of the extension (the one running now and any the
 *   browser starts later), over CDP: `Network.requestWillBeSent` (URL and POST body) and the
 *   worker's console (`Runtime.consoleAPICalled`, `Runtime.exceptionThrown`, `Log.entryAdded`).
 * - Firefox: nothing. Puppeteer's WebDriver BiDi has no target for an add-on's background page:
 *   it can neither intercept its requests nor read its console. Tests there can only watch the
 *   pages (web pages and the extension's own tabs), and say so.
 */
export class BackgroundWatch {
  readonly requests: string[] = [];
  readonly console: string[] = [];
  private readonly sessions: CDPSession[] = [];
  private readonly seen = new Set<Target>();
  private readonly onTarget = (target: Target) => void this.attach(target);

  constructor(private readonly ext: ExtensionBrowser) {}

  /** False in Firefox: the background can't be watched there. */
  get observable(): boolean {
    return this.ext.name === 'chromium';
  }

  async start(): Promise<this> {
    if (!this.observable) return this;
    this.ext.browser.on('targetcreated', this.onTarget);
    for (const target of this.ext.browser.targets()) await this.attach(target);
    return this;
  }

  private async attach(target: Target): Promise<void> {
    if (target.type() !== 'service_worker' || !target.url().startsWith(this.ext.origin)) return;
    if (this.seen.has(target)) return;
    this.seen.add(target);
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    this.sessions.push(session);
    session.on('Network.requestWillBeSent', (event) =>
      this.requests.push(
        `worker ${event.request.method} ${event.request.url} ${event.request.postData ?? ''}`,
      ),
    );
    session.on('Runtime.consoleAPICalled', (event) =>
      this.console.push(
        `worker console.${event.type} ${event.args.map((a) => JSON.stringify(a.value ?? a.description ?? '')).join(' ')}`,
      ),
    );
    session.on('Runtime.exceptionThrown', (event) =>
      this.console.push(`worker exception ${JSON.stringify(event.exceptionDetails)}`),
    );
    session.on('Log.entryAdded', (event) =>
      this.console.push(
        `worker log ${event.entry.level} ${event.entry.text} ${event.entry.url ?? ''}`,
      ),
    );
    await Promise.all([
      session.send('Network.enable').catch(() => {}),
      // V8 replays the console messages it kept from before this, so early ones show too.
      session.send('Runtime.enable').catch(() => {}),
      session.send('Log.enable').catch(() => {}),
    ]);
    // A worker started on demand waits for the debugger only if asked; keep it running.
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  }

  async stop(): Promise<void> {
    this.ext.browser.off('targetcreated', this.onTarget);
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => {})));
  }
}

/**
 * Everything one page shows: its requests (method, URL, body where the browser gives it out), its
 * console and its errors. Chromium extension pages also get CDP `Network.enable`, which sees
 * `fetch` and `XMLHttpRequest` to any origin as well as what request interception sees.
 */
export class PageWatch {
  readonly requests: string[] = [];
  readonly console: string[] = [];
  private readonly sessions: CDPSession[] = [];

  async watch(page: Page, label: string, cdpNetwork = false): Promise<void> {
    page.on('request', (request) =>
      this.requests.push(`${label} ${request.method()} ${request.url()} ${postBody(request)}`),
    );
    page.on('console', (message) =>
      this.console.push(`${label} ${message.type()} ${message.text()}`),
    );
    page.on('pageerror', (error) => this.console.push(`${label} error ${String(error)}`));
    if (cdpNetwork) {
      const session = await page.createCDPSession();
      this.sessions.push(session);
      session.on('Network.requestWillBeSent', (event) =>
        this.requests.push(
          `${label} cdp ${event.request.method} ${event.request.url} ${event.request.postData ?? ''}`,
        ),
      );
      await session.send('Network.enable');
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => {})));
  }
}

/** Whether a logged line is a request that left the browser (not `chrome-extension:`, `data:`, …). */
export const online = (line: string): boolean => /\s[A-Z]+\s(?:https?|wss?):\/\//.test(line);
