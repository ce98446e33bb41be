// Live updates: open pages learn within a second that a report arrived, whichever process stored it
// (this server, the CLI, a watcher). Other processes cannot call us, so we poll the store's incident
// counts — one small indexed query — every `pollMs` while at least one page is listening.
import type { ServerResponse } from 'node:http';
import type { Store } from '../store/types.js';

export interface ChangeMessage {
  /** "reports": reports arrived or moved; "reviews": a review action was taken or undone. */
  kind: 'reports' | 'reviews';
  incidents: string[];
  at: string;
}

export class LiveHub {
  private readonly clients = new Set<ServerResponse>();
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private polling = false;
  /** slug -> "reports/claims" as last seen; null until the first poll. */
  private seen: Map<string, string> | null = null;
  private nextId = 1;

  constructor(private readonly store: Store, private readonly pollMs = 300, private readonly onChange: (slugs: string[]) => void = () => {}) {}

  get size(): number {
    return this.clients.size;
  }

  add(res: ServerResponse): void {
    this.clients.add(res);
    res.on('close', () => this.remove(res));
    // Tell the browser how soon to reconnect if the server restarts.
    res.write('retry: 1000\n\n');
    if (!this.timer) this.start();
  }

  /** Sends a message to every open page. */
  broadcast(msg: ChangeMessage): void {
    const frame = `id: ${this.nextId++}\nevent: change\ndata: ${JSON.stringify(msg)}\n\n`;
    for (const res of this.clients) res.write(frame);
  }

  close(): void {
    this.stop();
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private remove(res: ServerResponse): void {
    this.clients.delete(res);
    if (this.clients.size === 0) this.stop();
  }

  private start(): void {
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
    // A comment line keeps proxies and idle timeouts from closing a quiet stream.
    this.heartbeat = setInterval(() => {
      for (const res of this.clients) res.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
    void this.poll();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.timer = null;
    this.heartbeat = null;
    // Counts seen before a quiet spell say nothing about what the next listener has already loaded.
    this.seen = null;
  }

  /** Compares the store's per-incident counts with the last poll; skipped while a poll is running. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const now = new Map((await this.store.listIncidents()).map((s) => [s.slug, `${s.reports}/${s.claims}`]));
      const before = this.seen;
      this.seen = now;
      if (!before) return;
      const changed = [...now.keys()].filter((slug) => before.get(slug) !== now.get(slug));
      for (const slug of before.keys()) if (!now.has(slug)) changed.push(slug);
      if (changed.length) {
        this.onChange(changed);
        this.broadcast({ kind: 'reports', incidents: changed, at: new Date().toISOString() });
      }
    } catch {
      // A busy or closing store: try again on the next tick.
    } finally {
      this.polling = false;
    }
  }
}
