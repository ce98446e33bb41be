// Loading a development set from disk: split directories, gold pairing, --file globs, broken gold files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { globTest, loadDevset } from '../../src/eval/devset.js';
import { GoldError } from '../../src/eval/gold.js';

const root = mkdtempSync(join(tmpdir(), 'devset-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

put('dev/001-a.txt', 'Police said 4 people died.');
put('dev/001-a.gold', '# outlet: X\nkilled | people | 4 | police (official) | 4 people died\n');
put('heldout/004-b.txt', 'Two were hurt.');
put('heldout/004-b.gold.tsv', 'injured | people | 2 | @outlet (media) | Two were hurt\n');

describe('loadDevset', () => {
  it('reads both splits and both gold extensions', () => {
    const reports = loadDevset(root);
    expect(reports.map((r) => [r.split, r.file, r.gold.figures.length])).toEqual([
      ['dev', 'dev/001-a.txt', 1],
      ['heldout', 'heldout/004-b.txt', 1],
    ]);
  });
  it('filters by split and by glob', () => {
    expect(loadDevset(root, ['heldout']).map((r) => r.file)).toEqual(['heldout/004-b.txt']);
    expect(loadDevset(root, ['dev', 'heldout'], globTest('*-a*')).map((r) => r.file)).toEqual(['dev/001-a.txt']);
  });
  it('fails on a report without gold, and on a broken gold file, naming the file', () => {
    const other = mkdtempSync(join(tmpdir(), 'devset-'));
    try {
      mkdirSync(join(other, 'dev'));
      writeFileSync(join(other, 'dev', '002-c.txt'), 'Nothing.');
      expect(() => loadDevset(other)).toThrow(/dev\/002-c\.txt: no gold file/);
      writeFileSync(join(other, 'dev', '002-c.gold'), 'killed | people | 3 | police (official) | 3 dead\n');
      expect(() => loadDevset(other)).toThrow(GoldError);
      expect(() => loadDevset(other)).toThrow(/dev\/002-c\.gold: .*line 1: evidence "3 dead" does not occur/s);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('globTest', () => {
  const rows: Array<[string, string, boolean]> = [
    ['*ferry*', 'dev/009-lake-ferry-sinking.txt', true],
    ['dev/0*', 'dev/009-lake-ferry-sinking.txt', true],
    ['heldout/*', 'dev/009-lake-ferry-sinking.txt', false],
    ['009-lake-ferry-sinking.txt', 'dev/009-lake-ferry-sinking.txt', true],
    ['00?-*', 'dev/009-x.txt', true],
  ];
  for (const [glob, file, want] of rows) it(`${glob} ~ ${file} -> ${want}`, () => expect(globTest(glob)(file)).toBe(want));
});
