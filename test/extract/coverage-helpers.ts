// The coverage tables' case shape and runner: rows a sentence must (not) give, a source kind, and known gaps
// that are checked to still fail, so a fix shows up as a failing test to be promoted.
import { describe, expect, it } from 'vitest';
import { figures, row } from './helpers.js';

export type Case = {
  text: string;
  /** Rows the extractor must give ("measure group low-high hedge"). */
  want: string[];
  /** Rows it must not give. */
  not?: string[];
  /** Kind of the source of the figure whose span starts at `at`. */
  src?: { at: string; kind: string };
  /** Why the extractor still misses it (a known gap). */
  gap?: string;
};

function passes(c: Case): boolean {
  const got = figures(c.text);
  const seen = got.map(row);
  if (!c.want.every((w) => seen.includes(w))) return false;
  if ((c.not ?? []).some((n) => seen.includes(n))) return false;
  if (c.src) {
    const f = got.find((g) => c.text.slice(g.span.start).startsWith(c.src!.at));
    if (!f || f.source.kind !== c.src.kind) return false;
  }
  return true;
}

export function coverage(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const c of cases) {
      if (c.gap) {
        it(`gap (${c.gap}): ${c.text}`, () => expect(passes(c)).toBe(false));
      } else {
        it(c.text, () => {
          const seen = figures(c.text).map(row);
          for (const w of c.want) expect(seen).toContain(w);
          for (const n of c.not ?? []) expect(seen).not.toContain(n);
          expect(passes(c)).toBe(true);
        });
      }
    }
  });
}

