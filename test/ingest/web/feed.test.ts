import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/ingest/web/feed.js';
import { fixture } from './server.js';

const BASE = 'http://127.0.0.1:8123';
const feedText = (name: string): string => fixture(name).toString('utf8').replaceAll('{{base}}', BASE);

describe('readFeed', () => {
  it('RSS 2.0: guid, link, title, date, summary as plain text', () => {
    const f = readFeed(feedText('feed-rss.xml'), { url: `${BASE}/feeds/world.rss` });
    if (!f.ok) throw new Error(f.reason);
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Frontier Daily – World');
    expect(f.items).toHaveLength(3);
    expect(f.items[0]).toEqual({
      id: 'fd-2025-0312-relief',
      url: `${BASE}/pages/article-og.html`,
      title: 'Relief train reaches Mushkaf as rescue continues',
      published: '2025-03-12T07:30:00Z',
      summary: 'Doctors and rescue workers arrived near the tunnel early on Wednesday.',
    });
  });

  it('Atom: ids, links, and full content when the entry has no link', () => {
    const f = readFeed(feedText('feed-atom.xml'));
    if (!f.ok) throw new Error(f.reason);
    expect(f.format).toBe('atom');
    expect(f.items.map((i) => i.id)).toEqual(['urn:example:coastal-herald:2025:0311:train', 'urn:example:coastal-herald:2025:0311:statement']);
    expect(f.items[0]).toMatchObject({ url: `${BASE}/pages/syndicated-copy.html`, published: '2025-03-11T16:05:00Z' });
    expect(f.items[1].url).toBeUndefined();
    expect(f.items[1].content).toMatch(/^The provincial home minister told the assembly/);
  });

  it('survives malformed XML (bare ampersands, a stray <br>, an unclosed title, no closing root)', () => {
    const f = readFeed(feedText('feed-malformed.xml'));
    if (!f.ok) throw new Error(f.reason);
    expect(f.title).toBe('Hill Post & Gazette');
    expect(f.items[0]).toMatchObject({ id: 'hp-landslide', title: 'Roads reopen after landslide & storm' });
    expect(f.items[0].summary).toContain('traffic is moving again');
  });

  it('items without guid fall back to the link, then to a stable hash', () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
      <item><title>One</title><link>${BASE}/one</link></item>
      <item><title>Two</title><pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>`;
    const a = readFeed(xml);
    const b = readFeed(xml);
    if (!a.ok || !b.ok) throw new Error('not parsed');
    expect(a.items[0].id).toBe(`${BASE}/one`);
    expect(a.items[1].id).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(a.items[1].id).toBe(b.items[1].id);
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['a crashed export (plain text)', feedText('feed-broken.xml'), /not a readable RSS or Atom feed/],
    ['an HTML page', fixture('article-og.html').toString('utf8'), /not a feed: the document is an HTML page/],
    ['an empty document', '  \n', /empty feed document/],
    ['some other XML', '<?xml version="1.0"?><invoice><total>3</total></invoice>', /not a readable RSS or Atom feed/],
  ];
  it.each(refusals)('refuses %s with a reason', (_name, xml, reason) => {
    const f = readFeed(xml, { url: `${BASE}/feed` });
    expect(f.ok).toBe(false);
    if (!f.ok) {
      expect(f.reason).toMatch(reason);
      expect(f.url).toBe(`${BASE}/feed`);
    }
  });
});
