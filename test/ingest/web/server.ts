// A local HTTP server for the web-ingest tests: 127.0.0.1, a free port, routes given by the test,
// every request logged so tests can check conditional headers. No other network is used.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FIXTURES = new URL('../../fixtures/web/', import.meta.url);

export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void | Promise<void>;

export interface TestServer {
  base: string;
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const handler = table.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    Promise.resolve(handler(req, res, base)).catch((e) => {
      res.writeHead(500).end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a fixture with `{{base}}` replaced by the server's address. */
export function serveFixture(name: string, contentType: string, extra: Record<string, string> = {}): Handler {
  return (_req, res, base) => {
    const raw = fixture(name);
    const body = contentType.includes('xml') ? Buffer.from(raw.toString('utf8').replaceAll('{{base}}', base)) : raw;
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length), ...extra }).end(body);
  };
}
