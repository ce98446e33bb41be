// `sitrep serve [--port N] [--host H] [--token T]`: the dashboard and the JSON API over the store chosen
// by --db / SITREP_DB. Runs until interrupted (Ctrl-C), then closes the server and the store.
import { InvalidArgumentError, type Command } from 'commander';
// The server (fastify and its plugins) loads only when serving: other commands start faster without it.
import { checkBinding, DEFAULT_HOST, DEFAULT_PORT } from '../api/access.js';
import type { StoreSpec } from '../store/index.js';
import type { Store } from '../store/types.js';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE, withStore } from './context.js';

function portArg(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free port)');
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and the JSON HTTP API (on 127.0.0.1 unless told otherwise)')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`, portArg, DEFAULT_PORT)
    .option('--host <host>', `interface to bind (default ${DEFAULT_HOST}); any other than loopback needs --token`, DEFAULT_HOST)
    .option('--token <token>', 'access token required on every /api request (default: SITREP_TOKEN)')
    .addHelpText('after', `
With a token, API clients send "Authorization: Bearer <token>"; a browser opens the dashboard once
as http://HOST:PORT/?token=<token> (the token is then kept in a same-site cookie).
The API is described at /api/openapi.json.

Examples:
  sitrep serve
  sitrep serve --port 9000
  SITREP_TOKEN=s3cret sitrep serve --host 0.0.0.0`)
    .action(async (opts: { port: number; host: string; token?: string }, cmd: Command) => {
      const token = (opts.token ?? process.env.SITREP_TOKEN)?.trim() || undefined;
      try {
        checkBinding(opts.host, token);
      } catch (err) {
        throw new CliError((err as Error).message, EXIT_USAGE);
      }
      const { parseStoreSpec } = await import('../store/index.js');
      const announce = parseStoreSpec(cmd.optsWithGlobals().db as string | undefined);
      await withStore(cmd, (store) => serveUntilStopped(store, { host: opts.host, port: opts.port, token, announce }));
    });
}

export interface ServeOptions {
  host: string;
  port: number;
  token?: string;
  /** When the port is taken, listen on a free one instead of failing (npm start). */
  fallbackToFreePort?: boolean;
  /** The store as named on the command line: announced so that `sitrep show --json` asks this server (running-server.ts). */
  announce?: StoreSpec;
}

/** Serves the dashboard over `store` until SIGINT/SIGTERM, then closes the server. */
export async function serveUntilStopped(store: Store, opts: ServeOptions): Promise<void> {
  const { startServer } = await import('../api/server.js');
  const { randomUUID } = await import('node:crypto');
  const instance = randomUUID();
  let started;
  try {
    started = await startServer({ store, host: opts.host, port: opts.port, token: opts.token, instance });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' && opts.fallbackToFreePort) {
      process.stdout.write(`sitrep: port ${opts.port} is in use; picking a free one\n`);
      return serveUntilStopped(store, { ...opts, port: 0, fallbackToFreePort: false });
    }
    const reason = e.code === 'EADDRINUSE' ? `port ${opts.port} is already in use (try --port 0)`
      : e.code === 'EADDRNOTAVAIL' ? `${opts.host} is not an address of this machine`
        : e.message;
    throw new CliError(`serve: ${reason}`, EXIT_BAD_INPUT);
  }
  const { app, url } = started;
  const { announceServer } = await import('./running-server.js');
  const announced = opts.announce && announceServer(opts.announce, url, opts.token, instance);
  // The handlers before the first line: whoever waits for that line may stop the server at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (announced) announced.withdraw();
      void app.close().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write(`sitrep: dashboard on ${url}/  (API: ${url}/api/openapi.json; store: ${store.kind})\n`);
  if (opts.token) process.stdout.write('sitrep: access token required: open the dashboard once with ?token=<token>\n');
  process.stdout.write('sitrep: press Ctrl-C to stop\n');
  await stopped;
}
