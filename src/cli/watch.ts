// `sitrep watch <feed-url>… [--incident] [--interval S] [--once]`: follow RSS/Atom feeds (or live-blog
// pages) and ingest their new items' pages. What was seen is kept in watch-state.json next to the embedded
// store (./.sitrep/ for a PostgreSQL store), so a restart resumes where it stopped.
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT_BAD_INPUT, maxBytesOf, sizeArg, slugArg, urlArg, warn, withStore } from './context.js';
import { printOutcome } from './ingest.js';

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('follow RSS/Atom feeds and ingest the pages of new items')
    .argument('<feed-urls...>', 'http(s) URLs of RSS or Atom feeds (or of a live-blog page)',
      (v: string, prev: string[] | undefined) => [...(prev ?? []), urlArg(v)])
    .option('--incident <slug>', 'incident for every report (else assigned automatically)', slugArg)
    .option('--interval <seconds>', 'time between two polls of a feed', intervalArg, 600)
    .option('--once', 'poll every feed once and exit (for cron and tests)')
    .option('--timeout <seconds>', 'time limit for one request (default 20)', intervalArg)
    .option('--max-bytes <n>', 'refuse pages larger than this (default 10M, or SITREP_MAX_BYTES)', sizeArg)
    .addHelpText('after', `
Each new report prints a line like \`sitrep ingest\` does; an item that cannot be read or stored prints
one line on stderr (it is retried on the next two polls, then given up) and the rest goes on. Feeds are
asked with ETag/Last-Modified, errors back off, and one host is not asked more than every 2 seconds.
State: watch-state.json in the store's directory (./.sitrep/ for PostgreSQL).
An incident whose picture \`show --json\` keeps (a large one) is brought up to date after each poll that
adds to it, so the next show sends it at once.
With --once: exit 0 when nothing failed, 1 when a feed or an item failed. Ctrl-C stops cleanly.

Examples:
  sitrep watch --incident jaffar-express-hijacking https://example.org/world/rss.xml
  sitrep watch --once https://example.org/feed.atom https://example.net/live/train-siege`)
    .action(async (feeds: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { IngestSession } = await import('../ingest/ingest.js');
      const { FeedWatcher, FileWatchState, fetchResource } = await import('../ingest/web/index.js');
      const { parseStoreSpec } = await import('../store/index.js');
      const spec = parseStoreSpec(cmd.optsWithGlobals().db as string | undefined);
      const stateDir = spec.kind === 'sqlite' ? dirname(spec.path) : resolve('.sitrep');
      const maxBytes = maxBytesOf(cmd);
      const fetchOptions = {
        maxBytes,
        ...(opts.timeout !== undefined ? { timeoutMs: (opts.timeout as number) * 1000 } : {}),
      };
      let failed = 0;
      await withStore(cmd, async (store) => {
        const session = new IngestSession(store, { incident: opts.incident as string | undefined, maxBytes });
        // Incidents given new reports since the last feed poll: their kept pictures are brought up to date
        // after each poll, one refresh at a time, so `show --json` need not compute them (pictures/snapshot.ts).
        // The pictures are kept in memory between polls and brought up to date incrementally, as the API does.
        const touched = new Set<string>();
        let refreshing = Promise.resolve();
        let live: import('../api/pictures.js').PictureService | undefined;
        const refreshPictures = () => {
          if (touched.size === 0) return;
          const incidents = [...touched];
          touched.clear();
          refreshing = refreshing.then(async () => {
            const { refreshKeptPictures } = await import('../pictures/snapshot.js');
            live ??= new (await import('../api/pictures.js')).PictureService(store);
            await refreshKeptPictures(store, incidents, live);
          }).catch((err: unknown) => warn('stored pictures', `not brought up to date: ${(err as Error).message}`));
        };
        const watcher = new FeedWatcher({
          feeds,
          fetchResource,
          fetchOptions,
          state: new FileWatchState(join(stateDir, 'watch-state.json')),
          intervalMs: (opts.interval as number) * 1000,
          ingestPage: async (w, { item }) => {
            const o = await session.ingestWebReport(w, w.url ?? item.url ?? item.id);
            // A refusal (bad metadata, say) fails the item: it is retried, then given up, and reported.
            if (o.status === 'refused') throw new Error(o.reason);
            if (o.status === 'stored') touched.add(o.incident);
            printOutcome(o);
            return { created: o.status === 'stored' };
          },
          onEvent: (e) => {
            if (e.type === 'item-error') {
              failed++;
              warn(e.error.url ?? e.error.item, `${e.error.reason}${e.error.gaveUp ? ' (given up)' : ' (will retry)'}`);
            } else if (e.type === 'feed' && e.summary.status === 'error') {
              failed++;
              warn(e.summary.feed, `${e.summary.reason ?? 'feed failed'} (next try ${e.summary.nextPoll})`);
            } else if (e.type === 'feed') {
              const s = e.summary;
              process.stderr.write(`sitrep: ${s.feed}: ${s.status}, ${s.items} items, ${s.newItems} new, `
                + `${s.ingested - s.alreadyStored} stored\n`);
            }
            if (e.type === 'feed') refreshPictures();
          },
        });
        if (opts.once) {
          await watcher.pollOnce();
          refreshPictures();
          await refreshing;
          return;
        }
        const ac = new AbortController();
        const stop = () => {
          process.stderr.write('sitrep: stopping (the state is saved after every item)\n');
          ac.abort();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
          await watcher.run(ac.signal);
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          await refreshing;
        }
      });
      if (opts.once && failed > 0) process.exitCode = EXIT_BAD_INPUT;
    });
}

function intervalArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}
