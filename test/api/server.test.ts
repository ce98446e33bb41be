// The HTTP API against a real embedded store: endpoints, pagination, errors, ingest, review + undo,
// report text returned as data, and the access rules (loopback, token, host header, limits, headers).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { Picture } from '../../src/reconcile/types.js';
import type { Store } from '../../src/store/types.js';
import { ingestText, SEED_INCIDENT, tempStore, type TempStore } from './helpers.js';

// Written for these tests (our own words).
const FLOOD = 'Rescue teams in the river valley said at least 12 people were killed when the dam gave way on Monday night. '
  + 'Local officials said 40 people were missing.';
const UPDATE = "Pakistan's interior ministry said on Wednesday evening that 190 hostages had been freed and that the rescue operation was continuing.";
const XSS = 'A statement posted online read <script>window.__xss = 1</script> and an image tag '
  + '<img src=x onerror="window.__xss = 2"> followed. Officials said 7 people were injured.';

let t: TempStore;
let app: FastifyInstance;

beforeAll(async () => {
  t = await tempStore();
  await ingestText(t.store, FLOOD, { incident: 'valley-dam-failure', outlet: 'Valley Post', published: '2025-05-05T09:00:00Z' });
  app = buildServer({ store: t.store, rateLimit: false });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await t.cleanup();
});

const get = async (url: string) => {
  const r = await app.inject({ url });
  return { status: r.statusCode, body: r.json(), headers: r.headers };
};
const post = async (url: string, payload?: unknown) => {
  const r = await app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: r.statusCode, body: r.json() };
};

describe('read endpoints', () => {
  it('lists incidents with counts and paginates', async () => {
    const all = await get('/api/incidents');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    const seed = all.body.items.find((i: { slug: string }) => i.slug === SEED_INCIDENT);
    expect(seed).toMatchObject({ reports: 1, firstPublished: '2025-03-11T16:00:00Z' });
    expect(seed.sources).toBeGreaterThanOrEqual(3);
    // Just ingested, so every figure changed in the last hour.
    expect(seed.changedLastHour).toBe(seed.figures);
    expect(typeof seed.contradictions).toBe('number');

    const first = await get('/api/incidents?limit=1&offset=0');
    const second = await get('/api/incidents?limit=1&offset=1');
    expect(first.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].slug).not.toBe(first.body.items[0].slug);
    expect((await get('/api/incidents?offset=5')).body.items).toEqual([]);
  });

  it('serves the seed picture with its figures and the breakdown check', async () => {
    const { status, body } = await get(`/api/incidents/${SEED_INCIDENT}/picture`);
    expect(status).toBe(200);
    const p = body as Picture;
    const freed = p.figures.find((f) => f.measure === 'freed' && f.group === 'people');
    expect(freed?.estimate.best).toBe(80);
    expect(p.figures.find((f) => f.measure === 'held' && f.group === 'hostages')?.claims[0].value.low).toBe(214);
    expect(p.checks.some((c) => c.kind === 'breakdown' && c.ok)).toBe(true);
    expect(p.sources.length).toBeGreaterThan(0);
  });

  it('lists reports without text and returns one report with text and claims', async () => {
    const list = await get(`/api/incidents/${SEED_INCIDENT}/reports`);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).not.toHaveProperty('text');
    expect(list.body.items[0].outlet).toBe('News Arena India');
    const one = await get(`/api/reports/${list.body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body.report.text).toContain('Jaffar Express');
    expect(one.body.claims.length).toBeGreaterThan(5);
  });

  it('pages claims, sources and events of an incident', async () => {
    const claims = await get(`/api/incidents/${SEED_INCIDENT}/claims?limit=3`);
    expect(claims.body.items).toHaveLength(3);
    expect(claims.body.total).toBeGreaterThan(3);
    const figures = await get(`/api/incidents/${SEED_INCIDENT}/claims?type=figure&limit=500`);
    expect(figures.body.items.every((c: { type: string }) => c.type === 'figure')).toBe(true);
    const events = await get(`/api/incidents/${SEED_INCIDENT}/claims?type=event&limit=500`);
    expect(figures.body.total + events.body.total).toBe(claims.body.total);
    const sources = await get(`/api/incidents/${SEED_INCIDENT}/sources`);
    expect(sources.body.items.map((s: { name: string }) => s.name)).toContain('Baloch Liberation Army');
    const ev = await get(`/api/incidents/${SEED_INCIDENT}/events?limit=2`);
    expect(ev.body.items.length).toBeLessThanOrEqual(2);
    expect(ev.body.total).toBeGreaterThan(2);
  });

  it('serves the picture with an ETag and a dashboard-sized summary view', async () => {
    const full = await app.inject({ url: `/api/incidents/${SEED_INCIDENT}/picture` });
    const etag = String(full.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await app.inject({ url: `/api/incidents/${SEED_INCIDENT}/picture`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    const summary = await app.inject({ url: `/api/incidents/${SEED_INCIDENT}/picture?view=summary` });
    expect(summary.headers.etag).not.toBe(etag);
    // A small incident loses nothing in the summary view.
    const { view, ...rest } = summary.json();
    expect(view).toBe('summary');
    expect(rest).toEqual(full.json());
    expect((await get(`/api/incidents/${SEED_INCIDENT}/picture?view=tiny`)).status).toBe(400);
  });

  it('filters claims by figure', async () => {
    const r = await get(`/api/incidents/${SEED_INCIDENT}/claims?measure=freed&group=people`);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items.every((c: { measure: string; group: string }) => c.measure === 'freed' && c.group === 'people')).toBe(true);
  });

  it('describes itself in an OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    for (const path of ['/api/incidents', '/api/incidents/{slug}/picture', '/api/reports', '/api/reports/{id}', '/api/incidents/{slug}/reviews', '/api/reviews/{id}/undo', '/api/events/stream']) {
      expect(body.paths).toHaveProperty([path]);
    }
    expect(body.paths['/api/reports'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
  });
});

describe('errors have one shape and no internals', () => {
  it.each([
    ['/api/incidents/no-such-thing/picture', 404, 'not_found'],
    ['/api/incidents/Bad%20Slug/picture', 400, 'bad_request'],
    ['/api/incidents?limit=0', 400, 'bad_request'],
    ['/api/incidents?limit=abc', 400, 'bad_request'],
    [`/api/reports/${'0'.repeat(64)}`, 404, 'not_found'],
    ['/api/reports/not-a-hash', 400, 'bad_request'],
    ['/api/nowhere', 404, 'not_found'],
  ])('GET %s -> %i %s', async (url, status, code) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('answers a failing store with a 500 that hides the cause', async () => {
    const broken = new Proxy(t.store, {
      get(target, prop, receiver) {
        if (prop === 'listIncidents') return async () => { throw new Error('disk on fire at /secret/path.db'); };
        return Reflect.get(target, prop, receiver);
      },
    }) as Store;
    const b = buildServer({ store: broken, rateLimit: false });
    const r = await b.inject({ url: '/api/incidents' });
    await b.close();
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: { code: 'internal', message: 'internal error; see the server log' } });
    expect(r.body).not.toMatch(/secret|at .*\.ts|stack/);
  });
});

describe('adding reports', () => {
  it('ingests pasted text, files it and changes the picture; the same text again changes nothing', async () => {
    const before = (await get(`/api/incidents/${SEED_INCIDENT}/picture`)).body as Picture;
    const body = { text: UPDATE, incident: SEED_INCIDENT, outlet: 'Desk Test Wire', published: '2025-03-12T18:00:00Z', url: 'https://desk.example/update' };
    const r = await post('/api/reports', body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'stored', incident: SEED_INCIDENT });
    expect(r.body.claims).toBeGreaterThan(0);
    const after = (await get(`/api/incidents/${SEED_INCIDENT}/picture`)).body as Picture;
    expect(after.reports).toHaveLength(before.reports.length + 1);
    const hostages = after.figures.find((f) => f.measure === 'freed' && f.group === 'hostages');
    expect(hostages?.latest.map((l) => l.value.low)).toContain(190);
    const again = await post('/api/reports', body);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ status: 'unchanged', id: r.body.id });
  });

  it.each([
    [{ text: '' }, 400, 'bad_request'],
    [{}, 400, 'bad_request'],
    [{ text: '   \n\t ' }, 422, 'refused'],
    [{ text: 'Ten people died.', published: 'yesterday' }, 400, 'bad_request'],
    [{ text: 'Ten people died.', url: 'javascript:alert(1)' }, 400, 'bad_request'],
    [{ text: 'Ten people died.', incident: '../etc' }, 400, 'bad_request'],
  ])('refuses %j with %i', async (payload, status, code) => {
    const r = await post('/api/reports', payload);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
  });

  it('accepts only JSON bodies and limits their size', async () => {
    const form = await app.inject({ method: 'POST', url: '/api/reports', payload: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    const plain = await app.inject({ method: 'POST', url: '/api/reports', payload: '{"text":"hi"}', headers: { 'content-type': 'text/plain' } });
    expect(plain.statusCode).toBe(415);
    expect(plain.json().error.code).toBe('unsupported_media_type');
    const small = buildServer({ store: t.store, rateLimit: false, bodyLimit: 1000 });
    const big = await small.inject({ method: 'POST', url: '/api/reports', payload: { text: 'x'.repeat(5000) } });
    await small.close();
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });

  it('returns markup in a report as data, byte for byte', async () => {
    const r = await post('/api/reports', { text: XSS, incident: 'markup-test', outlet: '<b>Outlet</b>' });
    expect(r.status).toBe(201);
    const one = await app.inject({ url: `/api/reports/${r.body.id}` });
    expect(one.headers['content-type']).toMatch(/^application\/json/);
    expect(one.json().report.text).toBe(XSS);
    expect(one.json().report.outlet).toBe('<b>Outlet</b>');
  });
});

describe('review actions', () => {
  const slug = SEED_INCIDENT;
  const picture = async () => (await get(`/api/incidents/${slug}/picture`)).body as Picture;
  const claimOf = (p: Picture, measure: string, group: string) => p.figures.find((f) => f.measure === measure && f.group === group)!.claims[0];

  it('rejects a claim, shows it in the audit log, and undoes it', async () => {
    const c = claimOf(await picture(), 'held', 'hostages');
    const r = await post(`/api/incidents/${slug}/reviews`, { action: 'reject', claimId: c.id, who: 'tester', why: 'party claim' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ action: 'reject', target: `claim:${c.id}`, who: 'tester', why: 'party claim', undoneAt: null });
    expect(claimOf(await picture(), 'held', 'hostages').status).toBe('rejected');

    const undo = await post(`/api/reviews/${r.body.id}/undo`, { who: 'editor' });
    expect(undo.status).toBe(200);
    expect(undo.body.undoneBy).toBe('editor');
    expect(claimOf(await picture(), 'held', 'hostages').status).not.toBe('rejected');

    const log = await get(`/api/incidents/${slug}/reviews`);
    const entry = log.body.items.find((a: { id: number }) => a.id === r.body.id);
    expect(entry.undoneAt).toEqual(expect.any(String));
  });

  it('overrides an estimate and corrects a claim', async () => {
    const o = await post(`/api/incidents/${slug}/reviews`, { action: 'override', figure: { measure: 'freed', group: 'people' }, best: 85, high: 90, who: 'tester', why: 'phone call' });
    expect(o.status).toBe(201);
    const p = await picture();
    const freed = p.figures.find((f) => f.measure === 'freed' && f.group === 'people')!;
    expect(freed.estimate).toMatchObject({ best: 85, high: 90 });
    expect(freed.estimate.override?.who).toBe('tester');

    const c = claimOf(p, 'killed', 'security_forces');
    const fix = await post(`/api/incidents/${slug}/reviews`, { action: 'correct', claimId: c.id, value: { low: 31, high: 31, hedge: 'exact' }, who: 'tester' });
    expect(fix.status).toBe(201);
    const fixed = (await picture()).figures.flatMap((f) => f.claims).find((x) => x.id === c.id)!;
    expect(fixed.value).toEqual({ low: 31, high: 31, hedge: 'exact' });
    expect(fixed.original?.value).toEqual(c.value);
    await post(`/api/reviews/${fix.body.id}/undo`, { who: 'tester' });
    await post(`/api/reviews/${o.body.id}/undo`);
    expect((await picture()).figures.find((f) => f.measure === 'freed' && f.group === 'people')!.estimate.best).toBe(80);
  });

  it.each([
    [{ action: 'reject', claimId: 'nope:f1', who: 'x' }, 404],
    [{ action: 'reject', who: 'x' }, 400],
    [{ action: 'reject', claimId: 'x' }, 400],
    [{ action: 'reject', claimId: 'x', who: '   ' }, 400],
    [{ action: 'delete', claimId: 'x', who: 'x' }, 400],
    [{ action: 'override', who: 'x', best: 3 }, 400],
    [{ action: 'override', figure: { measure: 'freed', group: 'people' }, who: 'x' }, 400],
    [{ action: 'override', figure: { measure: 'freed', group: 'people' }, who: 'x', low: 100, high: 50 }, 400],
    [{ action: 'override', figure: { measure: 'freed', group: 'unicorns' }, who: 'x', best: 1 }, 404],
  ])('refuses %j', async (payload, status) => {
    const r = await post(`/api/incidents/${slug}/reviews`, payload);
    expect(r.status).toBe(status);
    expect(r.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it('moves a report to another incident and back with undo', async () => {
    const flood = (await get('/api/incidents/valley-dam-failure/reports')).body.items[0];
    const r = await post(`/api/reports/${flood.id}/move`, { incident: 'valley-dam-failure-split', who: 'tester', why: 'other valley' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ incident: 'valley-dam-failure', action: 'move_report', payload: { from: 'valley-dam-failure', to: 'valley-dam-failure-split' } });
    expect((await get('/api/incidents/valley-dam-failure-split/picture')).status).toBe(200);
    expect((await get('/api/incidents/valley-dam-failure/picture')).status).toBe(404);
    expect((await post(`/api/reports/${flood.id}/move`, { incident: 'valley-dam-failure-split', who: 'tester' })).status).toBe(400);
    expect((await post(`/api/reports/${'f'.repeat(64)}/move`, { incident: 'x', who: 'tester' })).status).toBe(404);
    const undo = await post(`/api/reviews/${r.body.id}/undo`, { who: 'tester' });
    expect(undo.status).toBe(200);
    expect((await get('/api/incidents/valley-dam-failure/reports')).body.items[0].id).toBe(flood.id);
    expect((await get('/api/incidents/valley-dam-failure/reviews')).body.items[0].undoneBy).toBe('tester');
  });

  it('404s an unknown action to undo', async () => {
    const r = await post('/api/reviews/999999/undo', {});
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});

describe('access and headers', () => {
  it('refuses to build a server on a non-loopback host without a token', () => {
    expect(() => buildServer({ store: t.store, host: '0.0.0.0' })).toThrow(/token/);
    expect(() => buildServer({ store: t.store, host: '192.168.1.20', token: '  ' })).toThrow(/token/);
    expect(() => buildServer({ store: t.store, host: '::1' })).not.toThrow();
  });

  it('requires the bearer token (or the dashboard cookie) when one is configured', async () => {
    const s = buildServer({ store: t.store, host: '0.0.0.0', token: 's3cret', rateLimit: false });
    const none = await s.inject({ url: '/api/incidents', headers: { host: 'desk.example:8080' } });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    const wrong = await s.inject({ url: '/api/incidents', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await s.inject({ url: '/api/incidents', headers: { authorization: 'Bearer s3cret', host: 'desk.example:8080' } });
    expect(ok.statusCode).toBe(200);
    const login = await s.inject({ url: '/?token=s3cret' });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/');
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await s.inject({ url: '/api/incidents', headers: { cookie } })).statusCode).toBe(200);
    expect((await s.inject({ url: '/?token=wrong' })).statusCode).toBe(401);
    await s.close();
  });

  it('answers only loopback host names without a token (DNS rebinding)', async () => {
    const r = await app.inject({ url: '/api/incidents', headers: { host: 'evil.example' } });
    expect(r.statusCode).toBe(403);
    expect((await app.inject({ url: '/api/incidents', headers: { host: 'localhost:8080' } })).statusCode).toBe(200);
  });

  it('sends a content security policy and serves the dashboard and uPlot locally', async () => {
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect((await app.inject({ url: '/vendor/uplot/uPlot.esm.js' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/vendor/uplot/uPlot.cjs.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it('rate-limits with the same error shape', async () => {
    const s = buildServer({ store: t.store, rateLimit: 3 });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await s.inject({ url: '/api/openapi.json' })).statusCode);
    const last = await s.inject({ url: '/api/openapi.json' });
    await s.close();
    expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('rate_limited');
  });
});
