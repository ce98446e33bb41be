import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../../src/extract/index.js';
import { reconcileIncident, renderPictureText } from '../../src/reconcile/index.js';
it('peek', () => {
  const files = readdirSync('examples').filter((f) => f.endsWith('.txt') && f.startsWith('0'));
  const reports = files.map((f, i) => {
    const text = readFileSync(`examples/${f}`, 'utf8');
    const meta = JSON.parse(readFileSync(`examples/${f.replace(/\.txt$/, '.meta.json')}`, 'utf8'));
    const ex = extract(text, meta);
    return { report: { id: f.slice(0, 3), outlet: meta.outlet, published: meta.published, title: meta.title, seq: i, text,
      ...(meta.copyOf ? { copyOf: meta.copyOf.slice(0, 3) } : {}) }, claims: ex.claims };
  });
  console.log(renderPictureText(reconcileIncident({ incident: 'jaffar-express-hijacking', reports })));
});
