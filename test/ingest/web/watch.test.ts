import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../../src/ingest/web/fetch.js';
import type { WebReport } from '../../../src/ingest/web/types.js';
import { FeedWatcher, backoffMs, type WatchSummary } from '../../../src/ingest/web/watch.js';
import { FileWatchState, MemoryWatchState, type WatchState } from '../../../src/ingest/web/watch-state.js';
import { fixture, serveFixture, startServer, type TestServer } from './server.js';

/** Serves a fixture with validators and answers conditional requests with 304, as a well-behaved server does. */
function conditional(name: string, contentType: string, etag: string | null, lastModified: string | null) {
  return (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const fresh = (etag && req.headers['if-none-match'] === etag) || (!etag && lastModified && req.headers['if-modified-since'] === lastModified);
    const headers: Record<string, string> = {};
    if (etag) headers.etag = etag;
    if (lastModified) headers['last-modified'] = lastModified;
    if (fresh) return void res.writeHead(304, headers).end();
    const body = fixture(name).toString('utf8').replaceAll('{{base}}', base);
    res.writeHead(200, { ...headers, 'content-type': contentType }).end(body);
  };
}

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startServer({
    '/feeds/world.rss': conditional('feed-rss.xml', 'application/rss+xml', '"world-1"', 'Wed, 12 Mar 2025 07:30:00 GMT'),
    '/feeds/asia.atom': conditional('feed-atom.xml', 'application/atom+xml', null, 'Tue, 11 Mar 2025 16:30:00 GMT'),
    '/feeds/broken.xml': serveFixture('feed-broken.xml', 'application/xml'),
    '/live': conditional('liveblog-markup.html', 'text/html; charset=utf-8', '"live-1"', null),
    '/pages/article-og.html': serveFixture('article-og.html', 'text/html'),
    '/pages/article-jsonld.html': serveFixture('article-jsonld.html', 'text/html'),
    '/pages/syndicated-copy.html': serveFixture('syndicated-copy.html', 'text/html'),
  });
  dir = await mkdtemp(join(tmpdir(), 'sitrep-watch-'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** The in-memory "store": reports by content, like the real one (same text = same report). */
function memoryIngest() {
  const stored = new Map<string, WebReport>();
  return {
    stored,
    ingestPage: async (r: WebReport) => {
      const created = !stored.has(r.text);
      stored.set(r.text, r);
      return { created };
    },
  };
}

describe('FeedWatcher --once against a local server', () => {
  it('ingests new items, resumes from its state file, and uses conditional requests', async () => {
    const feeds = ['/feeds/world.rss', '/feeds/asia.atom', '/live', '/feeds/broken.xml'].map((p) => `${server.base}${p}`);
    const statePath = join(dir, '.sitrep', 'watch-state.json');
    const sink = memoryIngest();
    const run = (): Promise<WatchSummary> =>
      new FeedWatcher({
        feeds, fetchResource, ingestPage: sink.ingestPage, state: new FileWatchState(statePath),
        intervalMs: 60_000, minHostIntervalMs: 0, fetchOptions: { timeoutMs: 5_000 },
      }).pollOnce();

    // First run: everything is new.
    const first = await run();
    const byFeed = Object.fromEntries(first.feeds.map((f) => [f.feed.replace(server.base, ''), f]));
    expect(byFeed['/feeds/world.rss']).toMatchObject({ status: 'new', items: 3, newItems: 3, ingested: 2 });
    expect(byFeed['/feeds/world.rss'].errors).toEqual([
      { item: 'fd-2025-0310-missing', url: `${server.base}/missing`, reason: 'HTTP 404 Not Found', gaveUp: false },
    ]);
    expect(byFeed['/feeds/asia.atom']).toMatchObject({ status: 'new', newItems: 2, ingested: 2, errors: [] });
    expect(byFeed['/live']).toMatchObject({ status: 'new', newItems: 3, ingested: 3 });
    expect(byFeed['/feeds/broken.xml']).toMatchObject({ status: 'error', reason: expect.stringMatching(/not a readable RSS or Atom feed/) });
    expect(first).toMatchObject({ ingested: 7, feedErrors: 1, itemErrors: 1 });

    // What was ingested: page metadata, with the feed filling what a page lacks.
    const reports = [...sink.stored.values()];
    expect(reports.map((r) => r.url).sort()).toEqual([
      'https://coastal-herald.example/news/militants-hold-hundreds',
      'https://frontier-daily.example/world/2025/03/11/train-seized',
      'https://plains-courier.example/live/river-flooding#e-1040',
      'https://plains-courier.example/live/river-flooding#e-1041',
      'https://plains-courier.example/live/river-flooding#e-1042',
      'https://valleytimes.example/2025/03/12/relief-train',
      undefined, // the Atom entry with full content and no link
    ]);
    const statement = reports.find((r) => r.url === undefined)!;
    expect(statement).toMatchObject({ title: 'Statement read out at the provincial assembly', published: '2025-03-11T12:00:00Z' });
    expect(statement.text).toMatch(/would not negotiate/);

    // The state file: seen ids, validators, backoff of the broken feed.
    const state = JSON.parse(await readFile(statePath, 'utf8')) as WatchState;
    const world = state.feeds[feeds[0]];
    expect(world.seen).toEqual(['fd-2025-0311-train', 'fd-2025-0312-relief']); // oldest first
    expect(world.failures).toEqual({ 'fd-2025-0310-missing': 1 });
    expect(world.etag).toBeUndefined(); // an item awaits a retry: no 304 may hide it
    expect(state.feeds[feeds[1]].lastModified).toBe('Tue, 11 Mar 2025 16:30:00 GMT');
    expect(state.feeds[feeds[2]].etag).toBe('"live-1"');
    const broken = state.feeds[feeds[3]];
    expect(broken.errors).toBe(1);
    expect(Date.parse(broken.nextPoll!) - Date.parse(broken.lastPoll!)).toBe(120_000);

    // Second run, a new process as far as the watcher knows: nothing new is ingested.
    const before = server.requests.length;
    const second = await run();
    const requests = server.requests.slice(before);
    expect(second.ingested).toBe(0);
    const status = Object.fromEntries(second.feeds.map((f) => [f.feed.replace(server.base, ''), f.status]));
    // The RSS feed is fetched in full (its failed item is still pending) and lists that one item as new.
    expect(second.feeds[0]).toMatchObject({ newItems: 1, ingested: 0 });
    expect(status).toEqual({ '/feeds/world.rss': 'new', '/feeds/asia.atom': 'not-modified', '/live': 'not-modified', '/feeds/broken.xml': 'error' });
    const atomReq = requests.find((r) => r.path === '/feeds/asia.atom')!;
    expect(atomReq.headers['if-modified-since']).toBe('Tue, 11 Mar 2025 16:30:00 GMT');
    expect(requests.find((r) => r.path === '/live')!.headers['if-none-match']).toBe('"live-1"');
    // Only the failed item's page is asked for again; stored pages are not re-fetched.
    expect(requests.map((r) => r.path).filter((p) => p.startsWith('/pages') || p === '/missing')).toEqual(['/missing']);
    const brokenAfter = (JSON.parse(await readFile(statePath, 'utf8')) as WatchState).feeds[feeds[3]];
    expect(brokenAfter.errors).toBe(2);
    expect(Date.parse(brokenAfter.nextPoll!) - Date.parse(brokenAfter.lastPoll!)).toBe(240_000);

    // Third run: the missing page fails a third time and is given up; then the feed may be 304'd.
    const third = await run();
    expect(third.feeds[0].errors).toEqual([expect.objectContaining({ item: 'fd-2025-0310-missing', gaveUp: true })]);
    const fourthStart = server.requests.length;
    const fourth = await run();
    expect(fourth.feeds[0].status).toBe('not-modified');
    expect(server.requests[fourthStart].headers['if-none-match']).toBe('"world-1"');
    expect(sink.stored.size).toBe(7);
  });

  it('one failing item does not stop the others, and it is retried on the next poll', async () => {
    const seenUrls: string[] = [];
    let failOnce = true;
    const watcher = new FeedWatcher({
      feeds: [`${server.base}/feeds/world.rss`], fetchResource, state: new MemoryWatchState(), minHostIntervalMs: 0,
      ingestPage: async (r) => {
        if (failOnce && r.url?.includes('train-seized')) {
          failOnce = false;
          throw new Error('database is locked');
        }
        seenUrls.push(r.url!);
        return { created: true };
      },
    });
    const first = await watcher.pollOnce();
    expect(first.feeds[0].errors.map((e) => e.reason)).toEqual(['HTTP 404 Not Found', 'could not store: database is locked']);
    expect(seenUrls).toEqual(['https://valleytimes.example/2025/03/12/relief-train']);
    const second = await watcher.pollOnce();
    expect(second.ingested).toBe(1);
    expect(seenUrls).toContain('https://frontier-daily.example/world/2025/03/11/train-seized');
  });

  it('keeps a minimum interval between requests to the same host', async () => {
    const start = server.requests.length;
    const times: number[] = [];
    const timed: typeof fetchResource = async (url, opts) => {
      times.push(Date.now());
      return fetchResource(url, opts);
    };
    await new FeedWatcher({
      feeds: [`${server.base}/feeds/asia.atom`, `${server.base}/feeds/world.rss`], fetchResource: timed,
      ingestPage: async () => ({ created: true }), state: new MemoryWatchState(), minHostIntervalMs: 120,
    }).pollOnce();
    expect(server.requests.length - start).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(110);
  });

  it('run() polls due feeds, sleeps until the next one is due, and stops on abort', async () => {
    const controller = new AbortController();
    const sleeps: number[] = [];
    let clock = Date.parse('2025-03-11T12:00:00Z');
    const ingested: string[] = [];
    const watcher = new FeedWatcher({
      feeds: [`${server.base}/feeds/asia.atom`], fetchResource, state: new MemoryWatchState(), minHostIntervalMs: 0,
      intervalMs: 300_000, now: () => clock,
      ingestPage: async (r) => void ingested.push(r.title ?? ''),
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
        if (sleeps.length === 2) controller.abort();
      },
    });
    await watcher.run(controller.signal);
    // Polled at start (2 items) and again after the interval (304, nothing new); slept the interval each time.
    expect(ingested).toHaveLength(2);
    expect(sleeps).toEqual([300_000, 300_000]);
    expect(server.requests.filter((r) => r.path === '/feeds/asia.atom').at(-1)?.headers['if-modified-since']).toBe('Tue, 11 Mar 2025 16:30:00 GMT');
  });

  it('backoff doubles per consecutive error up to its ceiling', () => {
    expect([0, 1, 2, 3, 10].map((e) => backoffMs(e, 60_000, 600_000))).toEqual([60_000, 120_000, 240_000, 480_000, 600_000]);
  });

  it('the state file is replaced atomically and refuses foreign content', async () => {
    const path = join(dir, 'other', 'state.json');
    const store = new FileWatchState(path);
    expect(await store.load()).toEqual({ version: 1, feeds: {} });
    await store.save({ version: 1, feeds: { 'http://x/': { seen: ['a'], errors: 0 } } });
    expect((await store.load()).feeds['http://x/'].seen).toEqual(['a']);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, '{"hello":"world"}');
    await expect(store.load()).rejects.toThrow(/not a sitrep watch state file/);
  });
});
