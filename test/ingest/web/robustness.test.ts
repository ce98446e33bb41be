// Whatever the web sends, the readers answer with a report or a refusal; they never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMarkup } from '../../../src/ingest/web/charset.js';
import { readFeed } from '../../../src/ingest/web/feed.js';
import { signature } from '../../../src/ingest/web/near-duplicate.js';
import { readReports } from '../../../src/ingest/web/reports.js';

const tag = fc.constantFrom('p', 'div', 'article', 'li', 'ul', 'time', 'script', 'h1', 'br', 'item', 'entry', 'title', 'rss', 'feed', 'meta', 'html', 'body');
const markup = fc
  .array(fc.oneof(fc.string(), tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), fc.constant('<time datetime="2025-01-01T00:00:00Z">'), fc.constant('&amp;'), fc.constant('<!--')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('robustness', () => {
  it('readReports never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), markup), (html) => {
      const r = readReports(html, { url: 'https://x.example/' });
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('readFeed never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), markup), (xml) => {
      expect(typeof readFeed(xml).ok).toBe('boolean');
    }), { numRuns: 300 });
  });

  it('decodeMarkup never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.string()), (bytes, ct) => {
      expect(typeof decodeMarkup(bytes, { contentType: ct }).ok).toBe('boolean');
    }), { numRuns: 500 });
  });

  it('signature is deterministic', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(Array.from(signature(s).mins)).toEqual(Array.from(signature(s).mins));
    }), { numRuns: 200 });
  });
});
