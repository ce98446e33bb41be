// The summary view keeps what the board needs when a figure has many claims, and says what it cut.
import { describe, expect, it } from 'vitest';
import { summaryView, VIEW_LIMITS } from '../../src/api/views.js';
import type { Figure, Picture, PictureClaim } from '../../src/reconcile/types.js';

function claim(i: number, status: PictureClaim['status']): PictureClaim {
  return {
    id: `r${i}:f1`, reportId: `r${i}`, value: { low: i, high: i, hedge: 'exact' }, status, span: { start: 0, end: 1 },
    source: { name: `s${i % 3}`, kind: 'official', key: `s${i % 3}` }, report: { outlet: `o${i}`, published: `2025-03-11T${String(i % 24).padStart(2, '0')}:00:00Z` },
  };
}

function picture(n: number): Picture {
  const claims = Array.from({ length: n }, (_, i) => claim(i, i >= n - 3 ? 'latest' : 'superseded'));
  const figure: Figure = {
    measure: 'killed', group: 'people', claims,
    latest: claims.slice(-3).map((c) => ({ source: c.source.name, kind: 'official', claimId: c.id, value: c.value, published: null })),
    estimate: { low: 1, best: 2, high: 3, rule: 'r', used: [claims[n - 1].id] },
    conflicts: [{ kind: 'values_differ', message: 'm', claims: [claims[0].id, claims[n - 1].id] }],
    history: claims.map((c) => ({ source: c.source.name, claimId: c.id, change: 'up' as const })),
  };
  const timeline = claims.map((c) => ({ at: c.report.published, kind: 'figure' as const, figure: { measure: 'killed', group: 'people' }, claimId: c.id, summary: 's' }));
  return { incident: 'x', figures: [figure], events: [], sources: [], checks: [], timeline, reports: [] };
}

describe('summaryView', () => {
  it.each([
    [10, 10, undefined],
    [200, 200, undefined],
    [5000, 4, 5000], // 3 latest + the conflict's oldest claim (the used one is also latest)
  ])('a figure with %i claims keeps %i', (n, kept, total) => {
    const v = summaryView(picture(n), { ...VIEW_LIMITS, claims: 200, history: 100, timeline: 10, checks: 10 });
    expect(v.figures[0].claims).toHaveLength(kept);
    expect(v.figures[0].claimsTotal).toBe(total);
    expect(v.figures[0].history).toHaveLength(Math.min(n, 100));
    if (n > 100) expect(v.figures[0].history!.at(-1)!.claimId).toBe(`r${n - 1}:f1`);
  });

  it('puts back on kept history and timeline entries what the full picture leaves on their claims', () => {
    const v = summaryView(picture(5000), { ...VIEW_LIMITS, claims: 200, history: 100, timeline: 10, checks: 10 });
    // Entries whose claim the view cut carry the claim's time, value, report and span; the others name a claim in the view.
    expect(v.figures[0].history!.at(-4)).toEqual({
      source: 's1', claimId: 'r4996:f1', change: 'up', at: '2025-03-11T04:00:00Z', value: { low: 4996, high: 4996, hedge: 'exact' },
    });
    expect(v.figures[0].history!.at(-1)).toEqual({ source: 's1', claimId: 'r4999:f1', change: 'up' });
    expect(v.figures[0].claims.map((c) => c.id)).toContain('r4999:f1');
    expect(v.timeline).toHaveLength(10);
    expect(v.timelineTotal).toBe(5000);
    expect(v.timeline.at(-4)).toMatchObject({ claimId: 'r4996:f1', reportId: 'r4996', outlet: 'o4996', span: { start: 0, end: 1 } });
    expect(v.timeline.at(-1)).not.toHaveProperty('reportId');
  });
});
