// A share document or picture that cannot be made (src/share/documents.ts), as the CLI's one-line error.
// Loaded with the share code, only by the commands that use it.
import { ShareMissing } from '../share/documents.js';
import { CliError } from './context.js';

/** The CLI error for a ShareMissing; any other error as it is. */
export function cliShareError(err: unknown): unknown {
  if (!(err instanceof ShareMissing)) return err;
  return new CliError(err.reason === 'no_incident' ? `${err.message} (see sitrep incidents)` : err.message);
}
