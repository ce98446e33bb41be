// `sitrep import <claims.jsonl|->`: claims coded elsewhere, one report per line, stored like extracted ones.
import type { Command } from 'commander';
import type { ImportOutcome } from '../ingest/import.js';
import { readLimited, readStdinLimited, STDIN } from '../ingest/files.js';
import { CliError, EXIT_BAD_INPUT, maxBytesOf, sizeArg, warn, withStore } from './context.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('store claims coded elsewhere (JSON lines: {"incident","report","claims"}); re-importing changes nothing')
    .argument('<file|->', 'a .jsonl file, or - for standard input')
    .option('--max-bytes <n>', 'refuse a file larger than this (default 10M, or SITREP_MAX_BYTES)', sizeArg)
    .addHelpText('after', `
Each line: {"incident":"slug","report":{"id","outlet","published","url","title","text"},"claims":[…]}
with claims in the shape "sitrep extract --json" prints; "report.copy_of" names the original (its
"report.id") of a syndicated copy, as "sitrep export --format jsonl" writes it. A line that does not validate is refused
(stderr names the line and field); the other lines are stored. Exit 1 when any line was refused.
Spelling variants are read as the vocabulary: "Killed", "security forces", kind "Official"; a value
without a hedge takes it from low/high (equal: exact, only low: at_least, only high: at_most, else range).`)
    .action(async (path: string, _opts: unknown, cmd: Command) => {
      const name = path === STDIN ? '<stdin>' : path;
      const maxBytes = maxBytesOf(cmd);
      const read = path === STDIN ? await readStdinLimited(maxBytes) : readLimited(path, maxBytes);
      if (!read.ok) throw new CliError(`${name}: ${read.reason}`);
      let text: string;
      try {
        // JSON lines are UTF-8 (RFC 8259); a BOM is tolerated.
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
      } catch {
        throw new CliError(`${name}: invalid UTF-8 (JSON lines must be UTF-8)`);
      }
      if (text.trim() === '') throw new CliError(`${name}: empty file`);
      const print = (o: ImportOutcome) => {
        if (o.status === 'refused') warn(`${name}:${o.line}`, o.reason);
        else {
          const note = o.status === 'unchanged' ? '  (already stored: nothing changed)' : '';
          process.stdout.write(`${o.status.padEnd(9)}  ${name}:${o.line}  incident=${o.incident}  claims=${o.claims}  id=${o.id.slice(0, 12)}${note}\n`);
        }
      };
      // Loaded here: every other command starts without the import path's modules.
      const { importLines } = await import('../ingest/import.js');
      const s = await withStore(cmd, (store) => importLines(store, text, print));
      const total = s.stored + s.unchanged + s.refused;
      process.stdout.write(`${total} ${total === 1 ? 'line' : 'lines'}: ${s.stored} stored, ${s.unchanged} unchanged, ${s.refused} refused\n`);
      if (s.refused > 0) process.exitCode = EXIT_BAD_INPUT;
    });
}
