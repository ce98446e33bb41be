// The CPU-heavy, pure part of ingesting one report: extract its claims and compute its near-duplicate
// signature. Runs inline for small batches and inside worker threads (worker.ts) for large ones.
import { extract } from '../extract/index.js';
import type { Claim, ReportMeta } from '../extract/types.js';
import { encodeSignature, signature } from './web/near-duplicate.js';

export interface AnalysisInput {
  text: string;
  meta: ReportMeta;
}

export interface Analysis {
  claims: Claim[];
  extractorVersion: string;
  /** encodeSignature() of the text. */
  signature: string;
}

export function analyse(input: AnalysisInput): Analysis {
  const extraction = extract(input.text, input.meta);
  return {
    claims: extraction.claims,
    extractorVersion: extraction.extractor.version,
    signature: encodeSignature(signature(input.text)),
  };
}
