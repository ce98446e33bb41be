// Merging and splitting sources, and merging incidents, over the HTTP API against a real store:
// the picture follows, the audit log records it, undo brings it back, bad payloads get error objects.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import type { Picture } from '../../src/reconcile/types.js';
import { ingestText, SEED_INCIDENT, tempStore, type TempStore } from './helpers.js';

// Our own words: a commander the reconciler cannot tie to the group by name, with another count.
const COMMANDER = 'A commander of the militants, Dawood Marri, told reporters by phone on Thursday that 250 hostages were still being held inside the train.';
const FLOOD = 'Rescue teams in the river valley said at least 12 people were killed when the dam gave way on Monday night.';
const FLOOD_2 = 'By Tuesday the district office said 15 people had died after the dam in the river valley broke.';

let t: TempStore;
let app: FastifyInstance;
const slug = SEED_INCIDENT;

beforeAll(async () => {
  t = await tempStore();
  await ingestText(t.store, COMMANDER, { incident: slug, outlet: 'Frontier Daily', published: '2025-03-13T09:00:00Z' });
  await ingestText(t.store, FLOOD, { incident: 'valley-dam', outlet: 'Valley Post', published: '2025-05-05T09:00:00Z' });
  await ingestText(t.store, FLOOD_2, { incident: 'valley-dam-2', outlet: 'Hill Times', published: '2025-05-06T09:00:00Z' });
  app = buildServer({ store: t.store, rateLimit: false });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await t.cleanup();
});

const get = async (url: string) => {
  const r = await app.inject({ url });
  return { status: r.statusCode, body: r.json() };
};
const post = async (url: string, payload?: unknown) => {
  const r = await app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: r.statusCode, body: r.json() };
};
const picture = async (s = slug) => (await get(`/api/incidents/${s}/picture`)).body as Picture;
const held = (p: Picture) => p.figures.find((f) => f.measure === 'held' && f.group === 'hostages')!;

describe('merge and split sources', () => {
  it('merges the commander into the group: one source, no contradiction; undo restores it', async () => {
    const before = await picture();
    expect(held(before).conflicts).toHaveLength(1);
    expect(held(before).latest).toHaveLength(2);

    const r = await post(`/api/incidents/${slug}/reviews`, { action: 'merge-sources', into: 'baloch-liberation-army', from: ['dawood-marri'], who: 'tester', why: 'same group' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ action: 'merge-sources', target: 'source:baloch-liberation-army', payload: { into: 'baloch-liberation-army', from: ['dawood-marri'] }, who: 'tester' });

    const merged = await picture();
    expect(held(merged).conflicts).toEqual([]);
    expect(held(merged).latest.map((l) => [l.source, l.value.low])).toEqual([['Baloch Liberation Army', 250]]);
    const bla = merged.sources.find((s) => s.key === 'baloch-liberation-army')!;
    expect(bla.aliases).toContain('Dawood Marri');
    expect(merged.sources.some((s) => s.key === 'dawood-marri')).toBe(false);

    const log = await get(`/api/incidents/${slug}/reviews`);
    expect(log.body.items.map((a: { action: string }) => a.action)).toContain('merge-sources');

    expect((await post(`/api/reviews/${r.body.id}/undo`, { who: 'tester' })).status).toBe(200);
    const after = await picture();
    expect(held(after).conflicts).toEqual(held(before).conflicts);
    expect(after.sources).toEqual(before.sources);
  });

  it('splits an alias off a source and undoes it', async () => {
    const r = await post(`/api/incidents/${slug}/reviews`, { action: 'split-source', source: 'baloch-liberation-army', name: 'BLA', who: 'tester' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ action: 'split-source', target: 'source:baloch-liberation-army', payload: { source: 'baloch-liberation-army', name: 'BLA' } });
    const split = await picture();
    expect(split.sources.find((s) => s.key === 'bla')?.name).toBe('BLA');
    expect(split.sources.find((s) => s.key === 'baloch-liberation-army')!.aliases).not.toContain('BLA');
    await post(`/api/reviews/${r.body.id}/undo`, { who: 'tester' });
    expect((await picture()).sources.find((s) => s.key === 'baloch-liberation-army')!.aliases).toContain('BLA');
  });

  it.each([
    [{ action: 'merge-sources', into: 'baloch-liberation-army', who: 'x' }, 400],
    [{ action: 'merge-sources', into: 'baloch-liberation-army', from: [], who: 'x' }, 400],
    [{ action: 'merge-sources', into: 'baloch-liberation-army', from: ['baloch-liberation-army'], who: 'x' }, 400],
    [{ action: 'merge-sources', into: 'baloch-liberation-army', from: ['no-such-source'], who: 'x' }, 404],
    [{ action: 'merge-sources', into: 'no-such-source', from: ['dawood-marri'], who: 'x' }, 404],
    [{ action: 'merge-sources', into: 'baloch-liberation-army', from: [{ key: 'dawood-marri' }], who: 'x' }, 400],
    [{ action: 'merge-sources', into: 'baloch-liberation-army', from: ['dawood-marri'], who: 'x', extra: 1 }, 400],
    [{ action: 'split-source', source: 'baloch-liberation-army', who: 'x' }, 400],
    [{ action: 'split-source', source: 'baloch-liberation-army', name: 'Someone Else', who: 'x' }, 400],
    [{ action: 'split-source', source: 'dawood-marri', name: 'Dawood Marri', who: 'x' }, 400],
    [{ action: 'split-source', source: 'no-such-source', name: 'BLA', who: 'x' }, 404],
    [{ action: 'split-source', source: { name: 'BLA', kind: 'militant' }, name: 'BLA', who: 'x' }, 400],
  ])('refuses %j', async (payload, status) => {
    const r = await post(`/api/incidents/${slug}/reviews`, payload);
    expect(r.status).toBe(status);
    expect(r.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });
});

describe('merge incidents', () => {
  it('moves every report into the target, logs it there, and undo moves them back', async () => {
    const r = await post('/api/incidents/valley-dam-2/merge', { into: 'valley-dam', who: 'tester', why: 'same dam' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ incident: 'valley-dam', action: 'merge_incident', target: 'incident:valley-dam-2', payload: { from: 'valley-dam-2', into: 'valley-dam' } });
    expect((await get('/api/incidents/valley-dam/reports')).body.total).toBe(2);
    expect((await get('/api/incidents/valley-dam-2/picture')).status).toBe(404);
    const log = await get('/api/incidents/valley-dam/reviews');
    expect(log.body.items.map((a: { action: string }) => a.action)).toContain('merge_incident');

    expect((await post(`/api/reviews/${r.body.id}/undo`, { who: 'tester' })).status).toBe(200);
    expect((await get('/api/incidents/valley-dam/reports')).body.total).toBe(1);
    expect((await get('/api/incidents/valley-dam-2/reports')).body.total).toBe(1);
  });

  it.each([
    ['valley-dam', { into: 'valley-dam', who: 'x' }, 400],
    ['valley-dam', { into: 'no-such-incident', who: 'x' }, 404],
    ['no-such-incident', { into: 'valley-dam', who: 'x' }, 404],
    ['valley-dam', { into: 'valley-dam-2' }, 400],
    ['valley-dam', { into: 'Not A Slug', who: 'x' }, 400],
  ])('refuses merging %s with %j', async (from, payload, status) => {
    const r = await post(`/api/incidents/${from}/merge`, payload);
    expect(r.status).toBe(status);
    expect(r.body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.paths['/api/incidents/{slug}/merge'].post.requestBody).toBeDefined();
    const body = doc.paths['/api/incidents/{slug}/reviews'].post.requestBody.content['application/json'].schema;
    expect(body.properties.action.enum).toEqual(expect.arrayContaining(['merge-sources', 'split-source']));
    expect(body.properties.into).toBeDefined();
  });
});
