// Rules of the dashboard's source that a browser run would only catch by luck: report data never
// goes through an HTML parser, and nothing is loaded from another origin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/helpers.js';

const WEB = join(ROOT, 'src', 'web');
const files = readdirSync(WEB).filter((f) => /\.(js|html|css)$/.test(f));

describe.each(files)('src/web/%s', (name) => {
  const text = readFileSync(join(WEB, name), 'utf8');
  const code = text.replace(/^\s*\/\/.*$/gm, '');

  it('never parses strings as HTML', () => {
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
  });

  it('loads nothing from another origin', () => {
    expect(code).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//);
    expect(code).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
