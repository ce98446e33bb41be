// Spawns the store child script and follows its stdout line by line.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export const CHILD_SCRIPT = new URL('./store-child.mjs', import.meta.url).pathname;

export interface Child {
  proc: ChildProcess;
  lines: string[];
  /** performance.now() at which each line arrived. */
  times: number[];
  /** Resolves with the first line at index >= `from` matching `re` (rejects if the child exits first). */
  waitFor(re: RegExp, from?: number): Promise<string>;
  /** Resolves with the exit code / signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function spawnChild(args: string[]): Child {
  const proc = spawn(process.execPath, [CHILD_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const times: number[] = [];
  const waiters: Array<{ re: RegExp; from: number; resolve: (l: string) => void; reject: (e: Error) => void }> = [];
  let stderr = '';
  proc.stderr!.on('data', (d) => { stderr += d; });
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    lines.push(line);
    times.push(performance.now());
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (lines.length - 1 >= waiters[i].from && waiters[i].re.test(line)) waiters.splice(i, 1)[0].resolve(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    proc.on('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`child exited (${code ?? signal}) before ${w.re}: ${stderr}`));
      resolve({ code, signal, stderr });
    });
  });
  return {
    proc, lines, times, exited,
    waitFor(re, from = 0) {
      const hit = lines.find((l, i) => i >= from && re.test(l));
      if (hit) return Promise.resolve(hit);
      if (proc.exitCode !== null || proc.signalCode !== null) {
        return Promise.reject(new Error(`child already exited before ${re}: ${stderr}`));
      }
      return new Promise((resolve, reject) => waiters.push({ re, from, resolve, reject }));
    },
  };
}
