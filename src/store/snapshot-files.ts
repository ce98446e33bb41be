// Picture snapshots of an SQLite store, as files beside the database file (`<db>.pictures/`), not rows. SQLite's
// write-ahead log writes a 70 MB value twice (into the log, then at the checkpoint): 0.3-0.5 s on top of a
// `show`. A file is written once and renamed into place, so a reader finds the old snapshot or the new one,
// never half of one. The first line holds the key and the length of the JSON after it: a file cut short by a
// crash is not served.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PictureSnapshot } from './types.js';

export class SnapshotFiles {
  constructor(private readonly dir: string) {}

  /** One file per incident, named by a hash: a slug may hold dots, and names stay short. */
  private file(incident: string): string {
    return join(this.dir, `${createHash('sha1').update(incident).digest('hex').slice(0, 24)}.json`);
  }

  read(incident: string): PictureSnapshot | null {
    let buf: Buffer;
    try {
      buf = readFileSync(this.file(incident));
    } catch {
      return null; // none yet, or unreadable: a cache miss either way
    }
    const nl = buf.indexOf(10);
    const head = nl < 0 ? null : /^(\S+) (\d+)$/.exec(buf.subarray(0, nl).toString('utf8'));
    if (!head || Number(head[2]) !== buf.length - nl - 1) return null;
    return { key: head[1], json: buf.subarray(nl + 1) };
  }

  write(incident: string, key: string, chunks: readonly Buffer[]): void {
    if (!/^\S+$/.test(key)) throw new Error(`a snapshot key is one word, not ${JSON.stringify(key)}`);
    mkdirSync(this.dir, { recursive: true });
    const target = this.file(incident);
    const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      const length = chunks.reduce((n, c) => n + c.length, 0);
      writeAll(fd, Buffer.from(`${key} ${length}\n`));
      for (const c of chunks) writeAll(fd, c);
      closeSync(fd);
      renameSync(tmp, target);
    } catch (err) {
      try { closeSync(fd); } catch { /* closed already */ }
      rmSync(tmp, { force: true });
      throw err;
    }
  }
}

function writeAll(fd: number, b: Buffer): void {
  for (let off = 0; off < b.length;) off += writeSync(fd, b, off, b.length - off);
}
