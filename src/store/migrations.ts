// Numbered schema migrations, one .sql set per backend (src/store/migrations/<backend>/NNN_name.sql).
// The build copies .sql files to dist/, so they are read relative to this module.
import { readdirSync, readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const cache = new Map<string, Migration[]>();

export function loadMigrations(backend: 'sqlite' | 'postgres'): Migration[] {
  const hit = cache.get(backend);
  if (hit) return hit;
  const dir = new URL(`./migrations/${backend}/`, import.meta.url);
  const list: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!m) continue;
    list.push({ version: Number(m[1]), name: m[2], sql: readFileSync(new URL(file, dir), 'utf8') });
  }
  for (let i = 1; i < list.length; i++) {
    if (list[i].version === list[i - 1].version) {
      throw new Error(`two ${backend} migrations share version ${list[i].version}`);
    }
  }
  cache.set(backend, list);
  return list;
}
