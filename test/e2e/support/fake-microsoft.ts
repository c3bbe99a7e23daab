import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** The port e2e builds send the account lookup to (see src/background/account-lookup.ts). */
export const FAKE_MICROSOFT_PORT = 47613;
export const FAKE_MICROSOFT_ORIGIN = `http://127.0.0.1:${FAKE_MICROSOFT_PORT}`;

/** How the fake answers one address: a status and body, or misbehaviour. */
export type FakeAnswer =
  | { status?: number; json: unknown }
  | { status: number; body: string }
  /** Never answers: the request stays open until the client gives up. */
  | 'hang'
  /** Closes the connection without a word: a network failure. */
  | 'drop';

export interface SeenRequest {
  at: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `username` from a JSON body, when there is one. */
  username: string | null;
}

export interface FakeMicrosoft {
  readonly requests: SeenRequest[];
  /** Lookup requests only (POSTs to GetCredentialType). */
  lookups(): SeenRequest[];
  close(): Promise<void>;
}

const LOOKUP_PATH = '/common/GetCredentialType';

/**
 * The port is fixed (the e2e build has it compiled in), so a second test run in the same checkout
 * waits for the first to let go of it instead of failing.
 */
async function listenWhenFree(server: Server, waitMs = 75_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(FAKE_MICROSOFT_PORT, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!busy || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * A stand-in for Microsoft's GetCredentialType on 127.0.0.1, answering per address (the
 * `username` in the request body). Unknown addresses get 404 so a mistake shows. It sends no
 * CORS headers, like a server that never expected an extension: the build's host permission is
 * what lets the background read the answer. `GET /cookie` plants a cookie for this host, so a
 * test can check that the lookup never carries one.
 */
export async function startFakeMicrosoft(
  answers: Record<string, FakeAnswer>,
): Promise<FakeMicrosoft> {
  const requests: SeenRequest[] = [];
  const held = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let username: string | null = null;
      try {
        const parsed = JSON.parse(body) as { username?: unknown };
        username = typeof parsed.username === 'string' ? parsed.username : null;
      } catch {
        // Not JSON: recorded as is.
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({
        at: Date.now(),
        method: req.method ?? '',
        path,
        headers: req.headers,
        body,
        username,
      });

      if (req.method === 'GET' && path === '/cookie') {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Set-Cookie': 'fake-session=signed-in-person; Path=/; SameSite=Lax',
        });
        res.end('<!doctype html><title>Cookie planted</title><p>Cookie planted.</p>');
        return;
      }
      if (req.method !== 'POST' || path !== LOOKUP_PATH || username === null) {
        res.writeHead(404).end();
        return;
      }
      const answer = answers[username];
      if (answer === undefined) {
        res.writeHead(404).end();
      } else if (answer === 'hang') {
        held.add(res);
        res.on('close', () => held.delete(res));
      } else if (answer === 'drop') {
        req.socket.destroy();
      } else if ('json' in answer) {
        res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(answer.json));
      } else {
        res.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(answer.body);
      }
    });
  });

  await listenWhenFree(server);
  const port = (server.address() as AddressInfo).port;
  if (port !== FAKE_MICROSOFT_PORT) throw new Error(`Fake Microsoft listens on ${port}`);

  return {
    requests,
    lookups: () => requests.filter((r) => r.method === 'POST' && r.path === LOOKUP_PATH),
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
