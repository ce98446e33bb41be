// `sitrep serve` as a process: prints where it listens, answers, stops cleanly on Ctrl-C (SIGINT),
// and refuses a non-loopback host without a token.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, SEED_INCIDENT, tempStore, type TempStore } from './helpers.js';

const HARNESS = join(ROOT, 'test', 'api', 'serve-harness.ts');
const TSX = ['--import', 'tsx'];
let t: TempStore;

beforeAll(async () => {
  t = await tempStore();
});
afterAll(async () => {
  await t.cleanup();
});

it('serves the API on 127.0.0.1 and stops on SIGINT', async () => {
  const child = spawn(process.execPath, [...TSX, HARNESS, '--db', t.path, 'serve', '--port', '0'], { cwd: ROOT, env: { ...process.env, SITREP_TOKEN: '' } });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8').on('data', (d) => { out += d; });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
    child.stdout.on('data', (d: string) => {
      out += d;
      const m = /dashboard on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  const res = await fetch(`${url}/api/incidents`);
  expect(res.status).toBe(200);
  expect((await res.json()).items[0].slug).toBe(SEED_INCIDENT);
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve);
    child.kill('SIGINT');
  });
  expect(code).toBe(0);
});

it.each([
  [['serve', '--host', '0.0.0.0'], 2, /without an access token/],
  [['serve', '--port', 'http'], 2, /port number/],
])('sitrep %j exits %i', (args, status, message) => {
  const r = spawnSync(process.execPath, [...TSX, HARNESS, '--db', t.path, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITREP_TOKEN: '' }, timeout: 20_000 });
  expect(r.status).toBe(status);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});
