// `sitrep incident merge|move|split|rename`: fixing the automatic assignment of reports to incidents.
// Every change is recorded as a review action (the audit log) with who (--who, else $USER) and why:
// a move or a split in the log of the incident the reports left (as the API's move), a merge in the
// log of the incident that keeps them, a rename in the incident's own.
import type { Command } from 'commander';
import type { Store } from '../store/types.js';
import { CliError, slugArg, withStore } from './context.js';

interface Opts { who?: string; why?: string }

function who(opts: Opts): string {
  return opts.who?.trim() || process.env.USER?.trim() || process.env.USERNAME?.trim() || 'unknown';
}

/** The one stored report whose id starts with the prefix (hex, at least 6 characters). */
async function reportByPrefix(store: Store, prefix: string): Promise<string> {
  const p = prefix.trim().toLowerCase();
  if (p.length < 6) throw new CliError(`${prefix}: give at least 6 characters of the report id (see sitrep reports)`);
  const hits = (await store.reportIds()).filter((id) => id.startsWith(p));
  if (hits.length === 0) throw new CliError(`${prefix}: no report with this id (see sitrep reports)`);
  if (hits.length > 1) throw new CliError(`${prefix}: ${hits.length} reports start with this prefix; give more characters`);
  return hits[0];
}

async function reportsOf(store: Store, slug: string): Promise<string[]> {
  const reports = await store.listReports(slug);
  if (reports.length === 0) throw new CliError(`${slug}: no such incident, or it has no reports (see sitrep incidents)`);
  return reports.map((r) => r.id);
}

export function registerIncident(program: Command): void {
  const incident = program
    .command('incident')
    .description('merge, split, move reports between and rename incidents (each change is logged as a review action)');
  const common = (c: Command) => c
    .option('--who <name>', 'who makes the change (default: $USER)')
    .option('--why <text>', 'why, for the review log');

  common(incident.command('merge')
    .description('move every report of <from> into <into>')
    .argument('<from>', 'incident to empty', slugArg)
    .argument('<into>', 'incident that keeps the reports', slugArg))
    .action(async (from: string, into: string, opts: Opts, cmd: Command) => {
      if (from === into) throw new CliError(`${from}: cannot merge an incident into itself`);
      await withStore(cmd, async (store) => {
        const ids = await reportsOf(store, from);
        await store.moveReports(ids, into);
        await store.addReviewAction({ incident: into, target: `incident:${from}`, action: 'merge_incident',
          payload: { from, into, reports: ids }, who: who(opts), why: opts.why ?? null });
        process.stdout.write(`merged ${from} into ${into}: ${ids.length} ${ids.length === 1 ? 'report' : 'reports'} moved\n`);
      });
    });

  common(incident.command('move')
    .description('move one report (by id prefix) to another incident, created if new')
    .argument('<report>', 'report id or a prefix of it (see sitrep reports)')
    .argument('<incident>', 'incident to move it to', slugArg))
    .action(async (prefix: string, to: string, opts: Opts, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const id = await reportByPrefix(store, prefix);
        const before = (await store.getReport(id))!.incident;
        if (before === to) { process.stdout.write(`${id.slice(0, 12)} is already in ${to}: nothing changed\n`); return; }
        await store.moveReport(id, to);
        // Logged where the report left, as the API's move does.
        await store.addReviewAction({ incident: before, target: `report:${id}`, action: 'move_report',
          payload: { from: before, to }, who: who(opts), why: opts.why ?? null });
        process.stdout.write(`moved ${id.slice(0, 12)} from ${before} to ${to}\n`);
      });
    });

  common(incident.command('split')
    .description('move the given reports of <incident> into a new incident <new-slug>')
    .argument('<incident>', 'incident to split', slugArg)
    .argument('<new-slug>', 'the new incident', slugArg)
    .argument('<reports...>', 'report ids or prefixes'))
    .action(async (from: string, to: string, prefixes: string[], opts: Opts, cmd: Command) => {
      if (from === to) throw new CliError(`${to}: the new incident must differ from ${from}`);
      await withStore(cmd, async (store) => {
        const own = new Set(await reportsOf(store, from));
        if ((await store.listReports(to)).length) throw new CliError(`${to}: incident exists already; use sitrep incident move`);
        const ids: string[] = [];
        for (const p of prefixes) {
          const id = await reportByPrefix(store, p);
          if (!own.has(id)) throw new CliError(`${p}: report is not in ${from}`);
          if (!ids.includes(id)) ids.push(id);
        }
        if (ids.length === own.size) throw new CliError(`${from}: splitting off every report leaves nothing; use sitrep incident merge or rename`);
        await store.moveReports(ids, to);
        await store.addReviewAction({ incident: from, target: `incident:${to}`, action: 'split_incident',
          payload: { from, to, reports: ids }, who: who(opts), why: opts.why ?? null });
        process.stdout.write(`split ${ids.length} ${ids.length === 1 ? 'report' : 'reports'} from ${from} into ${to}\n`);
      });
    });

  common(incident.command('rename')
    .description('set the display name of an incident (its slug stays)')
    .argument('<slug>', 'incident', slugArg)
    .argument('<name>', 'display name'))
    .action(async (slug: string, name: string, opts: Opts, cmd: Command) => {
      const clean = name.replace(/\s+/g, ' ').trim();
      if (!clean) throw new CliError('name: must not be empty');
      await withStore(cmd, async (store) => {
        await reportsOf(store, slug);
        const before = (await store.listIncidents()).find((i) => i.slug === slug)?.name ?? slug;
        await store.setIncidentName(slug, clean);
        await store.addReviewAction({ incident: slug, target: `incident:${slug}`, action: 'rename_incident',
          payload: { from: before, to: clean }, who: who(opts), why: opts.why ?? null });
        process.stdout.write(`renamed ${slug}: ${clean}\n`);
      });
    });
}
