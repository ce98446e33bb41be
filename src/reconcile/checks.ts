// Consistency checks over the figures: breakdowns that do not add up, parts larger than their
// whole, hostages accounted for more than once, tolls that go down, unconfirmed party claims.
import type { Check, Figure } from './types.js';
import type { WorkClaim } from './figures.js';
import { bounds, formatValue, lowerBound, pointValue, upperBound } from './values.js';

/** "80 freed, including 43 men, 26 women and 11 children": do the parts make the total? */
export function breakdownChecks(all: WorkClaim[]): Check[] {
  const byId = new Map(all.map((w) => [w.pc.id, w]));
  const parts = new Map<string, WorkClaim[]>();
  for (const w of all) {
    if (!w.pc.parts_of || w.rejected || w.pc.copyOf || w.pc.repeat_of) continue;
    const list = parts.get(w.pc.parts_of) ?? [];
    list.push(w);
    parts.set(w.pc.parts_of, list);
  }
  const out: Check[] = [];
  for (const [totalId, list] of parts) {
    const total = byId.get(totalId);
    if (!total || total.rejected || total.pc.copyOf) continue;
    const points = list.map((w) => pointValue(w.effective));
    const t = pointValue(total.effective);
    if (t === null || points.some((p) => p === null)) continue;
    const sum = (points as number[]).reduce((a, b) => a + b, 0);
    // One subset ("900 of them children") is no breakdown: only a part larger than its whole is news.
    if (list.length < 2 && sum <= upperBoundOr(total)) continue;
    const terms = (points as number[]).join(' + ');
    const b = bounds(total.effective);
    const what = `${total.claim.measure} ${total.claim.group}`;
    const figure = { measure: total.claim.measure, group: total.claim.group };
    const claims = [total.pc.id, ...list.map((w) => w.pc.id)];
    const exact = total.effective.hedge === 'exact';
    if (exact ? sum === t : sum >= b.lo && sum <= b.hi) {
      out.push({ kind: 'breakdown', ok: true, severity: 'info', figure, claims,
        message: `${what}: ${terms} = ${sum} ✓ (total ${formatValue(total.effective)})` });
    } else if (sum < (exact ? t : b.lo)) {
      out.push({ kind: 'breakdown', ok: false, severity: 'info', figure, claims,
        message: `${what}: ${terms} = ${sum} of ${formatValue(total.effective)} ✗ (${t - sum} not broken down)` });
    } else {
      out.push({ kind: 'breakdown', ok: false, severity: 'error', figure, claims,
        message: `${what}: ${terms} = ${sum} > ${formatValue(total.effective)} ✗ (parts exceed the total)` });
    }
  }
  return out;
}

function upperBoundOr(w: WorkClaim): number {
  return upperBound(w.effective) ?? Infinity;
}

/** The key of a figure in the maps of figures: measure and group. */
export function figureKeyOf(measure: string, group: string): string {
  return `${measure}\u0000${group}`;
}

const valueOf = (f: Figure | undefined) => (f ? f.estimate.best ?? f.estimate.low : null);

/**
 * A part larger than its whole, as one report states them ("20 killed" and "25 children killed").
 * Only claims of the same report are compared: an early "80 freed" is not the whole of a later
 * "354 hostages freed". `parentOf` maps a figure's key (figureKeyOf) to the group it nests in.
 */
export function nestingChecks(parentOf: Map<string, string | undefined>, report: WorkClaim[]): Check[] {
  const out: Check[] = [];
  const list = report.filter((w) => !(w.rejected || w.pc.copyOf || w.pc.repeat_of || w.pc.parts_of));
  for (const part of list) {
    // A death toll counts victims: "26 killed" and "33 attackers killed" in one report are not part and whole.
    if (part.claim.measure === 'killed' && part.claim.group === 'attackers') continue;
    const parent = parentOf.get(part.figureKey ?? figureKeyOf(part.claim.measure, part.claim.group));
    if (!parent) continue;
    const v = lowerBound(part.effective);
    if (v === null) continue;
    for (const whole of list) {
      if (whole.claim.measure !== part.claim.measure || whole.claim.group !== parent) continue;
      if (whole.effective.hedge === 'vague') continue; // "several of the dead" caps nothing
      const cap = upperBound(whole.effective);
      if (cap === null || v <= cap) continue;
      out.push({ kind: 'nesting', ok: false, severity: 'error',
        figure: { measure: part.claim.measure, group: part.claim.group },
        claims: [part.pc.id, whole.pc.id],
        message: `${part.claim.measure}: ${part.claim.group} ${formatValue(part.effective)} (${part.sourceName}) > ` +
          `${parent} ${formatValue(whole.effective)} (${whole.sourceName}) ✗ (a part larger than its whole)` });
    }
  }
  return out;
}

const HOSTAGE_GROUPS = ['hostages', 'passengers', 'people'];

/** Of those aboard, nobody can be freed, still held and killed at once: freed + held + killed ≤ present. */
export function hostageAccounting(figures: Figure[]): Check[] {
  const pick = (measure: string, groups: string[]) => {
    let best: { v: number; f: Figure } | null = null;
    for (const g of groups) {
      const f = figures.find((x) => x.measure === measure && x.group === g);
      const v = valueOf(f);
      if (f && v !== null && (!best || v > best.v)) best = { v, f };
    }
    return best;
  };
  const present = pick('present', HOSTAGE_GROUPS);
  const held = pick('held', HOSTAGE_GROUPS);
  if (!present || !held) return [];
  const freed = pick('freed', HOSTAGE_GROUPS);
  const killed = pick('killed', ['hostages', 'passengers']);
  const parts = [
    freed && { label: `freed ${freed.v}`, ...freed },
    { label: `held ${held.v}`, ...held },
    killed && { label: `killed ${killed.v}`, ...killed },
  ].filter(Boolean) as Array<{ label: string; v: number; f: Figure }>;
  const sum = parts.reduce((a, p) => a + p.v, 0);
  const ok = sum <= present.v;
  return [{
    kind: 'hostage_accounting', ok, severity: ok ? 'info' : 'error',
    figure: { measure: 'held', group: held.f.group },
    claims: [...parts.flatMap((p) => p.f.estimate.used), ...present.f.estimate.used],
    message: `${parts.map((p) => p.label).join(' + ')} = ${sum} ${ok ? '≤' : '>'} present ${present.v} (${present.f.group}) ${ok ? '✓' : '✗'}`,
  }];
}

/** A source lowering its own cumulative toll: a correction the reader must see. */
export function tollDownChecks(all: WorkClaim[]): Check[] {
  return all.filter((w) => w.pc.correction).map((w) => ({
    kind: 'toll_down' as const, ok: false, severity: 'warning' as const,
    figure: { measure: w.claim.measure, group: w.claim.group },
    claims: [w.pc.correction!.from, w.pc.id],
    message: `${w.sourceName} lowered ${w.claim.measure} ${w.claim.group} from ` +
      `${formatValue(w.pc.correction!.previous)} to ${formatValue(w.effective)} (correction)`,
  }));
}

/** Every latest claim by a party to the conflict, confirmed or not. */
export function partyClaimChecks(all: WorkClaim[]): Check[] {
  return all.filter((w) => w.kind === 'militant' && w.pc.status === 'latest').map((w) => {
    const value = formatValue(w.effective, w.claim.text as string | undefined);
    const ok = w.pc.confirmed === true;
    return {
      kind: 'unconfirmed_party_claim' as const, ok, severity: ok ? 'info' as const : 'warning' as const,
      figure: { measure: w.claim.measure, group: w.claim.group },
      claims: [w.pc.id, ...(w.pc.confirmedBy ?? [])],
      message: ok
        ? `${w.sourceName}: ${w.claim.measure} ${w.claim.group} ${value} confirmed ✓`
        : `${w.sourceName}: ${w.claim.measure} ${w.claim.group} ${value} not confirmed by an independent source ✗`,
    };
  });
}
