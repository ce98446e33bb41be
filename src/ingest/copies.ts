// Copies and revisions at ingest. A report whose text is mostly contained in an earlier stored report (a
// syndicated wire copy with another headline, a trimmed ending) is linked to it as `copyOf`, so the picture
// counts its claims once. A report with the same URL as a stored one but another text is a new version of
// that page: a revision (`extra.revisionOf`), never a copy, because what changed in it is news.
// The index is built from the signatures kept in the store (listFingerprints), never from report texts,
// and kept per store object so that a long-running process (the dashboard) only reads what is new.
import type { ReportFingerprint, Store } from '../store/types.js';
import { CopyIndex, decodeSignature, encodeSignature, signature, type Signature } from './web/near-duplicate.js';

export interface CopyLink {
  /** Id of the earlier report this one is a near-copy of. */
  copyOf?: string;
  /** Id of the latest stored report with the same URL (and another text). */
  revisionOf?: string;
}

export interface Fingerprinted {
  id: string;
  url?: string;
  published?: string;
  /** encodeSignature() of the text. */
  signature: string;
}

/** A report's fingerprint for the copy finder: its id, text signature, and the URL and time it has. */
export function fingerprint(id: string, signature: string, meta: { url?: string; published?: string }): Fingerprinted {
  const fp: Fingerprinted = { id, signature };
  if (meta.url !== undefined) fp.url = meta.url;
  if (meta.published !== undefined) fp.published = meta.published;
  return fp;
}

/** Signatures of stored reports missing one are computed from their text, this many per round. */
const BACKFILL_CHUNK = 200;

const cache = new WeakMap<Store, CopyFinder>();

/** Band buckets keep their first MAX_BUCKET reports (see CopyIndexOptions.maxBucket for why). */
export const MAX_BUCKET = 32;

export class CopyFinder {
  private readonly index = new CopyIndex({ maxBucket: MAX_BUCKET });
  private readonly byUrl = new Map<string, string>();
  private readonly known = new Set<string>();
  private lastSeq = 0;

  private constructor(private readonly store: Store) {}

  /** The finder for a store, brought up to date with what other writers stored since the last call. */
  static async forStore(store: Store): Promise<CopyFinder> {
    let finder = cache.get(store);
    if (!finder) {
      finder = new CopyFinder(store);
      cache.set(store, finder);
    }
    await finder.refresh();
    return finder;
  }

  get size(): number {
    return this.index.size;
  }

  async refresh(): Promise<void> {
    const rows = await this.store.listFingerprints(this.lastSeq);
    const missing: ReportFingerprint[] = [];
    for (const row of rows) {
      this.lastSeq = Math.max(this.lastSeq, row.seq);
      const sig = row.signature ? decodeSignature(row.signature) : null;
      if (!sig) missing.push(row);
      else this.addDecoded(row.id, sig, row.url ?? undefined, row.published ?? undefined);
    }
    if (missing.length) await this.backfill(missing);
  }

  /**
   * Reports stored without a signature (before signatures were kept, or imported): read their text once,
   * compute it and write it back, so the next run does not have to.
   */
  private async backfill(rows: ReportFingerprint[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BACKFILL_CHUNK) {
      const done: Array<{ id: string; signature: string }> = [];
      for (const row of rows.slice(i, i + BACKFILL_CHUNK)) {
        const report = await this.store.getReport(row.id);
        if (!report) continue;
        const sig = signature(report.text);
        this.addDecoded(row.id, sig, row.url ?? undefined, row.published ?? undefined);
        done.push({ id: row.id, signature: encodeSignature(sig) });
      }
      await this.store.setSignatures(done);
    }
  }

  /** What a new report (not yet stored) is: a revision of a page we have, a copy of an earlier report, or neither. */
  find(r: Fingerprinted): CopyLink {
    if (r.url) {
      const previous = this.byUrl.get(r.url);
      if (previous && previous !== r.id) return { revisionOf: previous };
    }
    const sig = decodeSignature(r.signature);
    if (!sig) return {};
    const m = this.index.findOriginal(sig);
    if (!m || m.id === r.id) return {};
    // The original is the earliest: a stored report published after this one is not its original.
    const mine = r.published ? Date.parse(r.published) : NaN;
    const theirs = m.published ? Date.parse(m.published) : NaN;
    if (Number.isFinite(mine) && Number.isFinite(theirs) && theirs > mine) return {};
    return { copyOf: m.id };
  }

  /** Adds a report that is being stored (so later reports of the same batch see it). */
  add(r: Fingerprinted): void {
    const sig = decodeSignature(r.signature);
    if (sig) this.addDecoded(r.id, sig, r.url, r.published);
  }

  private addDecoded(id: string, sig: Signature, url?: string, published?: string): void {
    if (this.known.has(id)) return;
    this.known.add(id);
    this.index.add({ id, sig, ...(published ? { published } : {}) });
    // Rows come in seq order, so the last one seen with a URL is its latest version.
    if (url) this.byUrl.set(url, id);
  }
}
