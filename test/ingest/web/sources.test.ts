import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffMarkup } from '../../../src/ingest/web/fetch.js';
import { reportsFromHtmlBytes, reportsFromUrl } from '../../../src/ingest/web/sources.js';
import { fixture, serveFixture, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/story': serveFixture('article-og.html', 'text/html'),
    '/old-link': (_req, res) => void res.writeHead(301, { location: '/story' }).end(),
    '/live': serveFixture('liveblog-jsonld.html', 'text/html'),
    '/empty': serveFixture('empty-article.html', 'text/html'),
    '/feed': serveFixture('feed-rss.xml', 'application/rss+xml'),
  });
});
afterAll(() => server.close());

describe('reportsFromUrl', () => {
  it('reads an article behind a redirect, keeping where it was fetched from', async () => {
    const r = await reportsFromUrl(`${server.base}/old-link`);
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('article');
    expect(r.reports[0]).toMatchObject({ outlet: 'Valley Times', fetchedFrom: `${server.base}/story`, url: 'https://valleytimes.example/2025/03/12/relief-train' });
  });

  it('a live blog URL gives one report per entry', async () => {
    const r = await reportsFromUrl(`${server.base}/live`);
    expect(r.ok && r.kind).toBe('liveblog');
    expect(r.ok && r.reports).toHaveLength(3);
  });

  it.each([
    ['/empty', /^empty article/],
    ['/feed', /is an RSS\/Atom feed, not a page; follow it with `sitrep watch <url>`/],
    ['/nope', /^HTTP 404/],
  ])('refuses %s with a reason and the URL', async (path, reason) => {
    const r = await reportsFromUrl(`${server.base}${path}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.url).toBe(`${server.base}${path}`);
    }
  });
});

describe('reportsFromHtmlBytes (a saved page)', () => {
  it('decodes legacy bytes and reads the article', () => {
    const r = reportsFromHtmlBytes(fixture('article-1252.html'), { url: 'https://cafe.example/a' });
    expect(r.ok && r.reports[0].text).toContain('dont 43 hommes, 26 femmes et 11 enfants');
  });

  it('refuses bytes that do not decode, naming the URL', () => {
    const bytes = new Uint8Array([...Buffer.from('<html><head><meta charset="utf-8"></head><body>'), ...Array(200).fill(0xff)]);
    const r = reportsFromHtmlBytes(bytes, { url: 'file:///tmp/x.html' });
    expect(r).toMatchObject({ ok: false, url: 'file:///tmp/x.html', reason: expect.stringMatching(/do not match the declared charset utf-8/) });
  });
});

describe('sniffMarkup', () => {
  it.each([
    ['<!DOCTYPE html><html>', 'html'],
    ['\ufeff  <html lang="en">', 'html'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<!-- saved by a browser --><html>', 'html'],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0">', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['Just some notes, not markup.', null],
    ['%PDF-1.7', null],
  ])('%s -> %s', (head, kind) => {
    expect(sniffMarkup(Buffer.from(head, 'utf8'))).toBe(kind);
  });
});
