// Counts chrono-node's parses (calls, time, and what each was given), whichever Chrono instance makes
// them: the bench scripts that weigh the date parser's share of extraction wrap it through here.
import { performance } from 'node:perf_hooks';
import { Chrono } from 'chrono-node';

export interface DateParserCalls {
  calls: number;
  ms: number;
  /** Called with each window and reference date before it is parsed, when set. */
  onParse?: (window: string, ref: Date) => void;
  /** Puts chrono's own parse back. */
  restore(): void;
}

export function countDateParserCalls(): DateParserCalls {
  const parse = Chrono.prototype.parse;
  const stats: DateParserCalls = { calls: 0, ms: 0, restore: () => { Chrono.prototype.parse = parse; } };
  Chrono.prototype.parse = function (this: Chrono, ...args: Parameters<typeof parse>) {
    stats.onParse?.(args[0], args[1] as Date);
    const t0 = performance.now();
    try {
      return parse.apply(this, args);
    } finally {
      stats.ms += performance.now() - t0;
      stats.calls++;
    }
  };
  return stats;
}
