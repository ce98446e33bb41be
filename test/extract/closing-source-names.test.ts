// A coder's note that closes on its source names the outlet even when the name carries digits glued to it
// (own words; read with no metadata, as `sitrep extract --json <file>` reads a file).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('closing source with a number in its name', () => {
  it.each([
    ['On 2 June 2025, armed men raided a market near Kantchari, killing 11 traders.\n(Source: Burkina24)', 'Burkina24'],
    ['On 2 June 2025, armed men raided a market near Kantchari, killing 11 traders. (Source: France24; local sources)', 'France24'],
    ['On 2 June 2025, armed men raided a market near Kantchari, killing 11 traders.\n(Source: Reuters 2025-06-03; AIB)', 'Reuters'],
  ])('%s', (text, name) => {
    const [f] = figures(text);
    expect(f.source).toMatchObject({ name, kind: 'media' });
  });

  it('a number standing apart is still no name', () => {
    const text = 'On 2 June 2025, armed men raided a market near Kantchari, killing 11 traders.\n(Source: 24 reports)';
    expect(figures(text)[0].source.name).not.toBe('24 reports');
  });
});
