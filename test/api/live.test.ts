// Live updates over a real socket: a report stored through another store connection (as the CLI in
// another process would) reaches an open event stream within a second.
import { get as httpGet, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/index.js';
import { ingestText, SEED_INCIDENT, tempStore, type TempStore } from './helpers.js';

let t: TempStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  t = await tempStore();
  app = buildServer({ store: t.store, port: 0, pollMs: 100, rateLimit: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
  await t.cleanup();
});

/** Opens the stream and collects parsed "change" messages. */
function listen(): Promise<{ res: IncomingMessage; messages: Array<{ kind: string; incidents: string[] }>; next: (pred: (m: { kind: string; incidents: string[] }) => boolean, ms: number) => Promise<{ kind: string; incidents: string[] }> }> {
  return new Promise((resolve, reject) => {
    httpGet(`${base}/api/events/stream`, (res) => {
      const messages: Array<{ kind: string; incidents: string[] }> = [];
      const waiters: Array<() => void> = [];
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (frame.includes('event: change') && data) messages.push(JSON.parse(data.slice(6)));
          waiters.splice(0).forEach((w) => w());
        }
      });
      const next = (pred: (m: { kind: string; incidents: string[] }) => boolean, ms: number) => new Promise<{ kind: string; incidents: string[] }>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no matching message within ${ms} ms: ${JSON.stringify(messages)}`)), ms);
        const check = () => {
          const m = messages.find(pred);
          if (m) {
            clearTimeout(timer);
            ok(m);
          } else waiters.push(check);
        };
        check();
      });
      resolve({ res, messages, next });
    }).on('error', reject);
  });
}

it('streams a change when another connection ingests a report, and when a review is taken', async () => {
  const stream = await listen();
  expect(stream.res.statusCode).toBe(200);
  expect(stream.res.headers['content-type']).toMatch(/^text\/event-stream/);
  // Let the first poll take its baseline.
  await new Promise((r) => setTimeout(r, 250));

  const other = await openStore(t.path);
  const started = Date.now();
  await ingestText(other, 'Hospital staff in the district said 6 people were injured in the blast on Tuesday.', { incident: 'district-blast', published: '2025-06-03T10:00:00Z' });
  await other.close();
  const m = await stream.next((x) => x.incidents.includes('district-blast'), 2000);
  expect(m.kind).toBe('reports');
  expect(Date.now() - started).toBeLessThan(1000);

  const pic = await (await fetch(`${base}/api/incidents/${SEED_INCIDENT}/picture`)).json();
  const claimId = pic.figures[0].claims[0].id;
  const r = await fetch(`${base}/api/incidents/${SEED_INCIDENT}/reviews`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'confirm', claimId, who: 'tester' }),
  });
  expect(r.status).toBe(201);
  const review = await stream.next((x) => x.kind === 'reviews', 1000);
  expect(review.incidents).toEqual([SEED_INCIDENT]);
  stream.res.destroy();
});
