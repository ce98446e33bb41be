// The picture keeper: a small background process that a `sitrep show --json` of a large incident leaves behind,
// holding the incident's picture in memory the way `sitrep serve` does, so that the next `show --json` after a
// write costs the reports written since, not a whole recompute (1.3-1.5 s for 100 000 claims in a fresh
// process; a few hundred milliseconds when asked of a process that keeps the picture).
// It is what build tools call a daemon (a compiler server, a build daemon): started on first use, never
// installed, gone after SITREP_KEEPER_MINUTES (default 10) without a request, when the store's file goes away,
// or when another server announces itself for the same store. It listens on loopback only, answers one
// read-only request (an incident's picture JSON) and only with the random token written in the announcement
// file, which only this user can read (running-server.ts). SITREP_KEEPER_MINUTES=0 or SITREP_NO_SERVER=1
// turn it off.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { StoreSpec } from '../store/index.js';
import { CliError, EXIT_USAGE, slugArg, withStore } from './context.js';

const MINUTES_ENV = 'SITREP_KEEPER_MINUTES';
const DEFAULT_MINUTES = 10;
/**
 * Pictures whose JSON is smaller than this are not worth a process: a fresh `show` computes them in well under
 * a second (8 MB is about 11 000 claims, ~0.2 s).
 */
const KEEPER_FROM_BYTES = 8 << 20;

/** Idle minutes before a keeper stops, from SITREP_KEEPER_MINUTES; 0 means no keeper. */
export function keeperMinutes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MINUTES_ENV]?.trim();
  if (!raw) return DEFAULT_MINUTES;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`${MINUTES_ENV}: "${raw}" is not a number of minutes (0 turns the keeper off)`, EXIT_USAGE);
  return n;
}

/**
 * After a `show --json` that had to compute or read a large picture: starts a keeper for the store unless one
 * (or a `sitrep serve`) is announced already, or keepers are turned off. Never waits for it and never fails
 * the show: the keeper is an optimisation for the next one.
 */
export async function startKeeper(spec: StoreSpec, db: string | undefined, incident: string, bytes: number): Promise<boolean> {
  if (bytes < KEEPER_FROM_BYTES || process.env.SITREP_NO_SERVER === '1') return false;
  try {
    const { findServer } = await import('./running-server.js');
    if (keeperMinutes() === 0 || findServer(spec)) return false;
    const cli = fileURLToPath(new URL('./main.js', import.meta.url));
    const args = [cli, ...(db ? ['--db', db] : []), 'keep-pictures', incident];
    const child = spawn(process.execPath, args, { detached: true, stdio: 'ignore', env: process.env });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/** `sitrep keep-pictures <incident>`: the keeper's own process (started by show; not for people). */
export function registerKeeper(program: Command): void {
  program
    .command('keep-pictures', { hidden: true })
    .argument('<incident>', 'incident whose picture to make at once', slugArg)
    .action(async (incident: string, _opts: unknown, cmd: Command) => {
      const { parseStoreSpec } = await import('../store/index.js');
      const spec = parseStoreSpec(cmd.optsWithGlobals().db as string | undefined);
      const idleMs = keeperMinutes() * 60_000;
      if (idleMs === 0) return;
      const { keepPictures } = await import('./keeper-process.js');
      await withStore(cmd, (store) => keepPictures(store, spec, incident, idleMs));
    });
}
