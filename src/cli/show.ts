// `sitrep show <incident> [--json] [--as-of ISO] [--since ISO]`: the reconciled picture of an incident, as of a
// time, with what changed since an earlier one.
import type { Command } from 'commander';
import { writeChunks, writeJson } from '../pictures/json.js';
import type { Picture } from '../reconcile/types.js';
import type { ChangesSince } from '../share/documents.js';
import type { Store } from '../store/types.js';
import { checkSinceAsOf, publishedArg, slugArg, useColor, withStore } from './context.js';

interface Opts {
  json?: boolean;
  asOf?: string;
  since?: string;
}

/** The picture as stored now (the fast path), or as of a time and compared with an earlier one. */
async function load(cmd: Command, incident: string, opts: Opts): Promise<{ picture: Picture; since?: ChangesSince }> {
  if (!opts.asOf && !opts.since) {
    const { pictureOf } = await import('./picture.js');
    return { picture: await withStore(cmd, (store) => pictureOf(store, incident)) };
  }
  checkSinceAsOf(opts);
  const { pictureAt } = await import('../share/documents.js');
  const { cliShareError } = await import('./share-missing.js');
  return withStore(cmd, async (store) => {
    try {
      const { picture, since } = await pictureAt(store, incident, { asOf: opts.asOf, since: opts.since });
      return since ? { picture, since } : { picture };
    } catch (err) {
      throw cliShareError(err);
    }
  });
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print the picture of an incident: every figure by source and time, estimates, conflicts, checks')
    .argument('<incident>', 'incident slug (see sitrep incidents)', slugArg)
    .option('--json', 'print the picture as JSON (figures, events, sources, checks)')
    .option('--as-of <iso>', 'only reports published at or before this time (ISO-8601); undated reports are left out', publishedArg)
    .option('--since <iso>', 'also say what changed since this earlier time (JSON: "since": {at, changes})', publishedArg)
    .addHelpText('after', '\nExamples:\n  sitrep show jaffar-express-hijacking\n  sitrep show jaffar-express-hijacking --json' +
      '\n  sitrep show jaffar-express-hijacking --as-of 2025-03-12T12:00:00Z --since 2025-03-12T00:00:00Z')
    .action(async (incident: string, opts: Opts, cmd: Command) => {
      if (opts.json && !opts.asOf && !opts.since && !process.stdout.isTTY) {
        if (await sentByServer(cmd, incident)) return;
        const bytes = await withStore(cmd, (store) => sendStoredOrComputed(store, incident));
        await leaveKeeper(cmd, incident, bytes);
        return;
      }
      const { picture, since } = await load(cmd, incident, opts);
      if (opts.json) {
        const out = since ? { ...picture, since } : picture;
        // Indented for a person at a terminal; compact and in pieces when piped (a large incident is ~100 MB).
        if (process.stdout.isTTY) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        else await writeJson(process.stdout, out);
        return;
      }
      const { renderPictureText } = await import('../reconcile/render-text.js');
      process.stdout.write(ensureNewline(renderPictureText(picture, { color: useColor(), since })));
    });
}

/** The picture's JSON to a pipe from a `sitrep serve` running over the same store, if there is one that answers. */
async function sentByServer(cmd: Command, incident: string): Promise<boolean> {
  const { parseStoreSpec } = await import('../store/index.js');
  const { findServer, pictureFromServer } = await import('./running-server.js');
  let spec;
  try {
    spec = parseStoreSpec(cmd.optsWithGlobals().db as string | undefined);
  } catch {
    return false; // withStore says what is wrong with --db
  }
  const server = findServer(spec);
  return server !== null && pictureFromServer(server, incident, process.stdout);
}

/** The picture's JSON to a pipe: the stored one while it holds, else computed, sent, then stored. Returns its size. */
async function sendStoredOrComputed(store: Store, incident: string): Promise<number> {
  const { pictureJson } = await import('../pictures/snapshot.js');
  const json = await pictureJson(store, incident);
  if (!json) throw (await import('./picture.js')).noSuchIncident(incident);
  let bytes = 0;
  function* counted(chunks: Iterable<Buffer>): Generator<Buffer> {
    for (const c of chunks) { bytes += c.length; yield c; }
  }
  await writeChunks(process.stdout, counted(json.chunks));
  await json.keep();
  return bytes;
}

/** After a large picture: a keeper process for the next show (keeper.ts), unless one runs or they are off. */
async function leaveKeeper(cmd: Command, incident: string, bytes: number): Promise<void> {
  const { startKeeper } = await import('./keeper.js');
  const { parseStoreSpec } = await import('../store/index.js');
  const db = cmd.optsWithGlobals().db as string | undefined;
  await startKeeper(parseStoreSpec(db), db, incident, bytes);
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
