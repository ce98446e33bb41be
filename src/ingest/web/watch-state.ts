// Where the feed follower remembers what it has seen, so that a restart resumes instead of starting over.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Item ids already ingested (or given up on), newest last; capped at SEEN_LIMIT. */
  seen: string[];
  /** Items that failed, with how many times, until they succeed or we give up. */
  failures?: Record<string, number>;
  /** ISO time before which the feed should not be polled again. */
  nextPoll?: string;
  lastPoll?: string;
  /** Consecutive failed polls; drives the backoff. */
  errors: number;
  lastError?: string;
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

export interface WatchStateStore {
  load(): Promise<WatchState>;
  save(state: WatchState): Promise<void>;
}

export const SEEN_LIMIT = 5000;

export function emptyState(): WatchState {
  return { version: 1, feeds: {} };
}

/** In memory, for tests and for one-off runs that should not leave state behind. */
export class MemoryWatchState implements WatchStateStore {
  private json = JSON.stringify(emptyState());
  async load(): Promise<WatchState> {
    return JSON.parse(this.json) as WatchState;
  }
  async save(state: WatchState): Promise<void> {
    this.json = JSON.stringify(state);
  }
}

/**
 * A JSON file (e.g. `.sitrep/watch-state.json`), written to a temporary file and renamed over the old one,
 * so a crash leaves either the previous state or the new one, never half a file.
 */
export class FileWatchState implements WatchStateStore {
  constructor(readonly path: string) {}

  async load(): Promise<WatchState> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
      throw e;
    }
    const data = JSON.parse(raw) as Partial<WatchState>;
    if (data.version !== 1 || typeof data.feeds !== 'object' || data.feeds === null) {
      throw new Error(`${this.path}: not a sitrep watch state file (version ${String(data.version)})`);
    }
    return data as WatchState;
  }

  async save(state: WatchState): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(state, null, 1)}\n`, 'utf8');
    await rename(tmp, this.path);
  }
}
