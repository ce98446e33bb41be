// Situation reports: wording rules on a hand-made picture (pure), golden Markdown on the Jaffar Express
// examples through the built CLI (regenerate with UPDATE_GOLDEN=1, then read the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileIncident } from '../../src/reconcile/index.js';
import { renderHtml, renderMarkdown } from '../../src/share/render.js';
import { buildSitrep, formatValue, incidentTitle } from '../../src/share/sitrep.js';
import { EXAMPLES, ROOT, sitrep, tempStore } from '../cli/run.js';
import { atLeast, exact, fig, report, v } from '../reconcile/build.js';

const TEXT = 'The <b>Front</b> said it had killed 40 guards & took 12 hostages. Officials said 9 guards died.';

function handMade() {
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const first = { start: 0, end: TEXT.indexOf('Officials') - 1 };
  const picture = reconcileIncident({
    incident: 'depot-raid',
    reports: [
      report('r1', '2025-01-02T10:00:00Z', 'Evening <Post>', [
        fig('c1', 'killed', 'security_forces', exact(40), 'the Front', 'militant', { span: at('40 guards'), sentence: first }),
        fig('c2', 'held', 'hostages', exact(12), 'the Front', 'militant', { span: at('12 hostages'), sentence: first }),
        fig('c3', 'killed', 'security_forces', exact(9), 'officials', 'official', { span: at('9 guards'), sentence: { start: TEXT.indexOf('Officials'), end: TEXT.length } }),
      ], { url: 'https://example.org/a?x=1&y="2"', text: TEXT }),
    ],
  });
  return buildSitrep(picture, new Map([['r1', TEXT]]));
}

describe('sitrep title', () => {
  it.each([
    ['depot-raid', null, 'Depot Raid'],
    ['depot-raid', 'depot-raid', 'Depot Raid'],
    ['depot-raid', 'Raid on the Kelvar fuel depot', 'Raid on the Kelvar fuel depot'],
  ])('%s named %s reads as %s', (slug, name, title) => {
    expect(incidentTitle(slug, name)).toBe(title);
  });

  it('names the slug under the title, in both formats', () => {
    const doc = handMade();
    expect(renderMarkdown(doc)).toMatch(/^# Situation report: Depot Raid\n\nIncident `depot-raid`\n/);
    expect(renderHtml(doc)).toContain('<h1>Situation report: Depot Raid</h1>');
  });
});

describe('sitrep wording', () => {
  it.each([
    [exact(26), '26'],
    [v(500, 500, 'about'), 'about 500'],
    [atLeast(30), 'at least 30'],
    [v(null, 10, 'at_most'), 'at most 10'],
    [v(20, 25, 'range'), '20–25'],
    [v(24, 99, 'vague'), 'an unspecified number (24–99)'],
  ])('formats %j as %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it('attributes every figure and words a party claim as an unconfirmed claim', () => {
    const md = renderMarkdown(handMade());
    expect(md).toContain('Front claims 40 security forces killed (unconfirmed)');
    expect(md).toContain('officials (official): 9 security forces killed');
    expect(md).toContain('killed (security forces): best 9 (range 9–9)');
    // one note for the sentence both party claims came from, quoting the stored text
    expect(md.match(/\[\^1\]:/g)).toHaveLength(1);
    expect(md).toContain('\\<b\\>Front\\</b\\> said it had killed 40 guards & took 12 hostages.');
  });

  it('escapes all report text in HTML', () => {
    const html = renderHtml(handMade());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<b>Front</b>');
    expect(html).not.toContain('<Post>');
    expect(html).toContain('&lt;b&gt;Front&lt;/b&gt; said');
    expect(html).toContain('href="https://example.org/a?x=1&amp;y=&quot;2&quot;"');
    expect(html).toContain('class="claim unconfirmed"');
  });
});

describe('sitrep report (built CLI, examples)', () => {
  let store: ReturnType<typeof tempStore>;
  beforeAll(() => {
    store = tempStore();
    expect(sitrep(['--db', store.db, 'ingest', EXAMPLES]).code).toBe(0);
  });
  afterAll(() => store.cleanup());

  it.each([
    ['jaffar-express-hijacking.md', []],
    ['jaffar-express-hijacking.day-one.md', ['--as-of', '2025-03-11T23:59:59Z']],
    ['jaffar-express-hijacking.day-two-changes.md', ['--as-of', '2025-03-13T00:00:00Z', '--since', '2025-03-12T00:00:00Z']],
    ['jaffar-express-hijacking.html', ['--format', 'html']],
  ])('matches the golden file %s', (name, extra) => {
    const r = sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    const golden = join(ROOT, 'test', 'fixtures', 'share', name);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
  });

  it('writes standalone HTML to --out and refuses a bad --as-of', () => {
    const out = join(store.dir, 'r.html');
    const r = sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--format', 'html', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).toContain('Baloch Liberation Army claims 214 hostages killed (unconfirmed)');
    expect(sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--as-of', 'yesterday']).code).toBe(2);
    expect(sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--as-of', '2000-01-01']).code).toBe(1);
    const reversed = sitrep(['--db', store.db, 'report', 'jaffar-express-hijacking', '--as-of', '2025-03-12T00:00:00Z', '--since', '2025-03-13T00:00:00Z']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/--since must not be later than --as-of/);
  });
});
