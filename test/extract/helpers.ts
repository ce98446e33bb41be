// Small helpers for the extractor tables: figures as compact rows that read like the annotation guide.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { FigureClaim, ReportMeta } from '../../src/extract/types.js';

export function figures(text: string, meta?: ReportMeta): FigureClaim[] {
  return extract(text, meta).claims.filter((c): c is FigureClaim => c.type === 'figure');
}

/** "measure group low-high hedge", e.g. "killed security_forces 30-null at_least". */
export function row(c: FigureClaim): string {
  return `${c.measure} ${c.group} ${c.value.low}-${c.value.high} ${c.value.hedge}`;
}

export function rows(text: string, meta?: ReportMeta): string[] {
  return figures(text, meta).map(row);
}

/** A table of sentences, each with a row the extractor must give. */
export function table(name: string, cases: Array<[string, string]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(rows(text)).toContain(expected);
    });
  });
}

/** A table of sentences, each with a row the extractor must not give. */
export function absent(name: string, cases: Array<[string, string]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, unwanted) => {
      expect(rows(text)).not.toContain(unwanted);
    });
  });
}

/** What an attribution table expects of a source: name and kind, and the optional fields it asks for. */
export type SourceSeen = { name: string; kind: string; via?: string; org?: string };

/** The source of the figure whose evidence starts with `at`, with `via`/`org` only when asked for and set. */
export function sourceAt(text: string, at: string, fields: ReadonlyArray<'via' | 'org'> = []): SourceSeen {
  const f = figures(text).find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}"`);
  const out: SourceSeen = { name: f.source.name, kind: f.source.kind };
  for (const k of fields) if (f.source[k]) out[k] = f.source[k];
  return out;
}

/** The source of the figure whose evidence starts with `at`, read with metadata (a channel's outlet), `via` when set. */
export function sourceWith(text: string, meta: ReportMeta, at: string): { name: string; kind: string; via?: string } {
  const f = figures(text, meta).find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}"`);
  return { name: f.source.name, kind: f.source.kind, ...(f.source.via ? { via: f.source.via } : {}) };
}

/** The source ("name (kind)") of the figure whose evidence starts with `at`, read with an outlet's name. */
export function sourceOf(text: string, at: string, outlet = 'Test Wire'): string {
  const s = sourceWith(text, { outlet }, at);
  return `${s.name} (${s.kind})`;
}

/** The source of the figure at `at` as one line, "name (kind)" and " via channel" when relayed. */
export function sourceLine(text: string, meta: ReportMeta, at: string): string {
  const s = sourceWith(text, meta, at);
  return `${s.name} (${s.kind})${s.via ? ` via ${s.via}` : ''}`;
}

/** A table of sentences, each with the source its figure at `at` must have. */
export function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}
