// Reviewers merging and splitting sources: the picture follows (latest per source, conflicts,
// confirmations, estimates), undo brings it back, and decisions survive new reports.
import { describe, expect, it } from 'vitest';
import { reconcileIncident } from '../../src/reconcile/index.js';
import { createPictureCache } from '../../src/reconcile/cache.js';
import { resolveSources, sourceDecision, type SourceDecision, type SourceMention } from '../../src/reconcile/sources.js';
import type { Picture, ReconcileInput, ReviewAction } from '../../src/reconcile/types.js';
import { exact, fig, report } from './build.js';

const T1 = '2025-06-02T08:00:00Z';
const T2 = '2025-06-02T14:00:00Z';
const T3 = '2025-06-03T09:00:00Z';

function pic(reports: ReconcileInput['reports'], reviews: ReviewAction[] = []): Picture {
  return reconcileIncident({ incident: 'test', reports, reviews });
}
const figure = (p: Picture, measure: string, group: string) => p.figures.find((x) => x.measure === measure && x.group === group)!;
const source = (p: Picture, key: string) => p.sources.find((s) => s.key === key);

let seq = 0;
function merge(into: string, from: string[], extra: Partial<ReviewAction> = {}): ReviewAction {
  seq++;
  return { id: `m${seq}`, incident: 'test', target: { source: into }, action: 'merge-sources', payload: { into, from }, who: 'ed', at: `2025-06-04T10:00:${String(seq).padStart(2, '0')}Z`, ...extra };
}
function split(src: string, name: string, extra: Partial<ReviewAction> = {}): ReviewAction {
  seq++;
  return { id: `s${seq}`, incident: 'test', target: { source: src }, action: 'split-source', payload: { source: src, name }, who: 'ed', at: `2025-06-04T10:00:${String(seq).padStart(2, '0')}Z`, ...extra };
}

// A militant front and a commander the reconciler cannot tie to it by name alone.
const FRONT = [
  report('r1', T1, 'Wire A', [fig('c1', 'held', 'hostages', exact(150), 'Zamindar Freedom Front', 'militant')]),
  report('r2', T2, 'Wire B', [fig('c1', 'held', 'hostages', exact(180), 'Rafiq Dost', 'militant')]),
];

describe('merging sources', () => {
  it('without review the front and its commander are two sources in contradiction', () => {
    const p = pic(FRONT);
    expect(p.sources.map((s) => s.key).sort()).toEqual(['rafiq-dost', 'zamindar-freedom-front']);
    const f = figure(p, 'held', 'hostages');
    expect(f.latest).toHaveLength(2);
    expect(f.conflicts).toHaveLength(1);
  });

  it('a merge makes one source: both names, one latest value, no contradiction', () => {
    const p = pic(FRONT, [merge('zamindar-freedom-front', ['rafiq-dost'])]);
    expect(p.sources.map((s) => s.key)).toEqual(['zamindar-freedom-front']);
    const s = source(p, 'zamindar-freedom-front')!;
    expect(s.name).toBe('Zamindar Freedom Front');
    expect(s.aliases).toEqual(['Rafiq Dost']);
    expect(s.claims).toBe(2);
    const f = figure(p, 'held', 'hostages');
    expect(f.conflicts).toEqual([]);
    expect(f.latest.map((l) => [l.source, l.value.low])).toEqual([['Zamindar Freedom Front', 180]]);
    expect(f.claims.map((c) => c.status)).toEqual(['superseded', 'latest']);
    expect(f.claims.map((c) => c.source.key)).toEqual(['zamindar-freedom-front', 'zamindar-freedom-front']);
  });

  it('the merged source keeps the name of the one merged into', () => {
    const p = pic(FRONT, [merge('rafiq-dost', ['zamindar-freedom-front'])]);
    expect(p.sources.map((s) => [s.key, s.name, s.aliases])).toEqual([['rafiq-dost', 'Rafiq Dost', ['Zamindar Freedom Front']]]);
  });

  it('an undone merge is ignored: the picture is as before', () => {
    const before = pic(FRONT);
    const undone = pic(FRONT, [merge('zamindar-freedom-front', ['rafiq-dost'], { undoneAt: '2025-06-04T11:00:00Z' })]);
    expect(undone.figures).toEqual(before.figures);
    expect(undone.sources).toEqual(before.sources);
  });

  it('merging two officials removes the independent confirmation the estimate rested on', () => {
    const reports = [
      report('r1', T1, 'Wire A', [fig('c1', 'killed', 'people', exact(30), 'Kestrel District Police', 'official')]),
      report('r2', T2, 'Wire B', [fig('c1', 'killed', 'people', exact(30), 'Officer Nadia Farooq', 'official')]),
    ];
    const apart = figure(pic(reports), 'killed', 'people');
    expect(apart.estimate.rule).toMatch(/confirmed by an independent source/);
    expect(apart.latest).toHaveLength(2);
    const merged = figure(pic(reports, [merge('kestrel-district-police', ['officer-nadia-farooq'])]), 'killed', 'people');
    expect(merged.latest).toHaveLength(1);
    expect(merged.estimate.rule).not.toMatch(/confirmed by an independent source/);
    expect(merged.estimate.best).toBe(30);
  });

  it('a merge naming a source absent from the incident changes nothing', () => {
    const before = pic(FRONT);
    expect(pic(FRONT, [merge('zamindar-freedom-front', ['nobody-at-all'])]).sources).toEqual(before.sources);
    expect(pic(FRONT, [merge('nobody-at-all', ['rafiq-dost'])]).sources).toEqual(before.sources);
  });

  it('merges a generic phrase left unresolved into a named source', () => {
    // Two militant voices: "the group" cannot be told apart, so it stays a source of its own.
    const reports = [...FRONT, report('r3', T3, 'Wire C', [fig('c1', 'killed', 'security_forces', exact(9), 'the group', 'militant')])];
    const p0 = pic(reports);
    expect(figure(p0, 'killed', 'security_forces').claims[0].source.key).toBe('group');
    const p = pic(reports, [merge('rafiq-dost', ['group'])]);
    expect(figure(p, 'killed', 'security_forces').claims[0].source.key).toBe('rafiq-dost');
    expect(source(p, 'rafiq-dost')!.aliases).toContain('group');
    expect(source(p, 'group')).toBeUndefined();
  });

  it('keeps working when later reports arrive, full or incremental', () => {
    const later = report('r3', T3, 'Wire C', [fig('c1', 'held', 'hostages', exact(120), 'Rafiq Dost', 'militant'),
      fig('c2', 'held', 'hostages', exact(100), 'Provincial Home Department', 'official')]);
    const reviews = [merge('zamindar-freedom-front', ['rafiq-dost'])];
    const full = pic([...FRONT, later], reviews);
    const f = figure(full, 'held', 'hostages');
    expect(f.latest.map((l) => [l.source, l.value.low]).sort()).toEqual([['Provincial Home Department', 100], ['Zamindar Freedom Front', 120]]);
    const cache = createPictureCache({ incident: 'test', reports: FRONT, reviews });
    cache.add([later]);
    const inc = cache.picture();
    expect(inc.figures).toEqual(full.figures);
    expect(inc.sources).toEqual(full.sources);
  });
});

// The lexicon ties the BLA's named spokesman to the group; a reviewer may disagree.
const BLA = [
  report('r1', T1, 'Wire A', [fig('c1', 'held', 'hostages', exact(214), 'Baloch Liberation Army', 'militant')]),
  report('r2', T2, 'Wire B', [fig('c1', 'held', 'hostages', exact(100), 'Jeeyand Baloch', 'militant')]),
];

describe('splitting a source', () => {
  it('the lexicon joins the spokesman to the group', () => {
    const p = pic(BLA);
    expect(p.sources.map((s) => [s.key, s.aliases])).toEqual([['baloch-liberation-army', ['Jeeyand Baloch']]]);
    expect(figure(p, 'held', 'hostages').conflicts).toEqual([]);
  });

  it('a split name becomes its own source and the two now contradict each other', () => {
    const p = pic(BLA, [split('baloch-liberation-army', 'Jeeyand Baloch')]);
    expect(p.sources.map((s) => [s.key, s.name, s.kind, s.aliases]).sort()).toEqual([
      ['baloch-liberation-army', 'Baloch Liberation Army', 'militant', []],
      ['jeeyand-baloch', 'Jeeyand Baloch', 'militant', []],
    ]);
    const f = figure(p, 'held', 'hostages');
    expect(f.latest.map((l) => l.source).sort()).toEqual(['Baloch Liberation Army', 'Jeeyand Baloch']);
    expect(f.conflicts).toHaveLength(1);
    expect(f.conflicts[0].message).toMatch(/Baloch Liberation Army/);
    expect(f.conflicts[0].message).toMatch(/Jeeyand Baloch/);
  });

  it('names tied to the source only through the split name leave with it', () => {
    const reports = [
      report('r1', T1, 'Wire A', [fig('c1', 'killed', 'people', exact(12), 'Harrowgate Police', 'official')]),
      report('r2', T2, 'Wire B', [fig('c1', 'killed', 'people', exact(14), 'Harrowgate Police Chief Dana Whitlock', 'official')]),
      report('r3', T3, 'Wire C', [fig('c1', 'killed', 'people', exact(15), 'Dana Whitlock', 'official')]),
    ];
    expect(pic(reports).sources.map((s) => s.key)).toEqual(['harrowgate-police']);
    const p = pic(reports, [split('harrowgate-police', 'Harrowgate Police Chief Dana Whitlock')]);
    expect(p.sources.map((s) => [s.name, s.aliases]).sort((a, b) => (a[0] < b[0] ? -1 : 1))).toEqual([
      ['Harrowgate Police', []],
      ['Harrowgate Police Chief Dana Whitlock', ['Dana Whitlock']],
    ]);
  });

  it('a merge after a split puts the name back; undoing the split does too', () => {
    const joined = pic(BLA);
    const s = split('baloch-liberation-army', 'Jeeyand Baloch');
    const back = pic(BLA, [s, merge('baloch-liberation-army', ['jeeyand-baloch'])]);
    expect(back.sources).toEqual(joined.sources);
    expect(back.figures).toEqual(joined.figures);
    const undone = pic(BLA, [{ ...s, undoneAt: '2025-06-05T00:00:00Z' }]);
    expect(undone.figures).toEqual(joined.figures);
  });

  it('splitting the name the lexicon leads with leaves one source by that name', () => {
    const reports = [
      report('r1', T1, 'Wire A', [fig('c1', 'held', 'hostages', exact(214), 'Baloch Liberation Army', 'militant')]),
      report('r2', T2, 'Wire B', [fig('c1', 'held', 'hostages', exact(100), 'BLA', 'militant')]),
    ];
    const p = pic(reports, [split('baloch-liberation-army', 'Baloch Liberation Army')]);
    expect(p.sources.map((s) => [s.key, s.name]).sort()).toEqual([['baloch-liberation-army', 'Baloch Liberation Army'], ['bla', 'BLA']]);
  });

  it('splits a generic phrase read as the group back into a source of its own', () => {
    const reports = [
      report('r1', T1, 'Wire A', [
        fig('c1', 'held', 'hostages', exact(214), 'Baloch Liberation Army', 'militant'),
        fig('c2', 'killed', 'security_forces', exact(30), 'the group', 'militant'),
      ]),
    ];
    const p0 = pic(reports);
    expect(figure(p0, 'killed', 'security_forces').claims[0].source.key).toBe('baloch-liberation-army');
    const p = pic(reports, [split('baloch-liberation-army', 'group')]);
    expect(figure(p, 'killed', 'security_forces').claims[0].source.name).toBe('group');
    expect(figure(p, 'killed', 'security_forces').claims[0].source.key).not.toBe('baloch-liberation-army');
  });
});

describe('decisions from review actions', () => {
  const base = { id: '7', who: 'ed' };
  it.each<[string, Record<string, unknown>, SourceDecision | null]>([
    ['merge-sources', { into: 'a', from: ['b', 'c'] }, { id: '7', kind: 'merge', into: 'a', from: ['b', 'c'] }],
    ['merge-sources', { into: 'a', from: ['a'] }, null],
    ['merge-sources', { into: 'a' }, null],
    ['split-source', { source: 'a', name: 'B C' }, { id: '7', kind: 'split', source: 'a', name: 'B C' }],
    ['split-source', { source: 'a', name: ' ' }, null],
    ['reject', {}, null],
  ])('%s %j', (action, payload, want) => {
    expect(sourceDecision({ ...base, action, payload })).toEqual(want);
  });

  it('is deterministic whatever the order of mentions of equal standing', () => {
    const m = (uid: string, name: string, reportIndex: number): SourceMention => ({ uid, reportIndex, order: 0, name, kind: 'official' });
    const decisions: SourceDecision[] = [{ id: '1', kind: 'merge', into: 'alpha-agency', from: ['beta-bureau'] }];
    const a = resolveSources([m('1', 'Alpha Agency', 0), m('2', 'Beta Bureau', 1)], undefined, decisions);
    const b = resolveSources([m('1', 'Alpha Agency', 0), m('2', 'Beta Bureau', 1)], undefined, decisions);
    expect([...a.sources.keys()]).toEqual(['alpha-agency']);
    expect(a.keys).toEqual(b.keys);
  });
});
