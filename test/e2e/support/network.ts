import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

const SITES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

export interface Route {
  status?: number;
  contentType?: string;
  body: string;
}

/** A picture, or any other bytes. */
export interface BytesRoute {
  status?: number;
  contentType: string;
  body: Uint8Array;
}

/** Serves a file from `test/fixtures/sites` as an HTML page. */
export function site(file: string): Route {
  return { contentType: 'text/html; charset=utf-8', body: readFileSync(SITES + file, 'utf8') };
}

/**
 * There is no internet in tests: every request a page makes is answered from the routes given, or
 * recorded as unexpected (and refused) so the test fails loudly.
 */
export class FakeNetwork {
  readonly unexpected: string[] = [];
  readonly requested: string[] = [];
  private readonly routes = new Map<string, Route | BytesRoute>();

  route(url: string, response: Route | BytesRoute): this {
    this.routes.set(url, response);
    return this;
  }

  async attach(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.answer(request));
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const url = request.url();
    if (/^(chrome-extension|moz-extension|data|about|blob):/.test(url)) {
      await request.continue().catch(() => {});
      return;
    }
    this.requested.push(url);
    const route = this.routes.get(url) ?? this.routes.get(url.split('#')[0] ?? url);
    if (!route) {
      // A favicon is the browser's own request, not the page's or the extension's.
      if (new URL(url).pathname !== '/favicon.ico') this.unexpected.push(url);
      await request.respond({ status: 404, body: '' }).catch(() => {});
      return;
    }
    await request
      .respond({
        status: route.status ?? 200,
        contentType: route.contentType ?? 'text/html; charset=utf-8',
        body: route.body,
      })
      .catch(() => {});
  }
}
