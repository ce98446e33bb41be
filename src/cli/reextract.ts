// `sitrep reextract [--all]`: re-runs the current extractor over stored reports after an upgrade.
// Imported reports keep their hand-coded claims; each report's claims are replaced in one transaction.
import type { Command } from 'commander';
import type { ReportMeta } from '../extract/types.js';
import { withStore } from './context.js';

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description('re-extract stored reports whose claims came from another version of the extractor')
    .option('--all', 're-extract every extracted report, even those already at the current version')
    .action(async (opts: { all?: boolean }, cmd: Command) => {
      const { extract, EXTRACTOR_VERSION } = await import('../extract/index.js');
      const result = await withStore(cmd, async (store) => {
        let redone = 0;
        let current = 0;
        let claims = 0;
        for (const id of await store.reportIds('extracted')) {
          const report = await store.getReport(id);
          if (!report) continue;
          if (!opts.all && report.extractorVersion === EXTRACTOR_VERSION) {
            current++;
            continue;
          }
          const meta: ReportMeta = {};
          for (const k of ['outlet', 'published', 'url', 'title'] as const) if (report[k]) meta[k] = report[k];
          const extraction = extract(report.text, meta);
          await store.replaceClaims(id, extraction.claims, extraction.extractor.version);
          redone++;
          claims += extraction.claims.length;
        }
        const imported = (await store.reportIds('imported')).length;
        return { redone, current, claims, imported };
      });
      process.stdout.write(
        `re-extracted ${result.redone} ${result.redone === 1 ? 'report' : 'reports'} with extractor ${EXTRACTOR_VERSION} `
        + `(${result.claims} claims); ${result.current} already current; ${result.imported} imported left as coded\n`,
      );
    });
}
