// `sitrep ingest <url|page.html>` and `sitrep watch`, run as the built CLI against a local HTTP server on
// 127.0.0.1 serving the pages in test/fixtures/web/ (no other network).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { serveFixture, startServer, type TestServer } from '../ingest/web/server.js';
import { MAIN, ROOT, tempStore, type Run } from './run.js';

/** The CLI as a child process, asynchronously: the test's own HTTP server must keep answering meanwhile. */
function sitrep(args: string[], cwd = ROOT): Promise<Run> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd, env: { ...process.env, NO_COLOR: '1', SITREP_DEBUG: undefined, SITREP_DB: undefined }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const WEB = join(ROOT, 'test', 'fixtures', 'web');
const HTML = 'text/html; charset=utf-8';
const ORIGINAL = 'https://frontier-daily.example/world/2025/03/11/train-seized';

function rows(db: string, sql: string): Array<Record<string, unknown>> {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    d.close();
  }
}

function idOf(line: string | undefined): string {
  const m = /id=([0-9a-f]{12})/.exec(line ?? '');
  if (!m) throw new Error(`no id in ${line}`);
  return m[1];
}

let server: TestServer;
let store: ReturnType<typeof tempStore>;

beforeAll(async () => {
  server = await startServer({
    '/pages/article-jsonld.html': serveFixture('article-jsonld.html', HTML),
    '/pages/article-og.html': serveFixture('article-og.html', HTML),
    '/pages/syndicated-copy.html': serveFixture('syndicated-copy.html', HTML),
    '/pages/liveblog.html': serveFixture('liveblog-markup.html', HTML),
    '/pages/empty.html': serveFixture('empty-article.html', HTML),
    '/feeds/watch.rss': serveFixture('watch-feed.xml', 'application/rss+xml'),
    '/feeds/world.rss': serveFixture('feed-rss.xml', 'application/rss+xml'),
    '/files/report.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
  });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  store = tempStore();
});
afterEach(() => {
  store.cleanup();
});

describe('sitrep ingest <url>', () => {
  it('stores the article text with outlet, times and canonical URL from the page, the rest in extra', async () => {
    const r = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/article-jsonld.html`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^stored .*url=${ORIGINAL} .*claims=\\d+`, 'm'));
    const [row] = rows(store.db, 'SELECT outlet, published, url, title, text, extra, signature FROM reports');
    expect(row).toMatchObject({ outlet: 'Frontier Daily', published: '2025-03-11T13:40:00Z', url: ORIGINAL });
    expect(row.text).toMatch(/^Armed men brought a passenger train to a halt/);
    expect(row.text).not.toMatch(/cookies|Privacy|More from World/);
    const extra = JSON.parse(row.extra as string);
    expect(extra).toMatchObject({ modified: '2025-03-11T16:15:00Z', lang: 'en-GB', fetchedFrom: `${server.base}/pages/article-jsonld.html` });
    expect(row.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);

    // The evidence spans point into the stored text.
    const incident = rows(store.db, 'SELECT incident FROM reports')[0].incident as string;
    const picture = JSON.parse((await sitrep(['--db', store.db, 'show', incident, '--json'])).stdout);
    const claims = picture.figures.flatMap((f: { claims: unknown[] }) => f.claims) as Array<{ value: { low: number }; span: { start: number; end: number } }>;
    const held = claims.find((c) => c.value.low === 214);
    expect(held).toBeDefined();
    expect((row.text as string).slice(held!.span.start, held!.span.end)).toContain('214');

    const again = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/article-jsonld.html`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^unchanged /m);
  });

  it('--outlet, --published and --url override what the page says', async () => {
    const r = await sitrep(['--db', store.db, 'ingest', '--outlet', 'Desk Copy', '--published', '2025-03-12T01:00:00Z',
      '--url', 'https://desk.example/a', '--incident', 'train-siege', `${server.base}/pages/article-jsonld.html`]);
    expect(r.code).toBe(0);
    expect(rows(store.db, 'SELECT outlet, published, url, incident FROM reports')).toEqual([
      { outlet: 'Desk Copy', published: '2025-03-12T01:00:00Z', url: 'https://desk.example/a', incident: 'train-siege' },
    ]);
  });

  it('a live blog becomes one report per entry, filed under one incident', async () => {
    const r = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/liveblog.html`]);
    expect(r.code).toBe(0);
    const stored = r.stdout.split('\n').filter((l) => l.startsWith('stored'));
    expect(stored.length).toBeGreaterThanOrEqual(3);
    const all = rows(store.db, 'SELECT url, incident, extra FROM reports');
    expect(new Set(all.map((x) => x.incident)).size).toBe(1);
    for (const x of all) {
      expect(x.url).toMatch(/#/);
      expect(JSON.parse(x.extra as string).liveBlog).toBe('https://plains-courier.example/live/river-flooding');
    }
  });

  it('refuses bad URLs one line each and stores the rest', async () => {
    const r = await sitrep(['--db', store.db, 'ingest', '--timeout', '5',
      `${server.base}/missing`, `${server.base}/files/report.pdf`, `${server.base}/feeds/world.rss`,
      `${server.base}/pages/empty.html`, `${server.base}/pages/article-og.html`]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/\/missing: HTTP 404/);
    expect(errors[1]).toMatch(/report\.pdf: .*(content type|application\/pdf)/i);
    expect(errors[2]).toMatch(/world\.rss: .*feed.*sitrep watch/);
    expect(errors[3]).toMatch(/empty\.html: /);
    for (const e of errors) expect(e).toMatch(/^sitrep: /);
    expect(r.stdout).toMatch(/5 files: 1 stored, 0 unchanged, 4 refused/);
    expect(rows(store.db, 'SELECT count(*) AS n FROM reports')[0].n).toBe(1);
  });
});

describe('sitrep ingest page.html', () => {
  it('reads a saved page (by extension, and by sniffing bytes piped in) instead of storing markup', async () => {
    const r = await sitrep(['--db', store.db, 'ingest', join(WEB, 'article-og.html')]);
    expect(r.code).toBe(0);
    const [row] = rows(store.db, 'SELECT text, url, extra FROM reports');
    expect(row.text).not.toMatch(/<p>|<html/);
    expect(row.url).toBe('https://valleytimes.example/2025/03/12/relief-train');
    expect(JSON.parse(row.extra as string).file).toBe('article-og.html');

    const piped = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [MAIN, '--db', store.db, 'ingest', '-'], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
      child.stdin.end(readFileSync(join(WEB, 'article-jsonld.html')));
    });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(new RegExp(`^stored +<stdin> +url=${ORIGINAL}`, 'm'));
  });
});

describe('copies and revisions', () => {
  it('recognises a syndicated copy from another outlet and links it to the original', async () => {
    const first = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/article-jsonld.html`]);
    const copy = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/syndicated-copy.html`]);
    expect(copy.code).toBe(0);
    const originalId = idOf(first.stdout);
    expect(copy.stdout).toMatch(new RegExp(`^stored .*\\(copy of ${originalId}\\)`, 'm'));
    const linked = rows(store.db, 'SELECT id, copy_of FROM reports WHERE copy_of IS NOT NULL');
    expect(linked).toHaveLength(1);
    expect((linked[0].copy_of as string).startsWith(originalId)).toBe(true);
    // A report on another subject is not a copy.
    const other = await sitrep(['--db', store.db, 'ingest', `${server.base}/pages/article-og.html`]);
    expect(other.stdout).not.toMatch(/copy of/);
  });

  it('a new version of the same URL is a revision, not a copy, and its changed figure is the latest', async () => {
    const first = await sitrep(['--db', store.db, 'ingest', '--incident', 'train-siege', join(WEB, 'article-jsonld.html')]);
    const second = await sitrep(['--db', store.db, 'ingest', '--incident', 'train-siege', join(WEB, 'article-jsonld-revised.html')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`\\(revision of ${idOf(first.stdout)}\\)`));
    expect(second.stdout).not.toMatch(/copy of/);
    const revised = rows(store.db, `SELECT copy_of, extra FROM reports WHERE id LIKE '${idOf(second.stdout)}%'`)[0];
    expect(revised.copy_of).toBeNull();
    expect(JSON.parse(revised.extra as string).revisionOf).toMatch(new RegExp(`^${idOf(first.stdout)}`));

    const picture = JSON.parse((await sitrep(['--db', store.db, 'show', 'train-siege', '--json'])).stdout);
    const freed = picture.figures.filter((f: { measure: string }) => f.measure === 'freed')
      .flatMap((f: { claims: Array<{ value: { low: number } }> }) => f.claims.map((c) => c.value.low));
    expect(freed).toEqual(expect.arrayContaining([80, 155]));
    const best = picture.figures.find((f: { measure: string; estimate: { best: number } }) => f.measure === 'freed' && f.estimate.best === 155);
    expect(best).toBeDefined();
  });
});

describe('sitrep watch', () => {
  it('--once ingests new items, keeps its state next to the store, and a second run ingests nothing', async () => {
    const feed = `${server.base}/feeds/watch.rss`;
    const first = await sitrep(['--db', store.db, 'watch', '--once', '--incident', 'train-siege', feed]);
    expect(first.stderr).toMatch(/watch\.rss: new, 2 items, 2 new, 2 stored/);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').filter((l) => l.startsWith('stored'))).toHaveLength(2);
    const state = JSON.parse(readFileSync(join(store.dir, 'watch-state.json'), 'utf8'));
    expect(state.feeds[feed].seen).toHaveLength(2);

    const second = await sitrep(['--db', store.db, 'watch', '--once', '--incident', 'train-siege', feed]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/watch\.rss: unchanged, 2 items, 0 new, 0 stored/);
    expect(rows(store.db, 'SELECT count(*) AS n FROM reports')[0].n).toBe(2);
  });

  it('--once brings the kept picture of an incident it adds to up to date, and show sends it', async () => {
    const before = await openStore(store.db);
    await before.putPictureSnapshot('train-siege', 'from-an-earlier-show', [Buffer.from('{}')]);
    await before.close();
    const r = await sitrep(['--db', store.db, 'watch', '--once', '--incident', 'train-siege', `${server.base}/feeds/watch.rss`]);
    expect(r.code).toBe(0);
    const after = await openStore(store.db);
    const kept = await after.pictureSnapshot('train-siege');
    const v = await after.incidentVersion('train-siege');
    await after.close();
    // (the key's last part hashes the built code, which this test, running the sources, does not compute)
    expect(kept?.key.startsWith(`${v!.reports}.${v!.appends}.${v!.rebuilds}.`)).toBe(true);
    expect(JSON.parse(kept!.json.toString()).figures.length).toBeGreaterThan(0);
    const shown = await sitrep(['--db', store.db, 'show', 'train-siege', '--json']);
    expect(shown.stdout).toBe(`${kept!.json.toString()}\n`);
  });

  it('--once exits 1 when an item fails, after storing the others', async () => {
    const r = await sitrep(['--db', store.db, 'watch', '--once', `${server.base}/feeds/world.rss`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sitrep: .*\/missing: HTTP 404.*\(will retry\)$/m);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('stored'))).toHaveLength(2);
  });

  it('Ctrl-C stops a running watch cleanly', async () => {
    const child = spawn(process.execPath, [MAIN, '--db', store.db, 'watch', '--interval', '60', `${server.base}/feeds/watch.rss`], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (/watch\.rss: new/.test(stderr)) {
          clearInterval(check);
          resolve();
        }
      }, 100);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toMatch(/stopping/);
    expect(rows(store.db, 'SELECT count(*) AS n FROM reports')[0].n).toBe(2);
  });
});
