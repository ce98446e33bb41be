import { describe, expect, it } from 'vitest';
import { reconcileIncident } from '../../src/reconcile/index.js';
import type { Picture, ReconcileInput, ReviewAction } from '../../src/reconcile/types.js';
import { about, atLeast, ev, exact, fig, report, v } from './build.js';

const T1 = '2025-03-11T16:00:00Z';
const T2 = '2025-03-12T09:00:00Z';
const T3 = '2025-03-13T09:00:00Z';

function pic(reports: ReconcileInput['reports'], reviews?: ReviewAction[]): Picture {
  return reconcileIncident({ incident: 'test', reports, ...(reviews ? { reviews } : {}) });
}
const figure = (p: Picture, measure: string, group: string) => {
  const f = p.figures.find((x) => x.measure === measure && x.group === group);
  if (!f) throw new Error(`no figure ${measure}/${group}`);
  return f;
};
const claim = (p: Picture, id: string) => p.figures.flatMap((f) => f.claims).find((c) => c.id === id)!;

describe('history per figure', () => {
  const p = pic([
    report('r1', T1, 'Wire A', [fig('c1', 'killed', 'attackers', exact(16), 'ISPR', 'official')]),
    report('r2', T2, 'Wire B', [fig('c1', 'killed', 'attackers', exact(27), 'DG ISPR', 'official')]),
    report('r3', T3, 'Wire C', [fig('c1', 'killed', 'attackers', exact(33), 'ISPR', 'official')]),
  ]);
  it('the same source updating itself supersedes its earlier values', () => {
    expect(figure(p, 'killed', 'attackers').claims.map((c) => [c.id, c.status])).toEqual([
      ['r1:c1', 'superseded'], ['r2:c1', 'superseded'], ['r3:c1', 'latest'],
    ]);
    expect(figure(p, 'killed', 'attackers').latest).toHaveLength(1);
    expect(figure(p, 'killed', 'attackers').history!.map((h) => h.change)).toEqual(['first', 'up', 'up']);
  });

  it('reports are read in publish order whatever the input order', () => {
    const q = pic([
      report('r3', T3, 'Wire C', [fig('c1', 'killed', 'attackers', exact(33), 'ISPR', 'official')]),
      report('r1', T1, 'Wire A', [fig('c1', 'killed', 'attackers', exact(16), 'ISPR', 'official')]),
    ]);
    expect(figure(q, 'killed', 'attackers').estimate.best).toBe(33);
  });

  it('an increment is added to the same source\'s previous value', () => {
    const q = pic([
      report('r1', T1, 'A', [fig('c1', 'freed', 'passengers', exact(104), 'security officials', 'unnamed')]),
      report('r2', T2, 'B', [fig('c1', 'freed', 'passengers', exact(50), 'security officials', 'unnamed', { increment: true })]),
    ]);
    const c = claim(q, 'r2:c1');
    expect(c.increment).toEqual({ by: exact(50), base: 'r1:c1', total: exact(154) });
    expect(figure(q, 'freed', 'passengers').estimate.best).toBe(154);
  });

  it('an increment with no earlier value of its own adds to the figure\'s latest total', () => {
    const q = pic([
      report('r1', T1, 'A', [fig('c1', 'freed', 'passengers', exact(104), 'security officials', 'unnamed')]),
      report('r2', T2, 'B', [fig('c1', 'freed', 'passengers', exact(50), 'railway officials', 'official', { increment: true })]),
    ]);
    expect(claim(q, 'r2:c1').increment?.total).toEqual(exact(154));
  });

  it('a source lowering its cumulative toll is flagged as a correction, not hidden', () => {
    const q = pic([
      report('r1', T1, 'A', [fig('c1', 'killed', 'people', exact(31), 'hospital officials in Sibi', 'official')]),
      report('r2', T2, 'A', [fig('c1', 'killed', 'people', exact(27), 'hospital officials in Sibi', 'official')]),
    ]);
    expect(claim(q, 'r2:c1').correction).toEqual({ from: 'r1:c1', previous: exact(31), direction: 'down' });
    expect(claim(q, 'r1:c1').status).toBe('superseded');
    const check = q.checks.find((c) => c.kind === 'toll_down')!;
    expect(check.ok).toBe(false);
    expect(check.message).toContain('from 31 to 27');
  });

  it('a held count going down is not a correction (held is not cumulative)', () => {
    const q = pic([
      report('r1', T1, 'A', [fig('c1', 'held', 'hostages', exact(214), 'officials', 'official')]),
      report('r2', T2, 'A', [fig('c1', 'held', 'hostages', exact(100), 'officials', 'official')]),
    ]);
    expect(claim(q, 'r2:c1').correction).toBeUndefined();
  });

  it('a headline figure repeated in the body is one claim', () => {
    const q = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', exact(26), 'ISPR', 'official'),
      fig('c2', 'killed', 'people', exact(26), 'ISPR', 'official', { repeat_of: 'c1' }),
    ])]);
    expect(figure(q, 'killed', 'people').claims.map((c) => c.status)).toEqual(['latest', 'repeat']);
  });
});

describe('groups nest', () => {
  const p = pic([report('r1', T1, 'A', [
    fig('c1', 'freed', 'people', exact(80), 'sources in Islamabad', 'unnamed'),
    fig('c2', 'freed', 'men', exact(43), 'sources in Islamabad', 'unnamed', { parts_of: 'c1' }),
    fig('c3', 'freed', 'children', exact(11), 'sources in Islamabad', 'unnamed', { parts_of: 'c1' }),
    fig('c4', 'present', 'people', about(500), 'A', 'media'),
    fig('c5', 'present', 'passengers', exact(440), 'Pakistan Railways', 'official'),
    fig('c6', 'held', 'women', exact(5), 'B', 'media', { parts_of: 'c7' }),
    fig('c7', 'held', 'hostages', exact(30), 'B', 'media'),
  ])]);
  it.each([
    ['freed', 'people', undefined],
    ['freed', 'men', 'people'],
    ['present', 'passengers', 'people'],
    ['held', 'hostages', 'people'],
    ['held', 'women', 'hostages'],
  ])('%s %s is part of %s', (m, g, parent) => {
    expect(figure(p, m, g).parent).toBe(parent);
  });
  it('a passengers figure does not contradict a people figure', () => {
    expect(p.figures.flatMap((f) => f.conflicts)).toEqual([]);
  });
});

describe('estimate', () => {
  it('best = latest official figure confirmed by an independent source', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'killed', 'people', exact(21), 'ISPR', 'official')]),
      report('r2', T2, 'B', [
        fig('c1', 'killed', 'people', exact(26), 'ISPR', 'official'),
        fig('c2', 'killed', 'people', atLeast(25), 'Civil Hospital Quetta', 'official'),
      ]),
    ]);
    const e = figure(p, 'killed', 'people').estimate;
    expect([e.low, e.best, e.high]).toEqual([26, 26, 26]);
    expect(e.rule).toMatch(/^best = latest official figure confirmed by an independent source \(ISPR, 26; confirmed by Civil Hospital Quetta\)/);
    expect(e.used).toEqual(['r2:c1', 'r2:c2']);
  });

  it('else the latest official figure, said so in the rule', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', exact(10), 'police', 'official'),
      fig('c2', 'killed', 'people', exact(30), 'witness', 'witness'),
    ])]);
    const e = figure(p, 'killed', 'people').estimate;
    expect(e.best).toBe(10);
    expect(e.rule).toContain('not independently confirmed');
  });

  it('else the median of the latest values of independent sources', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'injured', 'people', exact(10), 'Wire A', 'media'),
      fig('c2', 'injured', 'people', exact(14), 'residents', 'witness'),
      fig('c3', 'injured', 'people', exact(30), 'unnamed sources', 'unnamed'),
    ])]);
    const e = figure(p, 'injured', 'people').estimate;
    expect([e.low, e.best, e.high]).toEqual([10, 14, 30]);
    expect(e.rule).toContain('median of the latest values of 3 independent sources');
  });

  it('a cumulative count someone credible has since put higher is stale', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'freed', 'passengers', exact(104), 'Wire A', 'media')]),
      report('r2', T2, 'B', [fig('c1', 'freed', 'passengers', exact(354), 'Balochistan government', 'official')]),
    ]);
    const e = figure(p, 'freed', 'passengers').estimate;
    expect([e.low, e.best, e.high]).toEqual([354, 354, 354]);
    expect(e.rule).toContain('Stale (a later credible count is higher): Wire A, 104.');
  });

  it('low is the highest "at least"; high stays open when nothing caps the figure', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', atLeast(87), 'fire service', 'media'),
      fig('c2', 'killed', 'people', atLeast(100), 'Wire B', 'media'),
    ])]);
    const e = figure(p, 'killed', 'people').estimate;
    expect(e.low).toBe(100);
    expect(e.high).toBeNull();
  });

  it('an unconfirmed party claim is shown but not used', () => {
    const p = pic([report('r1', T1, 'A', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')])]);
    const f = figure(p, 'held', 'hostages');
    expect(f.claims[0].confirmed).toBe(false);
    expect([f.estimate.low, f.estimate.best, f.estimate.high]).toEqual([null, null, null]);
    expect(f.estimate.rule).toContain('only unconfirmed claims by a party');
    expect(p.checks).toContainEqual(expect.objectContaining({ kind: 'unconfirmed_party_claim', ok: false, claims: ['r1:c1'] }));
  });

  it('a party claim confirmed by an independent source is used', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'attackers', exact(33), 'BLA', 'militant'),
      fig('c2', 'killed', 'attackers', exact(33), 'ISPR', 'official'),
    ])]);
    const f = figure(p, 'killed', 'attackers');
    expect(f.claims[0].confirmed).toBe(true);
    expect(f.claims[0].confirmedBy).toEqual(['r1:c2']);
    expect(p.checks.find((c) => c.kind === 'unconfirmed_party_claim')?.ok).toBe(true);
  });

  it('another party does not confirm a party claim', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'security_forces', exact(50), 'BLA', 'militant'),
      fig('c2', 'killed', 'security_forces', exact(50), 'TTP', 'militant'),
    ])]);
    expect(figure(p, 'killed', 'security_forces').claims.every((c) => c.confirmed === false)).toBe(true);
  });
});

describe('reviews', () => {
  const base = [report('r1', T1, 'A', [
    fig('c1', 'killed', 'people', exact(26), 'ISPR', 'official'),
    fig('c2', 'killed', 'people', exact(40), 'residents', 'witness'),
  ])];
  const review = (over: Partial<ReviewAction>): ReviewAction => ({
    id: 'v1', incident: 'test', target: {}, action: 'reject', who: 'ed', why: 'checked', at: '2025-03-15T00:00:00Z', ...over,
  });

  it('a rejected claim is kept, marked and not used', () => {
    const p = pic(base, [review({ target: { claimId: 'r1:c1' }, action: 'reject' })]);
    const f = figure(p, 'killed', 'people');
    expect(f.claims[0].status).toBe('rejected');
    expect(f.claims[0].reviews).toEqual([{ id: 'v1', action: 'reject', who: 'ed', why: 'checked', at: '2025-03-15T00:00:00Z' }]);
    expect(f.estimate.best).toBe(40);
    expect(f.conflicts).toEqual([]);
  });

  it('an undone action is ignored', () => {
    const p = pic(base, [review({ target: { claimId: 'r1:c1' }, undoneAt: '2025-03-16T00:00:00Z' })]);
    expect(figure(p, 'killed', 'people').estimate.best).toBe(26);
  });

  it('an override replaces the values and says who, when and why', () => {
    const p = pic(base, [review({ target: { figure: { measure: 'killed', group: 'people' } }, action: 'override', payload: { best: 30 } })]);
    const e = figure(p, 'killed', 'people').estimate;
    expect(e.best).toBe(30);
    expect(e.override).toMatchObject({ best: 30, who: 'ed', why: 'checked', reviewId: 'v1' });
    expect(e.rule).toMatch(/^Reviewer override by ed/);
  });

  it('a correction fixes the value and keeps the original', () => {
    const p = pic(base, [review({ target: { claimId: 'c2' }, action: 'correct', payload: { value: exact(28) } })]);
    const c = figure(p, 'killed', 'people').claims[1];
    expect(c.value).toEqual(exact(28));
    expect(c.original).toEqual({ value: exact(40) });
  });

  it('a confirmation makes a party claim count', () => {
    const p = pic([report('r1', T1, 'A', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')])],
      [review({ target: { claimId: 'r1:c1' }, action: 'confirm' })]);
    expect(figure(p, 'held', 'hostages').estimate.best).toBe(214);
  });
});

describe('conflicts', () => {
  it('materially different latest values from different sources', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', exact(26), 'ISPR', 'official'),
      fig('c2', 'killed', 'people', exact(214), 'BLA', 'militant'),
      fig('c3', 'killed', 'people', exact(27), 'hospital', 'official'),
    ])]);
    const cs = figure(p, 'killed', 'people').conflicts;
    expect(cs.map((c) => c.claims)).toEqual([['r1:c1', 'r1:c2'], ['r1:c2', 'r1:c3']]);
    expect(cs[0].message).toBe('ISPR (official) says 26; Baloch Liberation Army (militant) says 214');
  });

  it('a cumulative count that grew since an earlier report is not a conflict', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'freed', 'people', exact(80), 'sources in Islamabad', 'unnamed')]),
      report('r2', T2, 'B', [fig('c1', 'freed', 'people', exact(354), 'ISPR', 'official')]),
    ]);
    expect(figure(p, 'freed', 'people').conflicts).toEqual([]);
  });

  it('a later, lower official toll against an earlier party claim is a conflict', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'killed', 'security_forces', atLeast(100), 'BLA', 'militant')]),
      report('r2', T2, 'B', [fig('c1', 'killed', 'security_forces', exact(4), 'ISPR', 'official')]),
    ]);
    expect(figure(p, 'killed', 'security_forces').conflicts).toHaveLength(1);
  });

  it('"all hostages freed" against a count still held said afterwards', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')]),
      report('r2', T2, 'B', [fig('c1', 'freed', 'hostages', v(null, null, 'vague'), 'ISPR', 'official', { quantifier: 'all' })]),
      report('r3', T3, 'C', [fig('c1', 'held', 'hostages', atLeast(150), 'BLA', 'militant')]),
    ]);
    const cs = figure(p, 'held', 'hostages').conflicts.filter((c) => c.kind === 'all_freed_vs_held');
    expect(cs).toEqual([{ kind: 'all_freed_vs_held', claims: ['r2:c1', 'r3:c1'],
      message: 'ISPR (official) says all hostages were freed; afterwards Baloch Liberation Army (militant) says at least 150 hostages are still held' }]);
  });
});

describe('all freed', () => {
  const allFreed = fig('c1', 'freed', 'hostages', v(null, null, 'vague'), 'ISPR', 'official', { quantifier: 'all' });
  it('a credible "all hostages freed" puts the held estimate at 0, party claims notwithstanding', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')]),
      report('r2', T2, 'B', [allFreed]),
      report('r3', T3, 'C', [fig('c1', 'held', 'hostages', atLeast(150), 'BLA', 'militant')]),
    ]);
    const e = figure(p, 'held', 'hostages').estimate;
    expect([e.low, e.best, e.high, e.used]).toEqual([0, 0, 0, ['r2:c1']]);
    expect(e.rule).toMatch(/^best = 0: ISPR says all hostages were freed \(B, 2025-03-12T09:00:00Z\)/);
  });
  it('a credible count still held after it wins', () => {
    const p = pic([
      report('r2', T2, 'B', [allFreed]),
      report('r3', T3, 'C', [fig('c1', 'held', 'hostages', exact(12), 'police', 'official')]),
    ]);
    expect(figure(p, 'held', 'hostages').estimate.best).toBe(12);
  });
});

describe('checks', () => {
  it.each([
    [[43, 26, 11], 80, true, '43 + 26 + 11 = 80 ✓'],
    [[43, 26], 80, false, '43 + 26 = 69 of 80 ✗ (11 not broken down)'],
    [[43, 26, 20], 80, false, '43 + 26 + 20 = 89 > 80 ✗ (parts exceed the total)'],
  ])('breakdown %o of %d', (parts, total, ok, text) => {
    const p = pic([report('r1', T1, 'A', [
      fig('t', 'freed', 'people', exact(total), 'S', 'unnamed'),
      ...parts.map((n, i) => fig(`p${i}`, 'freed', ['men', 'women', 'children'][i], exact(n), 'S', 'unnamed', { parts_of: 't' })),
    ])]);
    const c = p.checks.find((x) => x.kind === 'breakdown')!;
    expect(c.ok).toBe(ok);
    expect(c.message).toContain(text);
    expect(c.figure).toEqual({ measure: 'freed', group: 'people' });
    expect(c.claims![0]).toBe('r1:t');
  });

  it.each([
    [300, 20, 26, 440, true],
    [400, 20, 26, 440, false],
  ])('freed %d + held %d + killed %d against %d present', (freed, held, killed, present, ok) => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'present', 'passengers', exact(present), 'Pakistan Railways', 'official'),
      fig('c2', 'freed', 'passengers', exact(freed), 'ISPR', 'official'),
      fig('c3', 'held', 'hostages', exact(held), 'ISPR', 'official'),
      fig('c4', 'killed', 'hostages', exact(killed), 'ISPR', 'official'),
    ])]);
    const c = p.checks.find((x) => x.kind === 'hostage_accounting')!;
    expect(c.ok).toBe(ok);
    expect(c.message).toContain(`freed ${freed} + held ${held} + killed ${killed} = ${freed + held + killed}`);
  });

  it('an early whole is not compared with a later part (80 freed on day one, 354 hostages freed on day three)', () => {
    const p = pic([
      report('r1', T1, 'A', [fig('c1', 'freed', 'people', exact(80), 'sources', 'unnamed')]),
      report('r2', T3, 'B', [fig('c1', 'freed', 'hostages', exact(354), 'ISPR', 'official')]),
    ]);
    expect(p.checks.filter((c) => c.kind === 'nesting')).toEqual([]);
  });

  it('attackers killed are not part of the victims\' toll (26 killed, 33 attackers killed)', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', exact(26), 'army', 'official'),
      fig('c2', 'killed', 'attackers', exact(33), 'army', 'official'),
    ])]);
    expect(p.checks.filter((c) => c.kind === 'nesting')).toEqual([]);
  });

  it('a part larger than its whole fails the nesting check', () => {
    const p = pic([report('r1', T1, 'A', [
      fig('c1', 'killed', 'people', exact(20), 'police', 'official'),
      fig('c2', 'killed', 'children', exact(25), 'hospital', 'official'),
    ])]);
    expect(p.checks).toContainEqual(expect.objectContaining({ kind: 'nesting', ok: false }));
  });
});

describe('syndication', () => {
  it('claims of a report marked copyOf are copies, not confirmations', () => {
    const p = pic([
      report('r1', T1, 'Frontier Wire', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')]),
      report('r2', T2, 'Daily Ledger', [fig('c1', 'held', 'hostages', exact(214), 'BLA', 'militant')], { copyOf: 'r1' }),
    ]);
    const f = figure(p, 'held', 'hostages');
    expect(f.claims.map((c) => [c.status, c.copyOf])).toEqual([['latest', undefined], ['copy', 'r1:c1']]);
    expect(f.latest).toHaveLength(1);
  });

  it('the same sentence in another outlet counts once, and the outlet voice of a copy does not confirm', () => {
    const text = 'Rescue workers said that at least 87 people had died in the collapse of the building.';
    const mk = (id: string, outlet: string, t: string) => report(id, t, outlet, [
      fig('c1', 'killed', 'people', atLeast(87), 'rescue workers', 'official', { sentence: { start: 0, end: text.length } }),
    ], { text });
    const p = pic([mk('r1', 'A', T1), mk('r2', 'B', T2)]);
    expect(figure(p, 'killed', 'people').claims.map((c) => c.status)).toEqual(['latest', 'copy']);
    expect(p.sources.find((s) => s.name === 'rescue workers')!.claims).toBe(1);
  });
});

describe('events, timeline, sources', () => {
  const p = pic([
    report('r1', T1, 'A', [
      ev('e1', 'hijacking', 'A', 'media', { actor: 'BLA' }),
      fig('c1', 'held', 'hostages', exact(214), 'Baloch Liberation Army (BLA)', 'militant'),
      fig('c2', 'freed', 'people', exact(80), 'sources in Islamabad', 'unnamed', { source: { name: 'sources in Islamabad', kind: 'unnamed', via: 'A' } }),
    ]),
    report('r2', T2, 'B', [
      ev('e1', 'hijacking', 'the group', 'militant', { actor: 'the Baloch Liberation Army' }),
      ev('e2', 'operation', 'ISPR', 'official', { time: { text: 'on Tuesday night', iso: '2025-03-11T20:00:00Z' } }),
    ]),
  ]);
  it('event claims of the same type and actor form one event', () => {
    expect(p.events.map((e) => [e.event, e.claims.length])).toEqual([['hijacking', 2], ['operation', 1]]);
    expect(p.events[0].sources).toEqual(['A', 'Baloch Liberation Army']);
  });
  it('the timeline orders events by their stated time and figures by report time', () => {
    expect(p.timeline.map((t) => [t.at, t.kind])).toEqual([
      [T1, 'event'], [T1, 'figure'], [T1, 'figure'], ['2025-03-11T20:00:00Z', 'event'],
    ]);
    // A figure entry names its claim; the report, outlet and span are on that claim.
    expect(p.timeline[1]).toEqual({ at: T1, kind: 'figure', figure: { measure: 'held', group: 'hostages' }, claimId: 'r1:c1', summary: p.timeline[1].summary });
    const claim = p.figures.flatMap((f) => f.claims).find((c) => c.id === 'r1:c1')!;
    expect([claim.reportId, claim.report.outlet]).toEqual(['r1', 'A']);
    expect(p.timeline[0]).toMatchObject({ kind: 'event', reportId: 'r1', outlet: 'A' });
  });
  it('sources carry kind, aliases, counts and the outlets that relayed them', () => {
    const bla = p.sources.find((s) => s.name === 'Baloch Liberation Army')!;
    expect(bla).toMatchObject({ kind: 'militant', claims: 2, firstSeen: T1, lastSeen: T2 });
    expect(bla.aliases).toEqual(['BLA', 'Baloch Liberation Army (BLA)', 'group']);
    expect(p.sources.find((s) => s.name === 'sources in Islamabad')!.outlets).toEqual(['A']);
  });
});

describe('determinism', () => {
  it('the same claims in any input order give the same picture', () => {
    const reports = [
      report('r1', T1, 'A', [fig('c1', 'killed', 'people', exact(26), 'ISPR', 'official'), fig('c2', 'held', 'hostages', exact(214), 'BLA', 'militant')]),
      report('r2', T2, 'B', [fig('c1', 'killed', 'people', exact(30), 'hospital', 'official')]),
      report('r3', T2, 'C', [fig('c1', 'freed', 'people', exact(354), 'ISPR', 'official')], { seq: 3 }),
    ];
    expect(JSON.stringify(pic([...reports].reverse()))).toBe(JSON.stringify(pic(reports)));
  });
});
