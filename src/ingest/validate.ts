// Checks on metadata that arrives from flags, sidecars and import lines. Each returns null when the value
// is fine, or the reason it is not (phrased to follow the field name: "published is not …").

/** Incident slugs are URL- and file-name-safe: "jaffar-express-hijacking". */
const SLUG = /^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$/;

/** A date, or a date and time with an optional offset: 2025-03-11, 2025-03-11T14:05Z, 2025-03-11T14:05:00+05:00. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function checkIncidentSlug(slug: string): string | null {
  if (SLUG.test(slug)) return null;
  return `${JSON.stringify(slug)} is not a valid incident slug (lower-case letters, digits, "-", "." or "_", e.g. jaffar-express-hijacking)`;
}

export function checkPublished(value: string): string | null {
  if (ISO_8601.test(value) && !Number.isNaN(Date.parse(value))) return null;
  return `${JSON.stringify(value)} is not an ISO-8601 date or time (e.g. 2025-03-11T14:05:00Z)`;
}

export function checkUrl(value: string): string | null {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return null;
  } catch {
    // fall through
  }
  return `${JSON.stringify(value)} is not an http(s) URL`;
}

/**
 * Text both stores can keep: PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (half an emoji)
 * has no UTF-8 encoding. Decoded files never contain either; JSON input and sidecars can.
 */
export function checkStorableText(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) return 'contains a lone surrogate (half of a UTF-16 pair)';
  return null;
}
