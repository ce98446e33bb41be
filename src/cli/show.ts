// `sitrep show <incident> [--json]`: the reconciled picture of an incident.
import type { Command } from 'commander';
import { writeJson } from '../pictures/json.js';
import { slugArg, useColor, withStore } from './context.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print the picture of an incident: every figure by source and time, estimates, conflicts, checks')
    .argument('<incident>', 'incident slug (see sitrep incidents)', slugArg)
    .option('--json', 'print the picture as JSON (figures, events, sources, checks)')
    .addHelpText('after', '\nExamples:\n  sitrep show jaffar-express-hijacking\n  sitrep show jaffar-express-hijacking --json')
    .action(async (incident: string, opts: { json?: boolean }, cmd: Command) => {
      const { pictureOf } = await import('./picture.js');
      const picture = await withStore(cmd, (store) => pictureOf(store, incident));
      if (opts.json) {
        // Indented for a person at a terminal; compact and in pieces when piped (a large incident is ~100 MB).
        if (process.stdout.isTTY) process.stdout.write(`${JSON.stringify(picture, null, 2)}\n`);
        else await writeJson(process.stdout, picture);
        return;
      }
      const { renderPictureText } = await import('../reconcile/render-text.js');
      process.stdout.write(ensureNewline(renderPictureText(picture, { color: useColor() })));
    });
}

function ensureNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}
