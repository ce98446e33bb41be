import { describe, expect, it } from 'vitest';
import { decodeMarkup } from '../../../src/ingest/web/charset.js';
import { readLiveBlogHtml } from '../../../src/ingest/web/liveblog.js';
import { readPage } from '../../../src/ingest/web/page.js';
import { readReports } from '../../../src/ingest/web/reports.js';
import type { WebReport } from '../../../src/ingest/web/types.js';
import { fixture } from './server.js';

function html(name: string): string {
  const d = decodeMarkup(fixture(name));
  if (!d.ok) throw new Error(d.reason);
  return d.text;
}

describe('readPage: metadata', () => {
  const cases: Array<{ file: string; url?: string; expect: Partial<WebReport> }> = [
    {
      file: 'article-jsonld.html',
      url: 'https://mirror.example/x?utm=1',
      expect: {
        title: 'Gunmen seize passenger train in Balochistan tunnel',
        outlet: 'Frontier Daily', // JSON-LD publisher, resolved through its @id in the @graph
        outletFrom: 'publisher',
        published: '2025-03-11T13:40:00Z', // +05:00 normalised to UTC
        modified: '2025-03-11T16:15:00Z',
        url: 'https://frontier-daily.example/world/2025/03/11/train-seized', // canonical, not the fetched URL
        lang: 'en-GB',
        fetchedFrom: 'https://mirror.example/x?utm=1',
      },
    },
    {
      file: 'article-og.html',
      expect: {
        title: 'Relief train reaches Mushkaf as rescue continues',
        outlet: 'Valley Times',
        outletFrom: 'site_name',
        published: '2025-03-12T07:30:00Z',
        modified: '2025-03-12T09:10:00Z',
        url: 'https://valleytimes.example/2025/03/12/relief-train',
        lang: 'en',
      },
    },
    {
      file: 'article-1252.html',
      url: 'https://www.cafe-monde.example/monde/train',
      expect: {
        title: 'Prise d’otages dans un train au Pakistan – Le Café du Monde',
        outlet: 'Le Café du Monde',
        published: '2025-03-11T16:00:00Z',
        url: 'https://www.cafe-monde.example/monde/train', // no canonical: the page's own URL
        lang: 'fr',
      },
    },
  ];
  it.each(cases)('$file', ({ file, url, expect: want }) => {
    const r = readPage(html(file), { url });
    expect(r.ok).toBe(true);
    expect(r).toMatchObject(want);
  });

  it('falls back to the host name as outlet when the page names none', () => {
    const page = `<html><body><article><p>${'Flood water rose again overnight in the low parts of the town, officials said. '.repeat(4)}</p></article></body></html>`;
    const r = readPage(page, { url: 'https://www.town-news.example/a/1' });
    expect(r).toMatchObject({ ok: true, outlet: 'town-news.example', outletFrom: 'host', url: 'https://www.town-news.example/a/1' });
  });

  it('reads <time datetime> when there is no meta time, and takes a bare offset-less time as UTC', () => {
    const page = `<html><body><article><h1>Quake</h1><p>Posted <time datetime="2025-02-01T06:15">at dawn</time></p><p>${'The tremor was felt in three provinces and several old houses collapsed. '.repeat(4)}</p></article></body></html>`;
    expect(readPage(page)).toMatchObject({ ok: true, published: '2025-02-01T06:15:00Z' });
  });
});

describe('readPage: article text', () => {
  it('keeps the article paragraphs, separated by blank lines, and drops the boilerplate', () => {
    const r = readPage(html('article-jsonld.html'));
    if (!r.ok) throw new Error(r.reason);
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Armed men brought a passenger train to a halt/);
    expect(paragraphs[3]).toBe('Security sources in Islamabad said 80 people had been freed so far, among them 43 men, 26 women and 11 children.');
    for (const junk of ['cookies', 'Accept all', 'Business', 'More from World', 'Wheat prices', 'All rights reserved', 'analytics', 'font-family', '6.40pm']) {
      expect(r.text).not.toContain(junk);
    }
  });

  it('decodes legacy bytes before reading: the French page keeps its accents and typographic quotes', () => {
    const r = readPage(html('article-1252.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).toContain('« une attaque d’une rare ampleur »');
    expect(r.text).toContain('dont 43 hommes, 26 femmes et 11 enfants');
    expect(r.text).not.toContain('Accueil');
    expect(r.text).not.toContain('tous droits réservés');
  });

  it('text offsets are stable: a figure found in the text slices back to itself', () => {
    const r = readPage(html('article-jsonld.html'));
    if (!r.ok) throw new Error(r.reason);
    const start = r.text.indexOf('214 hostages');
    expect(r.text.slice(start, start + 12)).toBe('214 hostages');
  });

  it('keeps a no-break space between thousands (one number) and folds every other space run', () => {
    const page = '<html><body><article><h1>Floods in the delta</h1><p>The agency counted 9&nbsp;105 displaced people '
      + 'in the delta,&nbsp;&nbsp;and 1&#8239;200 more in the hills.</p><p>Rescuers worked   through the night '
      + 'to reach the villages cut off by the water, the agency said on Sunday evening.</p></article></body></html>';
    const r = readPage(page);
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).toContain('9\u00a0105 displaced people in the delta, and 1\u202f200 more');
    expect(r.text).toContain('Rescuers worked through the night');
  });

  const empty: Array<{ name: string; page: string; reason: RegExp }> = [
    { name: 'JavaScript shell page', page: html('empty-article.html'), reason: /empty article/ },
    { name: 'empty body', page: '<html><head><title>x</title></head><body>  </body></html>', reason: /empty page/ },
    { name: 'no markup at all', page: '', reason: /empty page/ },
    { name: 'a paywall stub', page: '<html><body><article><p>Subscribe to read more.</p></article></body></html>', reason: /only 4 words/ },
  ];
  it.each(empty)('refuses an empty article: $name', ({ page, reason }) => {
    const r = readPage(page, { url: 'https://x.example/p' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.url).toBe('https://x.example/p');
    }
  });
});

describe('live blogs', () => {
  it('JSON-LD LiveBlogPosting: one report per update, with its own time and #fragment', () => {
    const r = readReports(html('liveblog-jsonld.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('liveblog');
    expect(r.reports.map((e) => [e.url, e.published, e.title])).toEqual([
      ['https://frontier-daily.example/live/train-siege#update-3', '2025-03-11T19:20:00Z', 'Army says operation is under way'],
      ['https://frontier-daily.example/live/train-siege#update-2', '2025-03-11T15:45:00Z', 'Dozens released, officials say'],
      ['https://frontier-daily.example/live/train-siege#update-1', '2025-03-11T11:05:00Z', 'Train stopped in tunnel'],
    ]);
    expect(r.reports[1].text).toBe(
      'Security sources in Islamabad told us 80 people had been released, including 43 men, 26 women and 11 children.\n\nThe freed passengers were walking towards the nearest station, the sources added.',
    );
    expect(r.reports.every((e) => e.outlet === 'Frontier Daily' && e.liveBlog === 'https://frontier-daily.example/live/train-siege')).toBe(true);
  });

  it('markup entries (li with <time datetime>): entry ids, local times to UTC, no timestamp or author in the text', () => {
    const r = readReports(html('liveblog-markup.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('liveblog');
    expect(r.reports.map((e) => [e.url, e.published])).toEqual([
      ['https://plains-courier.example/live/river-flooding#e-1042', '2025-07-02T14:30:00Z'],
      ['https://plains-courier.example/live/river-flooding#e-1041', '2025-07-02T11:10:00Z'],
      ['https://plains-courier.example/live/river-flooding#e-1040', '2025-07-02T07:00:00Z'],
    ]);
    expect(r.reports[0].text).toBe('The regional civil protection agency now puts the number of people moved out of their homes at 1,200, up from 700 this morning.');
    expect(r.reports.every((e) => e.outlet === 'Plains Courier')).toBe(true);
  });

  it('numbers entries #1, #2… when they carry no id', () => {
    const entry = (t: string, s: string): string => `<div class="post"><time datetime="${t}">${t}</time><p>${s}</p></div>`;
    const page = `<html><body><div class="live-updates">${entry('2025-05-01T10:00:00Z', 'The ferry company says all crew members are accounted for.')}${entry('2025-05-01T09:00:00Z', 'Coast guard boats are searching the bay near the harbour.')}</div></body></html>`;
    const entries = readLiveBlogHtml(page, { url: 'https://port.example/live#top' });
    expect(entries?.map((e) => e.url)).toEqual(['https://port.example/live#1', 'https://port.example/live#2']);
  });

  it('a LiveBlogPosting whose updates carry no text: the marked-up entries are used, two are enough', () => {
    const ld = '<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Storm live","liveBlogUpdate":[{"@type":"BlogPosting","headline":"x"}]}</script>';
    const entry = (id: string, t: string, s: string): string => `<section id="${id}"><time datetime="${t}">${t}</time><p>${s}</p></section>`;
    const page = `<html><head>${ld}</head><body><div>${entry('p2', '2025-09-01T12:00:00Z', 'Power is back in most of the northern districts, the utility said.')}${entry('p1', '2025-09-01T08:00:00Z', 'Winds of more than 100 km/h hit the coast overnight.')}</div></body></html>`;
    const r = readReports(page, { url: 'https://storm.example/live' });
    expect(r.ok && r.kind).toBe('liveblog');
    expect(r.ok && r.reports.map((e) => [e.url, e.published, e.title])).toEqual([
      ['https://storm.example/live#p2', '2025-09-01T12:00:00Z', 'Storm live'],
      ['https://storm.example/live#p1', '2025-09-01T08:00:00Z', 'Storm live'],
    ]);
  });

  it('an article with a timestamped related-links list stays one article', () => {
    const r = readReports(html('article-jsonld.html'));
    expect(r.ok && r.kind).toBe('article');
    expect(r.ok && r.reports).toHaveLength(1);
  });

  it('a grid of dated teaser cards (even class="post-card") next to the story is neither a live blog nor story text', () => {
    const cards = Array.from({ length: 40 }, (_, i) =>
      `<div class="post-card"><a href="/t${i}"><h3>Another headline, number ${i}, about something else entirely</h3></a><p>Short standfirst ${i}.</p><time datetime="2025-03-0${(i % 9) + 1}T10:00:00Z">x</time></div>`).join('');
    const page = html('article-jsonld.html').replace('</main>', `<div class="grid">${cards}</div></main>`);
    const r = readReports(page);
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('article');
    expect(r.reports[0].text).toMatch(/^Armed men brought/);
    expect(r.reports[0].text).not.toContain('Another headline');
  });

  it('an archive page of dated excerpts (no live-blog label) is not split into entries', () => {
    const post = (i: number): string => `<article class="post entry"><h2><a href="/p${i}">Budget, part ${i}</a></h2><time datetime="2025-04-0${i}T09:00:00Z">April ${i}</time><p>The vote followed a long debate about road repairs and the cost of the new clinic, members said afterwards.</p></article>`;
    const page = `<html><body class="archive post-template"><main>${[1, 2, 3, 4].map(post).join('')}</main></body></html>`;
    expect(readLiveBlogHtml(page)).toBeNull();
  });

  it('an empty live blog is refused like an empty article', () => {
    const r = readReports('<html><body><div class="live"><time datetime="2025-01-01T00:00:00Z">now</time></div></body></html>');
    expect(r.ok).toBe(false);
  });
});
