// Public surface of web ingest; the CLI imports from here.
export { decodeMarkup, charsetFromContentType, type DecodedMarkup } from './charset.js';
export { readPage, MIN_ARTICLE_WORDS, type ReadPageOptions } from './page.js';
export { readLiveBlog, readLiveBlogHtml } from './liveblog.js';
export { readReports } from './reports.js';
export { readFeed, type FeedItem, type FeedReport } from './feed.js';
export {
  fetchResource, classifyContentType, DEFAULT_FETCH, MAX_REDIRECTS,
  type FetchOptions, type FetchResult, type FetchResource, type Fetched, type NotModified,
} from './fetch.js';
export {
  signature, resemblance, isNearDuplicate, findOriginal, CopyIndex, encodeSignature, decodeSignature,
  DEFAULT_CONTAINMENT, type Signature, type Candidate, type OriginalMatch,
} from './near-duplicate.js';
export {
  FeedWatcher, backoffMs,
  type WatchOptions, type WatchSummary, type FeedPollSummary, type WatchEvent, type IngestContext, type IngestOutcome,
} from './watch.js';
export { FileWatchState, MemoryWatchState, emptyState, type WatchState, type WatchStateStore, type FeedState } from './watch-state.js';
export type { WebReport, PageReport, PageReports, Refusal } from './types.js';
export { reportsFromHtmlBytes, reportsFromUrl } from './sources.js';
export { sniffMarkup } from './fetch.js';
