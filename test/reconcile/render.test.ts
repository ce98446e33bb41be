import { describe, expect, it } from 'vitest';
import { reconcileIncident, renderPictureText } from '../../src/reconcile/index.js';
import { about, atLeast, ev, exact, fig, report, v } from './build.js';

const picture = reconcileIncident({
  incident: 'jaffar-express-hijacking',
  generatedAt: '2025-03-15T00:00:00Z',
  reports: [
    report('r1', '2025-03-11T16:00:00Z', 'News Arena India', [
      fig('c1', 'present', 'people', about(500), 'News Arena India', 'media'),
      fig('c2', 'held', 'hostages', exact(214), 'Baloch Liberation Army (BLA)', 'militant'),
      fig('c3', 'killed', 'security_forces', atLeast(30), 'the group', 'militant'),
      fig('c4', 'freed', 'people', exact(80), 'sources in Islamabad', 'unnamed'),
      fig('c5', 'freed', 'men', exact(43), 'sources in Islamabad', 'unnamed', { parts_of: 'c4' }),
      fig('c6', 'freed', 'women', exact(26), 'sources in Islamabad', 'unnamed', { parts_of: 'c4' }),
      fig('c7', 'freed', 'children', exact(11), 'sources in Islamabad', 'unnamed', { parts_of: 'c4' }),
      fig('c8', 'injured', 'passengers', v(24, 99, 'vague'), 'initial reports', 'unnamed', { text: 'dozens' }),
      ev('e1', 'hijacking', 'News Arena India', 'media', { actor: 'BLA', target: 'Jaffar Express' }),
    ]),
    report('r2', '2025-03-12T17:30:00Z', 'Capital Times', [
      fig('c1', 'freed', 'hostages', v(null, null, 'vague'), 'ISPR', 'official', { quantifier: 'all' }),
      fig('c2', 'held', 'hostages', atLeast(150), 'BLA', 'militant'),
    ]),
  ],
});

describe('renderPictureText', () => {
  const text = renderPictureText(picture);
  it('shows estimates, hedged values, sources with kinds, outlets and times', () => {
    expect(text).toContain('Incident jaffar-express-hijacking — 2 reports, 2 outlets, as of 2025-03-15 00:00Z');
    expect(text).toContain('estimate: low 450 · best 500 · high 550');
    expect(text).toMatch(/at least 30 +Baloch Liberation Army \(militant\) as "the group" — News Arena India, 2025-03-11/);
    expect(text).toMatch(/16:00Z \[unconfirmed\]/);
    expect(text).toMatch(/about 500 +News Arena India \(media\)/);
    expect(text).toMatch(/24–99 \(dozens\) initial reports \(unnamed\)/);
    expect(text).toMatch(/all +ISPR \(official\)/);
  });
  it('lists checks with ✓/✗, conflicts, the timeline and the sources', () => {
    expect(text).toContain('✓ freed people: 43 + 26 + 11 = 80 (total 80)');
    expect(text).toContain('✗ Baloch Liberation Army: held hostages at least 150 not confirmed');
    expect(text).toContain('! conflict: ISPR (official) says all hostages were freed; afterwards Baloch Liberation Army');
    expect(text).toMatch(/\n {2}2025-03-11 16:00Z {2}event +BLA: hijacking of Jaffar Express \(News Arena India\)/);
    expect(text).toMatch(/TIMELINE\n {2}2025-03-11 16:00Z {2}figure {2}News Arena India: present people about 500/);
    // A figure entry's outlet comes from its claim (the entry does not repeat it).
    expect(text).toMatch(/figure {2}News Arena India: present people about 500 \[News Arena India\]/);
    expect(text).toMatch(/Baloch Liberation Army \(militant\) · 3 claims — also: BLA, Baloch Liberation Army \(BLA\), group/);
  });
  it('fits in 100 columns and has no colour codes unless asked', () => {
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(text).not.toMatch(/\u001b\[/);
    expect(renderPictureText(picture, { color: true })).toMatch(/\u001b\[1m/);
  });
});
