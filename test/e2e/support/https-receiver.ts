import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReceivedRequest {
  method: string;
  path: string;
  contentType: string;
  /** Headers that would tell the receiver who sent it, if any were sent. */
  cookie: string;
  referer: string;
  body: string;
}

/**
 * An HTTPS server on 127.0.0.1 with a self-signed certificate made for this run (openssl), that
 * records every request: an organisation's report endpoint. Browsers accept its certificate only
 * when launched with `acceptInsecureCerts`.
 */
export class HttpsReceiver {
  readonly received: ReceivedRequest[] = [];
  private server: Server | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'account-helper-receiver-'));

  async start(): Promise<string> {
    const key = join(this.dir, 'key.pem');
    const cert = join(this.dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = createServer(
      { key: readFileSync(key), cert: readFileSync(cert) },
      (request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
        });
        request.on('end', () => {
          this.received.push({
            method: request.method ?? '',
            path: request.url ?? '',
            contentType: request.headers['content-type'] ?? '',
            cookie: request.headers.cookie ?? '',
            referer: request.headers.referer ?? '',
            body,
          });
          response.writeHead(204).end();
        });
      },
    );
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(server.address() as AddressInfo).port}/lookalikes`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}
