// GeoJSON (RFC 7946) of an incident's events: a Point per event whose place the gazetteer resolves; an
// event whose place name several places share has no geometry and lists the candidates (flagged, not guessed).
// Events with no place, or one the gazetteer does not know, are left out.
import type { Picture } from '../reconcile/types.js';
import { resolvePlace, type Gazetteer } from './gazetteer.js';

export interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export function eventFeatures(p: Picture, g: Gazetteer): Feature[] {
  const places = p.events.map((e) => e.place).filter((x): x is string => !!x);
  const out: Feature[] = [];
  for (const e of p.events) {
    if (!e.place || e.negated) continue;
    const r = resolvePlace(g, e.place, places);
    if (r.status === 'unknown') continue;
    const properties: Record<string, unknown> = {
      incident: p.incident,
      event: e.event,
      date: (e.time?.iso ?? e.firstReported ?? '').slice(0, 10) || null,
      actor: e.actor ?? null,
      target: e.target ?? null,
      place: e.place,
      sources: e.sources,
      gazetteer_name: r.name,
    };
    if (r.status === 'resolved') {
      out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [r.lng, r.lat] }, properties: { ...properties, country: r.country, adm1: r.adm1, ambiguous: false } });
    } else {
      out.push({ type: 'Feature', geometry: null, properties: { ...properties, ambiguous: true, candidates: r.candidates } });
    }
  }
  return out;
}

export function geojson(pictures: readonly Picture[], g: Gazetteer): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: pictures.flatMap((p) => eventFeatures(p, g)) }, null, 2)}\n`;
}
