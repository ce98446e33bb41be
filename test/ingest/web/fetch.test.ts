import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/ingest/web/fetch.js';
import { fixture, serveFixture, startServer, type TestServer } from './server.js';

let server: TestServer;
const slowTimers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = await startServer({
    '/page': serveFixture('article-jsonld.html', 'text/html; charset=utf-8', { etag: '"v1"', 'last-modified': 'Tue, 11 Mar 2025 16:15:00 GMT' }),
    '/page-1252': serveFixture('article-1252.html', 'text/html'),
    '/feed.rss': serveFixture('feed-rss.xml', 'application/rss+xml'),
    '/feed.atom': serveFixture('feed-atom.xml', 'application/atom+xml; charset=utf-8'),
    '/feed-untyped': (_req, res, base) => {
      res.writeHead(200).end(fixture('feed-rss.xml').toString('utf8').replaceAll('{{base}}', base));
    },
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304, { etag: '"abc"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"abc"' }).end(fixture('feed-atom.xml'));
    },
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>starting');
      slowTimers.add(setTimeout(() => res.end('</p></body></html>'), 5_000));
    },
    '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => void res.writeHead(301, { location: '/loop-a' }).end(),
    '/hop/1': (_req, res) => void res.writeHead(302, { location: '/hop/2' }).end(),
    '/hop/2': (_req, res) => void res.writeHead(307, { location: '/page' }).end(),
    '/to-ftp': (_req, res) => void res.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end(),
    '/gone': (_req, res) => void res.writeHead(410).end('gone'),
    '/boom': (_req, res) => void res.writeHead(500).end('internal error'),
    '/unavailable': (_req, res) => void res.writeHead(503, 'Service Unavailable').end(),
    '/big-announced': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' }).end('x'.repeat(50000)),
    '/big-streamed': async (_req, res) => {
      // No Content-Length: the limit must be enforced while reading.
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20 && !res.destroyed; i++) {
        res.write(`<p>${'word '.repeat(1000)}</p>`);
        await new Promise((r) => setTimeout(r, 5));
      }
      res.end();
    },
    '/report.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    '/photo': (_req, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff])),
    '/untyped-binary': (_req, res) => void res.writeHead(200).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])),
  });
  for (let i = 1; i <= 7; i++) {
    server.route(`/chain/${i}`, (_req, res) => void res.writeHead(302, { location: `/chain/${i + 1}` }).end());
  }
  server.route('/chain/8', serveFixture('article-og.html', 'text/html'));
});

afterAll(async () => {
  for (const t of slowTimers) clearTimeout(t);
  await server.close();
});

describe('fetchResource: what it accepts', () => {
  it('an HTML page: text, kind, validators', async () => {
    const r = await fetchResource(`${server.base}/page`, { userAgent: 'sitrep-test/1' });
    if (!r.ok || r.notModified) throw new Error(JSON.stringify(r));
    expect(r).toMatchObject({ status: 200, kind: 'html', encoding: 'utf-8', etag: '"v1"', lastModified: 'Tue, 11 Mar 2025 16:15:00 GMT' });
    expect(r.text).toContain('214 hostages');
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('sitrep-test/1');
  });

  it('a legacy-encoded page is decoded by its meta charset', async () => {
    const r = await fetchResource(`${server.base}/page-1252`);
    expect(r.ok && !r.notModified && r.encoding).toBe('windows-1252');
    expect(r.ok && !r.notModified && r.text).toContain('d’une rare ampleur');
  });

  it.each([['/feed.rss'], ['/feed.atom'], ['/feed-untyped']])('a feed at %s', async (path) => {
    const r = await fetchResource(`${server.base}${path}`);
    expect(r.ok && !r.notModified && r.kind).toBe('feed');
  });

  it('follows redirects (relative Location, 302 then 307) and reports the final URL', async () => {
    const r = await fetchResource(`${server.base}/hop/1`);
    if (!r.ok || r.notModified) throw new Error(JSON.stringify(r));
    expect(r.url).toBe(`${server.base}/hop/1`);
    expect(r.finalUrl).toBe(`${server.base}/page`);
  });

  it('sends If-None-Match and turns a 304 into notModified', async () => {
    const first = await fetchResource(`${server.base}/conditional`);
    expect(first.ok && !first.notModified && first.etag).toBe('"abc"');
    const second = await fetchResource(`${server.base}/conditional`, { etag: '"abc"', lastModified: 'Tue, 11 Mar 2025 16:15:00 GMT' });
    expect(second).toMatchObject({ ok: true, notModified: true, etag: '"abc"' });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"abc"');
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Tue, 11 Mar 2025 16:15:00 GMT');
  });
});

describe('fetchResource: refusals, one clear line each', () => {
  const cases: Array<[string, string, RegExp, { timeoutMs?: number; maxBytes?: number }?]> = [
    ['slow response', '/slow', /^timed out after 300 ms$/, { timeoutMs: 300 }],
    ['redirect loop', '/loop-a', /^redirect loop \(.*\/loop-b -> .*\/loop-a\)$/],
    ['too many redirects', '/chain/1', /^too many redirects \(more than 5\)$/],
    ['redirect to another scheme', '/to-ftp', /^only http and https URLs can be fetched, not ftp \(redirected to ftp:/],
    ['404', '/nowhere', /^HTTP 404 Not Found$/],
    ['410', '/gone', /^HTTP 410 Gone$/],
    ['500', '/boom', /^HTTP 500 Internal Server Error$/],
    ['503', '/unavailable', /^HTTP 503 Service Unavailable$/],
    ['oversized, announced', '/big-announced', /^too large \(50000 bytes announced, limit 10000\)$/, { maxBytes: 10_000 }],
    ['oversized, streamed', '/big-streamed', /^too large \(more than 10000 bytes\)$/, { maxBytes: 10_000 }],
    ['a PDF', '/report.pdf', /^unsupported content type application\/pdf \(expected an HTML page or an RSS\/Atom feed\)$/],
    ['an image', '/photo', /^unsupported content type image\/jpeg/],
    ['untyped binary', '/untyped-binary', /^no content type, and the body does not look like HTML or a feed$/],
  ];
  it.each(cases)('%s', async (_name, path, reason, opts) => {
    const started = Date.now();
    const r = await fetchResource(`${server.base}${path}`, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.url).toBe(`${server.base}${path}`);
    }
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it.each([
    ['file:///etc/passwd', /^only http and https URLs can be fetched, not file$/],
    ['not a url', /^not a valid URL/],
  ])('refuses %s without a request', async (url, reason) => {
    const r = await fetchResource(url);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it('a closed port: connection refused', async () => {
    const closed = await startServer();
    const url = `${closed.base}/x`;
    await closed.close();
    const r = await fetchResource(url, { timeoutMs: 2_000 });
    expect(!r.ok && r.reason).toBe('connection refused');
  });
});
