#!/usr/bin/env node
// The `sitrep` command line: one file per command, this file wires them up and maps failures to
// exit codes (0 ok, 1 bad input, 2 usage) and one-line messages on stderr.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError, EXIT_BAD_INPUT, EXIT_USAGE } from './context.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIncident } from './incident.js';
import { registerIncidents } from './incidents.js';
import { registerIngest } from './ingest.js';
import { registerKeeper } from './keeper.js';
import { registerReextract } from './reextract.js';
import { registerReport } from './report.js';
import { registerReports } from './reports.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerStart } from './start.js';
import { registerWatch } from './watch.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .version(VERSION, '-V, --version')
    .description('turn conflicting crisis reports into a sourced, reconciled picture')
    .option('--db <path|url>', 'store: a file path (embedded) or a postgres:// URL (default: SITREP_DB, else ./.sitrep/sitrep.db)')
    .showSuggestionAfterError(true)
    // Set before the commands are added so every subcommand inherits them.
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`sitrep: ${oneLine(str.replace(/^error: /, ''))}\n`) })
    .addHelpText('after', `
Environment:
  SITREP_DB         store to use when --db is not given
  SITREP_MAX_BYTES  size limit for input files (default 10M)
  SITREP_DEBUG=1    print stack traces on errors
  SITREP_KEEPER_MINUTES  idle minutes before the picture keeper that a large
                    \`show --json\` leaves behind stops (default 10; 0: no keeper)
  SITREP_NO_SERVER=1  never ask a running server or keeper; compute in the process

Exit codes: 0 ok, 1 bad input (something refused or not found), 2 usage error.`);
  registerStart(program);
  registerExtract(program);
  registerIngest(program);
  registerWatch(program);
  registerImport(program);
  registerShow(program);
  registerExport(program);
  registerReport(program);
  registerIncidents(program);
  registerIncident(program);
  registerReports(program);
  registerReextract(program);
  registerServe(program);
  registerKeeper(program);
  return program;
}

function oneLine(s: string): string {
  return s.trim().replace(/\s*\n\s*/g, ' ');
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and --version end with exit code 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (process.env.SITREP_DEBUG === '1') process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    if (err instanceof CliError) {
      process.stderr.write(`sitrep: ${oneLine(err.message)}\n`);
      return err.exitCode;
    }
    process.stderr.write(`sitrep: ${oneLine((err as Error)?.message ?? String(err))}\n`);
    return EXIT_BAD_INPUT;
  }
}

// `sitrep show … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
