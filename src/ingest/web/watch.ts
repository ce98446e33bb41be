// The feed follower behind `sitrep watch`: polls feeds with conditional requests, backs off exponentially
// on errors, keeps a minimum interval between requests to the same host, fetches the pages of new items,
// reads them (readReports) and hands each report to the injected `ingestPage`. What it has seen lives in a
// WatchStateStore, saved after every item, so a restart resumes where it stopped. One failing item is
// reported and the rest goes on. A watched URL that serves HTML (a live blog) is re-read on every poll and
// its new entries ingested.
import { createHash } from 'node:crypto';
import { readFeed, type FeedItem } from './feed.js';
import type { FetchOptions, FetchResource } from './fetch.js';
import { hostOf } from './metadata.js';
import { MIN_ARTICLE_WORDS } from './page.js';
import { readReports } from './reports.js';
import type { WebReport } from './types.js';
import { SEEN_LIMIT, type FeedState, type WatchState, type WatchStateStore } from './watch-state.js';

export interface IngestContext {
  feed: string;
  item: FeedItem;
}

/** What the caller did with a report; `created: false` means it was already stored (same content). */
export type IngestOutcome = { created: boolean } | void;

export interface WatchOptions {
  feeds: string[];
  fetchResource: FetchResource;
  ingestPage: (report: WebReport, ctx: IngestContext) => Promise<IngestOutcome>;
  state: WatchStateStore;
  /** Time between polls of one feed when all is well (default 10 minutes). */
  intervalMs?: number;
  /** Minimum time between two requests to the same host (default 2 s). */
  minHostIntervalMs?: number;
  /** Ceiling of the error backoff (default 6 hours). */
  maxBackoffMs?: number;
  /** An item that fails this many polls in a row is given up on (default 3). */
  maxItemAttempts?: number;
  fetchOptions?: Omit<FetchOptions, 'etag' | 'lastModified'>;
  onEvent?: (event: WatchEvent) => void;
  /** Injected clock and sleep, for tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface ItemError {
  item: string;
  url?: string;
  reason: string;
  /** True when the item will not be retried any more. */
  gaveUp: boolean;
}

export interface FeedPollSummary {
  feed: string;
  status: 'new' | 'unchanged' | 'not-modified' | 'error';
  /** Items (or page entries) the feed listed this time. */
  items: number;
  newItems: number;
  /** Reports handed to ingestPage. */
  ingested: number;
  /** Of those, reports the store already had. */
  alreadyStored: number;
  errors: ItemError[];
  /** For status 'error': why the feed itself could not be read. */
  reason?: string;
  nextPoll: string;
}

export interface WatchSummary {
  feeds: FeedPollSummary[];
  ingested: number;
  alreadyStored: number;
  feedErrors: number;
  itemErrors: number;
}

export type WatchEvent =
  | { type: 'feed'; summary: FeedPollSummary }
  | { type: 'report'; feed: string; item: string; report: WebReport; created: boolean | null }
  | { type: 'item-error'; feed: string; error: ItemError };

const DEFAULTS = {
  intervalMs: 10 * 60_000,
  minHostIntervalMs: 2_000,
  maxBackoffMs: 6 * 60 * 60_000,
  maxItemAttempts: 3,
};

export function backoffMs(errors: number, intervalMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, intervalMs * 2 ** Math.max(0, Math.min(errors, 30)));
}

const realSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export class FeedWatcher {
  private readonly opts: Required<Omit<WatchOptions, 'onEvent' | 'fetchOptions'>> & Pick<WatchOptions, 'onEvent' | 'fetchOptions'>;
  private readonly lastHit = new Map<string, number>();
  private state: WatchState | null = null;

  constructor(options: WatchOptions) {
    this.opts = {
      ...DEFAULTS,
      now: Date.now,
      sleep: realSleep,
      ...options,
    };
  }

  /** Polls every feed once, whatever its schedule (for cron and tests), and says what happened. */
  async pollOnce(): Promise<WatchSummary> {
    const feeds: FeedPollSummary[] = [];
    for (const feed of this.opts.feeds) feeds.push(await this.pollFeed(feed));
    return summarize(feeds);
  }

  /** Polls each feed when it is due until the signal aborts; the state is saved as it goes. */
  async run(signal: AbortSignal): Promise<void> {
    const state = await this.loadState();
    while (!signal.aborted) {
      const now = this.opts.now();
      const due = this.opts.feeds.filter((f) => Date.parse(state.feeds[f]?.nextPoll ?? '') <= now || !state.feeds[f]?.nextPoll);
      for (const feed of due) {
        if (signal.aborted) return;
        await this.pollFeed(feed);
      }
      const next = Math.min(...this.opts.feeds.map((f) => Date.parse(state.feeds[f]?.nextPoll ?? '') || now));
      await this.opts.sleep(Math.max(1000, next - this.opts.now()), signal);
    }
  }

  async pollFeed(feed: string): Promise<FeedPollSummary> {
    const state = await this.loadState();
    const fs: FeedState = (state.feeds[feed] ??= { seen: [], errors: 0 });
    const o = this.opts;
    const summary: FeedPollSummary = {
      feed, status: 'unchanged', items: 0, newItems: 0, ingested: 0, alreadyStored: 0, errors: [], nextPoll: '',
    };
    const finish = async (): Promise<FeedPollSummary> => {
      const now = o.now();
      fs.lastPoll = new Date(now).toISOString();
      fs.nextPoll = new Date(now + (summary.status === 'error' ? backoffMs(fs.errors, o.intervalMs, o.maxBackoffMs) : o.intervalMs)).toISOString();
      summary.nextPoll = fs.nextPoll;
      await o.state.save(state);
      o.onEvent?.({ type: 'feed', summary });
      return summary;
    };

    await this.pace(feed);
    const res = await o.fetchResource(feed, { ...o.fetchOptions, etag: fs.etag, lastModified: fs.lastModified });
    if (!res.ok) return this.feedFailed(fs, summary, res.reason, finish);
    if (res.notModified) {
      fs.errors = 0;
      delete fs.lastError;
      summary.status = 'not-modified';
      return finish();
    }

    let items: FeedItem[];
    let pageReports: Map<string, WebReport> | null = null;
    if (res.kind === 'feed') {
      const parsed = readFeed(res.text, { url: res.finalUrl });
      if (!parsed.ok) return this.feedFailed(fs, summary, parsed.reason, finish);
      items = parsed.items;
    } else {
      // A watched page (typically a live blog): its entries are the items, already read.
      const page = readReports(res.text, { url: res.finalUrl });
      if (!page.ok) return this.feedFailed(fs, summary, page.reason, finish);
      pageReports = new Map();
      items = page.reports.map((r) => {
        const id = `${r.url ?? res.finalUrl} ${createHash('sha256').update(r.text).digest('hex').slice(0, 16)}`;
        pageReports!.set(id, r);
        return { id, url: r.url, title: r.title, published: r.published };
      });
    }
    fs.errors = 0;
    delete fs.lastError;
    summary.items = items.length;

    const seen = new Set(fs.seen);
    const fresh = oldestFirst(items.filter((it) => !seen.has(it.id)));
    summary.newItems = fresh.length;
    if (fresh.length > 0) summary.status = 'new';

    for (const item of fresh) {
      const error = await this.ingestItem(feed, item, pageReports?.get(item.id) ?? null, summary);
      if (error === null) {
        fs.seen.push(item.id);
        if (fs.failures) delete fs.failures[item.id];
      } else {
        const attempts = (fs.failures ??= {})[item.id] = (fs.failures[item.id] ?? 0) + 1;
        const itemError: ItemError = { item: item.id, reason: error, gaveUp: attempts >= o.maxItemAttempts };
        if (item.url) itemError.url = item.url;
        if (itemError.gaveUp) {
          fs.seen.push(item.id);
          delete fs.failures[item.id];
        }
        summary.errors.push(itemError);
        o.onEvent?.({ type: 'item-error', feed, error: itemError });
      }
      if (fs.seen.length > SEEN_LIMIT) fs.seen.splice(0, fs.seen.length - SEEN_LIMIT);
      // Saved per item: killed half-way through a feed, the next run skips what was already done.
      await o.state.save(state);
    }
    if (fs.failures && Object.keys(fs.failures).length === 0) delete fs.failures;

    // Validators are kept only when nothing is waiting for a retry; otherwise a 304 would hide those items.
    if (fs.failures) {
      delete fs.etag;
      delete fs.lastModified;
    } else {
      if (res.etag) fs.etag = res.etag;
      else delete fs.etag;
      if (res.lastModified) fs.lastModified = res.lastModified;
      else delete fs.lastModified;
    }
    return finish();
  }

  /** Returns null on success, or the reason the item failed. */
  private async ingestItem(feed: string, item: FeedItem, ready: WebReport | null, summary: FeedPollSummary): Promise<string | null> {
    let reports: WebReport[];
    if (ready) reports = [ready];
    else {
      const read = await this.readItem(item);
      if (typeof read === 'string') return read;
      reports = read;
    }
    try {
      for (const report of reports) {
        const outcome = await this.opts.ingestPage(report, { feed, item });
        const created = outcome && typeof outcome === 'object' ? outcome.created : null;
        summary.ingested++;
        if (created === false) summary.alreadyStored++;
        this.opts.onEvent?.({ type: 'report', feed, item: item.id, report, created });
      }
    } catch (e) {
      return `could not store: ${(e as Error).message}`;
    }
    return null;
  }

  /** The item's page read into reports, or a reason; falls back to the feed's own full text when it has it. */
  private async readItem(item: FeedItem): Promise<WebReport[] | string> {
    const fromFeed = (): WebReport[] | null => {
      const text = item.content ?? '';
      if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) return null;
      return [withItemMeta({ text }, item)];
    };
    if (!item.url) return fromFeed() ?? 'the item has neither a link nor full text';
    await this.pace(item.url);
    const page = await this.opts.fetchResource(item.url, this.opts.fetchOptions);
    if (!page.ok) return fromFeed() ?? page.reason;
    if (page.notModified) return 'the server answered 304 to an unconditional request';
    if (page.kind !== 'html') return fromFeed() ?? 'the item links to a feed, not a page';
    const read = readReports(page.text, { url: page.finalUrl });
    if (!read.ok) return fromFeed() ?? read.reason;
    return read.reports.map((r) => withItemMeta(r, item));
  }

  private async feedFailed(fs: FeedState, summary: FeedPollSummary, reason: string, finish: () => Promise<FeedPollSummary>): Promise<FeedPollSummary> {
    fs.errors++;
    fs.lastError = reason;
    summary.status = 'error';
    summary.reason = reason;
    return finish();
  }

  /** Waits until the host may be asked again, then books the slot. */
  private async pace(url: string): Promise<void> {
    const host = hostOf(url) ?? url;
    const last = this.lastHit.get(host);
    if (last !== undefined) {
      const wait = last + this.opts.minHostIntervalMs - this.opts.now();
      if (wait > 0) await this.opts.sleep(wait);
    }
    this.lastHit.set(host, this.opts.now());
  }

  private async loadState(): Promise<WatchState> {
    this.state ??= await this.opts.state.load();
    return this.state;
  }
}

/** What the page does not say, the feed item may: title, time, link. */
function withItemMeta(report: WebReport, item: FeedItem): WebReport {
  const r = { ...report };
  if (!r.title && item.title) r.title = item.title;
  if (!r.published && item.published) r.published = item.published;
  if (!r.url && item.url) r.url = item.url;
  return r;
}

/** Ingest in publication order so that an original is stored before the copies that follow it. */
function oldestFirst(items: FeedItem[]): FeedItem[] {
  // Feeds list newest first; without dates, reversing the feed order is the best guess.
  const indexed = items.map((it, i) => ({ it, i, t: it.published ? Date.parse(it.published) : NaN }));
  indexed.sort((a, b) => {
    const an = Number.isNaN(a.t);
    const bn = Number.isNaN(b.t);
    if (an !== bn) return an ? 1 : -1;
    if (!an && a.t !== b.t) return a.t - b.t;
    return b.i - a.i;
  });
  return indexed.map((x) => x.it);
}

function summarize(feeds: FeedPollSummary[]): WatchSummary {
  return {
    feeds,
    ingested: feeds.reduce((s, f) => s + f.ingested, 0),
    alreadyStored: feeds.reduce((s, f) => s + f.alreadyStored, 0),
    feedErrors: feeds.filter((f) => f.status === 'error').length,
    itemErrors: feeds.reduce((s, f) => s + f.errors.length, 0),
  };
}
