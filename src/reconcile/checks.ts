// Consistency checks over the figures: breakdowns that do not add up, parts larger than their
// whole, hostages accounted for more than once, tolls that go down, unconfirmed party claims.
import type { Check, Figure } from './types.js';
import type { WorkClaim } from './figures.js';
import { bounds, formatValue, pointValue } from './values.js';

const DISJOINT = ['men', 'women', 'children'];

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

const valueOf = (f: Figure | undefined) => (f ? f.estimate.best ?? f.estimate.low : null);

/** A part larger than its whole; men + women + children more than their parent. */
export function nestingChecks(figures: Figure[]): Check[] {
  const out: Check[] = [];
  const key = (m: string, g: string) => `${m}/${g}`;
  const index = new Map(figures.map((f) => [key(f.measure, f.group), f]));
  for (const parent of figures) {
    const whole = valueOf(parent);
    if (whole === null) continue;
    const children = figures.filter((f) => f.measure === parent.measure && f.parent === parent.group);
    for (const c of children) {
      const v = valueOf(c);
      if (v !== null && v > whole) {
        out.push({ kind: 'nesting', ok: false, severity: 'error',
          figure: { measure: c.measure, group: c.group },
          claims: [...c.estimate.used, ...parent.estimate.used],
          message: `${c.measure}: ${c.group} ${v} > ${parent.group} ${whole} ✗ (a part larger than its whole)` });
      }
    }
    const disjoint = DISJOINT.map((g) => index.get(key(parent.measure, g))).filter((f) => f && f.parent === parent.group) as Figure[];
    const values = disjoint.map(valueOf);
    if (disjoint.length >= 2 && values.every((v) => v !== null)) {
      const sum = (values as number[]).reduce((a, b) => a + b, 0);
      const terms = disjoint.map((f, i) => `${values[i]} ${f.group}`).join(' + ');
      out.push({ kind: 'nesting', ok: sum <= whole, severity: sum <= whole ? 'info' : 'error',
        figure: { measure: parent.measure, group: parent.group },
        claims: [...disjoint.flatMap((f) => f.estimate.used), ...parent.estimate.used],
        message: `${parent.measure}: ${terms} = ${sum} ${sum <= whole ? '≤' : '>'} ${whole} ${parent.group} ${sum <= whole ? '✓' : '✗'}` });
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
