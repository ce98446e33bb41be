// Walking paths, reading with a size limit, sidecars: against real temporary files.
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs, readLimited, readSidecar, readStdinLimited } from '../../src/ingest/files.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(rel: string, content: string | Buffer = 'some text\n'): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

describe('collectInputs', () => {
  it('walks directories recursively in name order, picking .txt/.md/.text and skipping hidden and other files', () => {
    const root = join(dir, 'walk');
    file('walk/b.txt');
    file('walk/a.md');
    file('walk/sub/c.TEXT');
    file('walk/sub/d.json');
    file('walk/.hidden.txt');
    file('walk/.git/e.txt');
    file('walk/README.md');
    file('walk/sub/LICENSE.txt');
    file('walk/report.txt.meta.json', '{}');
    symlinkSync(root, join(root, 'sub', 'loop'));
    const got = collectInputs([root]).map((i) => [i.kind, i.path.slice(root.length + 1)]);
    expect(got).toEqual([['file', 'a.md'], ['file', 'b.txt'], ['file', 'sub/c.TEXT']]);
  });

  it('takes explicitly named files whatever their extension, keeps "-" and refuses what it cannot use', () => {
    const named = file('named.html', '<p>hi</p>');
    const got = collectInputs([named, '-', join(dir, 'missing.txt'), 'https://example.test/a']);
    expect(got).toEqual([
      { kind: 'file', path: named },
      { kind: 'stdin', path: '-' },
      { kind: 'refused', path: join(dir, 'missing.txt'), reason: 'no such file or directory' },
      { kind: 'refused', path: 'https://example.test/a', reason: expect.stringMatching(/fetching URLs is not supported/) },
    ]);
  });

  it('refuses a dangling symlink inside a walked directory, naming it', () => {
    mkdirSync(join(dir, 'dangling'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling', 'gone.txt'));
    expect(collectInputs([join(dir, 'dangling')])).toEqual([
      { kind: 'refused', path: join(dir, 'dangling', 'gone.txt'), reason: 'no such file or directory' },
    ]);
  });
});

describe('readLimited', () => {
  it('reads a file under the limit', () => {
    const p = file('small.txt', 'twelve bytes');
    expect(readLimited(p, 12)).toEqual({ ok: true, bytes: Buffer.from('twelve bytes') });
  });

  it('refuses a file over the limit from its size alone (a sparse 64 MB file is not read)', () => {
    const p = file('huge.txt', '');
    truncateSync(p, 64 * 1024 * 1024);
    const started = performance.now();
    const out = readLimited(p, 10 * 1024 * 1024);
    expect(out).toEqual({ ok: false, reason: 'too large (64 MB, limit 10 MB; raise it with --max-bytes)' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('names the reason for paths it cannot read', () => {
    expect(readLimited(join(dir, 'nope.txt'), 100)).toEqual({ ok: false, reason: 'no such file or directory' });
    expect(readLimited(dir, 100)).toEqual({ ok: false, reason: 'is a directory' });
  });
});

describe('readStdinLimited', () => {
  it('reads a stream under the limit', async () => {
    expect(await readStdinLimited(100, Readable.from([Buffer.from('abc'), Buffer.from('def')]))).toEqual({ ok: true, bytes: Buffer.from('abcdef') });
  });

  it('stops at the first chunk past the limit', async () => {
    let pulled = 0;
    const chunks = (function* () {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.alloc(1024, 0x61);
      }
    })();
    const out = await readStdinLimited(4096, Readable.from(chunks));
    expect(out).toEqual({ ok: false, reason: 'too large (over the 4 KB limit; raise it with --max-bytes)' });
    expect(pulled).toBeLessThan(20);
  });
});

describe('readSidecar', () => {
  it('finds <file>.meta.json first, then <name>.meta.json, and keeps only known string fields', () => {
    const a = file('side/a.txt');
    file('side/a.txt.meta.json', JSON.stringify({ incident: 'x-1', outlet: 'o', extra: 5 }));
    file('side/a.meta.json', JSON.stringify({ incident: 'ignored' }));
    expect(readSidecar(a)).toEqual({ ok: true, meta: { incident: 'x-1', outlet: 'o' }, path: `${a}.meta.json` });
    const b = file('side/b.md');
    file('side/b.meta.json', JSON.stringify({ published: '2024-01-01', title: null }));
    expect(readSidecar(b)).toEqual({ ok: true, meta: { published: '2024-01-01' }, path: join(dir, 'side/b.meta.json') });
    expect(readSidecar(file('side/c.txt'))).toEqual({ ok: true, meta: null });
  });

  it.each([
    ['{not json', /sidecar d\.meta\.json: not valid JSON/],
    ['[1,2]', /expected a JSON object/],
    ['{"incident": 7}', /"incident" must be a string/],
  ])('refuses a sidecar holding %s', (content, reason) => {
    const p = file('side/d.txt');
    file('side/d.meta.json', content);
    const out = readSidecar(p);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
  });
});

describe('readStdinLimited on a terminal', () => {
  it('refuses at once instead of waiting for input that will not come', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    expect(await readStdinLimited(100, tty)).toEqual({ ok: false, reason: 'is a terminal: pipe a report in, or name a file instead of -' });
  });
});
