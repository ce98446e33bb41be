// `sitrep incident merge|move|split|rename` through the built CLI, against a throwaway SQLite store,
// and a coded stream through `sitrep import` + `sitrep show --json` compared with its reviewed golden.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ROOT, sitrep, tempStore, type Run } from './run.js';

const STREAMS = join(ROOT, 'test', 'fixtures', 'streams');
const registered = /^\s+incident\s/m.test(sitrep(['--help']).stdout);

/** The `incident` command as main.js wires it; until it is wired there, the same module on its own. */
function incident(db: string, args: string[], env: Record<string, string> = {}): Run {
  if (registered) return sitrep(['--db', db, 'incident', ...args], { env });
  const harness = `
    import { Command } from 'commander';
    const { registerIncident } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'incident.js'))});
    const p = new Command('sitrep').option('--db <path>').exitOverride();
    registerIncident(p);
    try { await p.parseAsync(process.argv.slice(1), { from: 'user' }); }
    catch (e) { if (e.code !== 'commander.helpDisplayed') { process.stderr.write('sitrep: ' + e.message + '\\n'); process.exitCode = e.exitCode ?? 1; } }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', harness, '--', '--db', db, 'incident', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const line = (slug: string, id: string, text: string, published: string) => JSON.stringify({
  incident: slug, report: { id, outlet: `Outlet ${id}`, published, text },
  claims: [{ id: 'c1', type: 'figure', measure: 'killed', group: 'people', value: { low: 3, high: 3, hedge: 'exact' }, source: { name: 'police', kind: 'official' }, span: { start: 0, end: 5 } }],
});

describe('sitrep incident', () => {
  const t = tempStore();
  afterAll(() => t.cleanup());
  const jsonl = join(t.dir, 'in.jsonl');
  writeFileSync(jsonl, [
    line('flood-a', 'r1', 'Three people died in the flood.', '2025-01-01T00:00:00Z'),
    line('flood-a', 'r2', 'Three people were killed by floodwater.', '2025-01-02T00:00:00Z'),
    line('flood-b', 'r3', 'Three dead as the river burst its banks.', '2025-01-02T06:00:00Z'),
    line('flood-b', 'r4', 'A quite different story about a fire.', '2025-01-03T00:00:00Z'),
  ].join('\n') + '\n');
  expect(sitrep(['--db', t.db, 'import', jsonl]).code).toBe(0);
  const byIncident = async () => {
    const s = await openStore(t.db);
    try {
      const out: Record<string, number> = {};
      for (const i of await s.listIncidents()) out[i.slug] = i.reports;
      return out;
    } finally { await s.close(); }
  };
  const log = async (slug: string) => {
    const s = await openStore(t.db);
    try { return (await s.listReviewActions(slug)).map((a) => `${a.action} ${a.target} ${a.who} ${a.why ?? ''}`.trim()); } finally { await s.close(); }
  };

  it('merges one incident into another and logs who did it', async () => {
    const r = incident(t.db, ['merge', 'flood-b', 'flood-a', '--why', 'same flood'], { USER: 'desk-editor' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('merged flood-b into flood-a: 2 reports moved\n');
    expect(await byIncident()).toMatchObject({ 'flood-a': 4 });
    expect(await log('flood-a')).toEqual(['merge_incident incident:flood-b desk-editor same flood']);
  });

  it('splits reports off into a new incident, by id prefix', async () => {
    const s = await openStore(t.db);
    const fire = (await s.listReports('flood-a')).find((r) => r.text.includes('fire'))!.id;
    await s.close();
    const r = incident(t.db, ['split', 'flood-a', 'depot-fire', fire.slice(0, 10), '--who', 'ana']);
    expect(r.stdout).toBe('split 1 report from flood-a into depot-fire\n');
    expect(await byIncident()).toMatchObject({ 'flood-a': 3, 'depot-fire': 1 });
    expect(await log('flood-a')).toContain('split_incident incident:depot-fire ana');
  });

  it('moves a report and renames an incident', async () => {
    const s = await openStore(t.db);
    const one = (await s.listReports('flood-a'))[0].id;
    await s.close();
    expect(incident(t.db, ['move', one.slice(0, 8), 'depot-fire', '--who', 'ana']).stdout).toBe(`moved ${one.slice(0, 12)} from flood-a to depot-fire\n`);
    expect(incident(t.db, ['move', one.slice(0, 8), 'depot-fire']).stdout).toContain('nothing changed');
    expect(incident(t.db, ['rename', 'flood-a', 'River Ley floods, January 2025', '--who', 'ana']).code).toBe(0);
    const list = JSON.parse(sitrep(['--db', t.db, 'incidents', '--json']).stdout) as { incidents: Array<{ slug: string; name: string; reports: number }> };
    expect(list.incidents.find((i) => i.slug === 'flood-a')).toMatchObject({ name: 'River Ley floods, January 2025', reports: 2 });
    expect(await log('flood-a')).toContain('rename_incident incident:flood-a ana');
    expect(await log('flood-a')).toContain(`move_report report:${one} ana`);
    // The picture follows the move.
    const shown = JSON.parse(sitrep(['--db', t.db, 'show', 'depot-fire', '--json']).stdout);
    expect(shown.reports).toHaveLength(2);
  });

  it('refuses what cannot be done, in one line with exit 1', () => {
    for (const args of [['merge', 'nope', 'flood-a'], ['move', 'ffffffffff', 'flood-a'], ['move', 'ab', 'flood-a'], ['split', 'flood-a', 'flood-a', 'abcdef'], ['rename', 'nope', 'X']]) {
      const r = incident(t.db, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('a coded stream through sitrep import and show --json', () => {
  const t = tempStore();
  afterAll(() => t.cleanup());

  it('gives the reviewed picture', () => {
    const file = join(STREAMS, 'harrowgate-market-shooting.coded.jsonl');
    const r = sitrep(['--db', t.db, 'import', file]);
    expect(r.code).toBe(0);
    const shown = sitrep(['--db', t.db, 'show', 'harrowgate-market-shooting', '--json']);
    expect(shown.code).toBe(0);
    const golden = join(STREAMS, 'harrowgate-market-shooting.cli.picture.json');
    // show --json prints compact JSON when piped; the golden is kept indented so that diffs read well
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, `${JSON.stringify(JSON.parse(shown.stdout), null, 2)}\n`);
    expect(JSON.parse(shown.stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    // The same figures as the pure reconcile of the stream (report ids differ: the store hashes lines).
    const pure = JSON.parse(readFileSync(join(STREAMS, 'harrowgate-market-shooting.coded.picture.json'), 'utf8'));
    const est = (p: { figures: Array<{ measure: string; group: string; estimate: unknown }> }) => p.figures.map((f) => [f.measure, f.group, f.estimate]);
    expect(est(JSON.parse(shown.stdout)).map((x) => JSON.stringify(x).replace(/"used":\[[^\]]*\]/, ''))).toEqual(
      est(pure).map((x) => JSON.stringify(x).replace(/"used":\[[^\]]*\]/, '')));
  });
});
