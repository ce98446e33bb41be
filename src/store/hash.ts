// The identity of a report: the sha256 of its text, so the same text stored twice is one report.
import { createHash } from 'node:crypto';

/** sha256 hex of the UTF-8 encoding of `text`. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
