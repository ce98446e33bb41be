import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/extract/index.js';
test('x', () => {
  const t = process.env.TXT ?? readFileSync('examples/000_071c524da187ddb4.txt', 'utf8');
  for (const c of extract(t).claims) {
    if (c.type !== 'figure') continue;
    console.log(c.id, c.measure, c.group, JSON.stringify(c.value), '|', c.source.name, c.source.kind, c.source.via ?? '', '|', JSON.stringify(t.slice(c.span.start, c.span.end)), c.parts_of ?? '', c.increment ? 'INC' : '', c.scope ?? '', c.repeat_of ?? '', c.quantifier ?? '');
  }
});
