// `sitrep start` (what `npm start` runs): load the bundled example reports into the store, then print
// the picture of the seed incident. Safe to run again: already stored examples are left unchanged.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT_BAD_INPUT, useColor, warn, withStore } from './context.js';
import { summaryLine } from './ingest.js';

export const SEED_INCIDENT = 'jaffar-express-hijacking';

/** examples/ at the package root: two levels up from both src/cli/ and dist/cli/. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(`load the bundled example reports, print the picture of ${SEED_INCIDENT}, then serve the dashboard`)
    .option('--no-serve', 'print the picture and exit without serving the dashboard')
    .option('--port <n>', 'dashboard port (default 8080; a free one when it is taken)', (v) => Number(v), 8080)
    .action(async (opts: { serve: boolean; port: number }, cmd: Command) => {
      const { ingestPaths } = await import('../ingest/ingest.js');
      const { pictureOf } = await import('./picture.js');
      const { renderPictureText } = await import('../reconcile/render-text.js');
      await withStore(cmd, async (store) => {
        const summary = await ingestPaths(store, [EXAMPLES_DIR], {}, (o) => {
          if (o.status === 'refused') warn(o.path, o.reason);
        });
        process.stdout.write(`examples: ${summaryLine(summary)}\n\n`);
        if (summary.refused > 0) process.exitCode = EXIT_BAD_INPUT;
        const text = renderPictureText(await pictureOf(store, SEED_INCIDENT), { color: useColor() });
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        if (!opts.serve) return;
        const { serveUntilStopped } = await import('./serve.js');
        process.stdout.write('\n');
        const { parseStoreSpec } = await import('../store/index.js');
        const announce = parseStoreSpec(cmd.optsWithGlobals().db as string | undefined);
        await serveUntilStopped(store, { host: '127.0.0.1', port: opts.port, fallbackToFreePort: true, announce });
      });
    });
}
