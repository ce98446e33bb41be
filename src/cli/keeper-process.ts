// The keeper's process (see keeper.ts): a loopback HTTP server with one read-only route, an incident's picture
// JSON, for the token in its announcement; the pictures kept current by the API's PictureService.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { bearerToken, INSTANCE_HEADER, sameSecret } from '../api/access.js';
import type { StoreSpec } from '../store/index.js';
import type { Store } from '../store/types.js';
import { announceServer, findServer, serverFile, type RunningServer } from './running-server.js';

/** How often the keeper looks at its idle time, its announcement and its store. */
const TICK_MS = 2000;

/** A picture request's incident, or null for any other request. */
function pictureSlug(req: IncomingMessage): string | null {
  if (req.method !== 'GET' || !req.url) return null;
  const m = /^\/api\/incidents\/([^/?]+)\/picture(?:\?.*)?$/.exec(req.url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** Runs a keeper over `store` until it has been idle for `idleMs`, or is replaced, or its store is gone. */
export async function keepPictures(store: Store, spec: StoreSpec, incident: string, idleMs: number): Promise<void> {
  // What `ps` shows: a person who wonders what this process is learns it at once.
  process.title = 'sitrep picture keeper';
  const { PictureService } = await import('../api/pictures.js');
  const pictures = new PictureService(store);
  const instance = randomUUID();
  const token = randomBytes(24).toString('base64url');
  let last = Date.now();
  let busy = 0;

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const slug = pictureSlug(req);
    const bearer = bearerToken(req.headers.authorization);
    if (bearer === null || !sameSecret(bearer, token)) { res.writeHead(401).end(); return; }
    if (slug === null) { res.writeHead(404).end(); return; }
    const p = await pictures.get(slug);
    if (!p) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', [INSTANCE_HEADER]: instance });
    let gone = false;
    res.once('close', () => { gone = true; });
    for (const chunk of p.fullChunks()) {
      if (gone) return;
      if (!res.write(chunk)) await new Promise<void>((resolve) => { res.once('drain', resolve); res.once('close', resolve); });
    }
    res.end();
  }

  const server = createServer((req, res) => {
    busy++;
    last = Date.now();
    answer(req, res)
      .catch(() => { if (!res.headersSent) res.writeHead(500); res.end(); })
      .finally(() => { busy--; last = Date.now(); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the keeper has no port');
  // Announced before the picture is made: a show that comes meanwhile asks and waits rather than compute too.
  const file = serverFile(spec);
  const other = findServer(spec, file);
  if (other) { server.close(); return; } // someone else keeps this store's pictures
  const announced = announceServer(spec, `http://127.0.0.1:${address.port}`, token, instance, file);
  const ours = (s: RunningServer | null) => s?.instance === instance;

  await new Promise<void>((resolve) => {
    const stop = () => {
      clearInterval(tick);
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      announced.withdraw();
      server.close(() => resolve());
      server.closeAllConnections();
    };
    const tick = setInterval(() => {
      // Never in the middle of sending a picture: the show that asked would fail.
      if (busy > 0) return;
      const idle = Date.now() - last >= idleMs;
      const gone = spec.kind === 'sqlite' && !existsSync(spec.path);
      if (idle || gone || !ours(findServer(spec, file))) stop();
    }, Math.min(TICK_MS, Math.max(50, idleMs)));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    // Made now, while nobody waits: the picture and its JSON, which the next show then only brings up to date.
    void pictures.get(incident).then((p) => { if (p) for (const _ of p.fullChunks()) { /* made and kept */ } }).catch(() => {});
  });
}
