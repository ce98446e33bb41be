// Runs the built CLI (dist/cli/main.js) as a subprocess, the way users run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');
export const EXAMPLES = join(ROOT, 'examples');
export const SEED = join(EXAMPLES, '000_071c524da187ddb4.txt');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export function sitrep(args: string[], options: RunOptions = {}): Run {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npm run build, or npm test which builds)`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', SITREP_DEBUG: undefined, SITREP_MAX_BYTES: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh directory holding a throwaway SQLite store; `db` is its path. */
export function tempStore(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  return { dir, db: join(dir, 'sitrep.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every line of stderr is one "sitrep: …" message (no stack traces, no multi-line errors). */
export function stderrLines(r: Run): string[] {
  return r.stderr.split('\n').filter((l) => l !== '');
}
