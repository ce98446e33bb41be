// Runs `sitrep serve` the way src/cli/main.ts runs a command (global --db, CliError -> exit code),
// so the command can be tested as a process before and independently of its wiring in main.ts.
import { Command, CommanderError } from 'commander';
import { CliError } from '../../src/cli/context.js';
import { registerServe } from '../../src/cli/serve.js';

const program = new Command('sitrep').option('--db <path|url>', 'store').exitOverride();
registerServe(program);
try {
  await program.parseAsync(process.argv.slice(2), { from: 'user' });
} catch (err) {
  if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
  else {
    process.stderr.write(`sitrep: ${(err as Error).message}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  }
}
