// Picture snapshots of an SQLite store, as files beside the database file (`<db>.pictures/`), not rows. SQLite's
// write-ahead log writes a 70 MB value twice (into the log, then at the checkpoint): 0.3-0.5 s on top of a
// `show`. A file is written once and renamed into place, so a reader finds the old snapshot or the new one,
// never half of one. The first line holds the key and the length of the JSON after it: a file cut short by a
// crash is not served.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PictureSnapshot } from './types.js';

export class SnapshotFiles {
  constructor(private readonly dir: string) {}

  /** One file per incident, named by a hash: a slug may hold dots, and names stay short. */
  private file(incident: string): string {
    return join(this.dir, `${createHash('sha1').update(incident).digest('hex').slice(0, 24)}.json`);
  }

  /**
   * The snapshot, or null when there is none, it is cut short, or (given `key`) it has another key: the header
   * is read first, so a stale 70 MB snapshot costs a read of its first line, not of its JSON.
   */
  read(incident: string, key?: string): PictureSnapshot | null {
    return this.withFile(incident, (fd) => {
      const head = readHead(fd);
      if (!head || (key !== undefined && head.key !== key)) return null;
      const json = Buffer.allocUnsafe(head.length);
      let got = 0;
      while (got < json.length) {
        const n = readSync(fd, json, got, json.length - got, head.offset + got);
        if (n === 0) return null; // shorter than its header says
        got += n;
      }
      // Longer than its header says: not what was written either.
      if (readSync(fd, Buffer.alloc(1), 0, 1, head.offset + got) !== 0) return null;
      return { key: head.key, json };
    });
  }

  /** The stored snapshot's key, from its first line only; null when there is none. */
  readKey(incident: string): string | null {
    return this.withFile(incident, (fd) => readHead(fd)?.key ?? null);
  }

  /** `read` on the incident's open file; null when there is none, or it cannot be read (a cache miss either way). */
  private withFile<T>(incident: string, read: (fd: number) => T | null): T | null {
    let fd: number;
    try {
      fd = openSync(this.file(incident), 'r');
    } catch {
      return null;
    }
    try {
      return read(fd);
    } catch {
      return null;
    } finally {
      closeSync(fd);
    }
  }

  write(incident: string, key: string, chunks: readonly Buffer[]): void {
    assertSnapshotKey(key);
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

/** A snapshot key is one word that fits a file's first line (both backends hold keys to this). */
export function assertSnapshotKey(key: string): void {
  if (!/^\S+$/.test(key) || Buffer.byteLength(key) > HEAD_MAX - 32) throw new Error(`a snapshot key is one short word, not ${JSON.stringify(key)}`);
}

/** The longest first line a snapshot file can have: a key and a length. */
const HEAD_MAX = 512;

/** The first line of a snapshot file: its key, the JSON's length, and where the JSON starts; null if malformed. */
function readHead(fd: number): { key: string; length: number; offset: number } | null {
  const buf = Buffer.alloc(HEAD_MAX);
  const n = readSync(fd, buf, 0, HEAD_MAX, 0);
  const nl = buf.subarray(0, n).indexOf(10);
  const head = nl < 0 ? null : /^(\S+) (\d+)$/.exec(buf.subarray(0, nl).toString('utf8'));
  return head ? { key: head[1], length: Number(head[2]), offset: nl + 1 } : null;
}

function writeAll(fd: number, b: Buffer): void {
  for (let off = 0; off < b.length;) off += writeSync(fd, b, off, b.length - off);
}
