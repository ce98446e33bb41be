// Bad input through the real CLI: every refusal is one line naming the file and the reason, the rest of
// the batch is still stored, the exit code is 1, and the store holds only whole reports.
import { copyFileSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { extract } from '../../src/extract/index.js';
import { FIXTURES, sitrep, stderrLines, tempStore } from '../cli/run.js';

const tmp = tempStore();
afterAll(() => tmp.cleanup());

const latin = (s: string) => Buffer.from(s, 'latin1');

function write(name: string, content: string | Buffer): string {
  const p = join(tmp.dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

let n = 0;
/** Each case gets its own store so counts are exact. */
function freshEnv(): Record<string, string> {
  return { SITREP_DB: join(tmp.dir, `case-${++n}.db`) };
}

async function storedTexts(env: Record<string, string>): Promise<Array<{ text: string; incident: string; claims: number }>> {
  const s = await openStore(env.SITREP_DB);
  try {
    const out = [];
    for (const inc of await s.listIncidents()) {
      for (const r of await s.incidentClaims(inc.slug)) out.push({ text: r.report.text, incident: inc.slug, claims: r.claims.length });
    }
    return out;
  } finally {
    await s.close();
  }
}

// A short report in our own words; the figure is there so extraction has something to find.
const REPORT = 'Firefighters said 6 people were injured when a warehouse caught fire on Tuesday night.\n';

describe('refused files', () => {
  const cyrillic = Buffer.from([0xcf, 0xee, 0xe6, 0xe0, 0xf0, 0x20, 0xed, 0xe0, 0x20, 0xf1, 0xea, 0xeb, 0xe0, 0xe4, 0xe5]);
  it.each([
    ['empty', () => write('empty.txt', ''), 'empty file'],
    ['only whitespace', () => write('blank.txt', '\n  \n'), 'no text (only whitespace)'],
    ['binary with NUL bytes', () => write('image.txt', Buffer.from([0x01, 0x00, 0x02, 0x00, 0xff, 0x10])), 'binary file (contains NUL bytes), not text'],
    ['a PDF saved as .txt', () => write('paper.txt', Buffer.concat([latin('%PDF-1.4\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3])])), 'binary file (PDF), not text'],
    ['invalid UTF-8 with no charset hint', () => write('legacy.txt', cyrillic), 'invalid UTF-8 and no declared charset; convert the file to UTF-8'],
    ['a path that does not exist', () => join(tmp.dir, 'missing.txt'), 'no such file or directory'],
    ['a URL that cannot be fetched', () => 'http://127.0.0.1:1/story', 'network error: bad port'],
  ])('%s: exit 1, one line naming the file, nothing stored', async (_name, make, reason) => {
    const path = make();
    const env = freshEnv();
    const r = sitrep(['ingest', '--incident', 'bad-input', path], { env });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([`sitrep: ${path}: ${reason}`]);
    expect(r.stdout).toBe('1 file: 0 stored, 0 unchanged, 1 refused\n');
    expect(await storedTexts(env)).toEqual([]);
  });

  it('a file over --max-bytes is refused; SITREP_MAX_BYTES sets the same limit; raising it lets it in', async () => {
    const path = write('long.txt', REPORT.repeat(4));
    const env = freshEnv();
    const size = Buffer.byteLength(REPORT) * 4;
    const r = sitrep(['ingest', '--incident', 'big', '--max-bytes', '200', path], { env });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([`sitrep: ${path}: too large (${size} bytes, limit 200 bytes; raise it with --max-bytes)`]);
    const e = sitrep(['ingest', '--incident', 'big', path], { env: { ...env, SITREP_MAX_BYTES: '200' } });
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('too large');
    expect(sitrep(['ingest', '--incident', 'big', '--max-bytes', '1K', path], { env }).code).toBe(0);
    expect(await storedTexts(env)).toHaveLength(1);
  });

  it('an unreadable file is refused by name (skipped when running as root, who can read anything)', async () => {
    if (process.getuid?.() === 0) return;
    const path = write('secret.txt', REPORT);
    chmodSync(path, 0o000);
    const r = sitrep(['ingest', '--incident', 'x', path], { env: freshEnv() });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([`sitrep: ${path}: permission denied`]);
  });

  it('a sidecar that is not JSON refuses its report rather than filing it under a guessed incident', () => {
    const path = write('sc/story.txt', REPORT);
    write('sc/story.meta.json', '{"incident": "oops",');
    const r = sitrep(['ingest', path], { env: freshEnv() });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([`sitrep: ${path}: sidecar story.meta.json: not valid JSON`]);
  });

  it('a sidecar copyOf naming a missing original refuses the copy', () => {
    const path = write('cp/copy.txt', REPORT);
    write('cp/copy.meta.json', JSON.stringify({ incident: 'x', copyOf: 'original.txt' }));
    const r = sitrep(['ingest', path], { env: freshEnv() });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([`sitrep: ${path}: sidecar: copyOf original.txt: no such file or directory`]);
  });
});

describe('decoded files', () => {
  it('windows-1252 text with a declared charset is decoded and stored', async () => {
    const bytes = Buffer.concat([
      latin('<meta charset="windows-1252">\nThe caf'), Buffer.from([0xe9]), latin(' owner said '),
      Buffer.from([0x93]), latin('at least 4 people'), Buffer.from([0x94]), latin(' were hurt in the blast.\n'),
    ]);
    const path = write('cp1252.txt', bytes);
    const env = freshEnv();
    const r = sitrep(['ingest', '--incident', 'cafe-blast', path], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^stored /);
    const [stored] = await storedTexts(env);
    expect(stored.text).toBe('<meta charset="windows-1252">\nThe café owner said “at least 4 people” were hurt in the blast.\n');
  });

  it.each([['le'], ['be']])('UTF-16 %s with a BOM is decoded; spans point into the decoded text', async (endian) => {
    const body = Buffer.from(REPORT, 'utf16le');
    if (endian === 'be') body.swap16();
    const path = write(`utf16${endian}.txt`, Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
    const env = freshEnv();
    expect(sitrep(['ingest', '--incident', 'warehouse-fire', path], { env }).code).toBe(0);
    const [stored] = await storedTexts(env);
    expect(stored.text).toBe(REPORT);
    const out = JSON.parse(sitrep(['extract', '--json', path], { env }).stdout);
    const injured = out.claims.find((c: { measure?: string }) => c.measure === 'injured');
    expect(REPORT.slice(injured.span.start, injured.span.end)).toContain('6');
    // The UTF-8 file with the same text is the same report.
    const same = write('utf8-same.txt', REPORT);
    expect(sitrep(['ingest', '--incident', 'warehouse-fire', same], { env }).stdout).toMatch(/^unchanged/);
  });
});

describe('a directory with good and bad files', () => {
  it('stores the good ones whole, refuses each bad one in one line, exit 1', async () => {
    const dir = join(tmp.dir, 'mixed');
    mkdirSync(join(dir, 'deeper'), { recursive: true });
    copyFileSync(join(FIXTURES, 'batch', 'ferry-capsized.txt'), join(dir, 'a-ferry.txt'));
    copyFileSync(join(FIXTURES, 'batch', 'ferry-capsized.meta.json'), join(dir, 'a-ferry.meta.json'));
    copyFileSync(join(FIXTURES, 'batch', 'nested', 'ferry-update.md'), join(dir, 'deeper', 'c-update.md'));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'deeper', 'a-binary.txt'), Buffer.from([0x50, 0x00, 0x01, 0x00]));
    writeFileSync(join(dir, 'deeper', 'b-legacy.text'), Buffer.from([0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0x20, 0xd5]));
    writeFileSync(join(dir, 'ignored.csv'), '');
    const env = freshEnv();
    const r = sitrep(['ingest', '--incident', 'lake-morrow-ferry', dir], { env });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual([
      `sitrep: ${join(dir, 'b-empty.txt')}: empty file`,
      `sitrep: ${join(dir, 'deeper', 'a-binary.txt')}: binary file (contains NUL bytes), not text`,
      `sitrep: ${join(dir, 'deeper', 'b-legacy.text')}: invalid UTF-8 and no declared charset; convert the file to UTF-8`,
    ]);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(3);
    expect(out[2]).toBe('5 files: 2 stored, 0 unchanged, 3 refused');
    // Nothing half-written: exactly the two good reports, each with all of its claims.
    const stored = await storedTexts(env);
    expect(stored).toHaveLength(2);
    for (const s of stored) {
      expect(s.incident).toBe('lake-morrow-ferry');
      expect(s.claims).toBe(extract(s.text).claims.length);
      expect(s.claims).toBeGreaterThan(0);
    }
  });
});

describe('standard input', () => {
  it('ingests "-" and says unchanged the second time', () => {
    const env = freshEnv();
    const r = sitrep(['ingest', '--incident', 'warehouse-fire', '--outlet', 'local.test', '-'], { env, input: REPORT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^stored +<stdin> {2}incident=warehouse-fire {2}claims=\d+/);
    const again = sitrep(['ingest', '--incident', 'warehouse-fire', '-'], { env, input: REPORT });
    expect(again.stdout).toMatch(/^unchanged +<stdin>/);
    const reports = JSON.parse(sitrep(['reports', 'warehouse-fire', '--json'], { env }).stdout).reports;
    expect(reports).toHaveLength(1);
    expect(reports[0].outlet).toBe('local.test');
  });

  it('refuses empty standard input by name', () => {
    const r = sitrep(['ingest', '--incident', 'x', '-'], { env: freshEnv(), input: '' });
    expect(r.code).toBe(1);
    expect(stderrLines(r)).toEqual(['sitrep: <stdin>: empty file']);
    const e = sitrep(['extract', '--json', '-'], { env: freshEnv(), input: '' });
    expect(e.code).toBe(1);
    expect(stderrLines(e)).toEqual(['sitrep: <stdin>: empty file']);
  });
});
