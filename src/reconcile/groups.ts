// Groups nest: everyone counted is "people"; men, women and children are parts of whatever total
// their breakdown belongs to ("80 freed, including 43 men" makes men ⊂ people for that figure).

export const TOP_GROUP = 'people';

/** Groups that are parts of people by definition. */
export const PEOPLE_PARTS = new Set(['passengers', 'crew', 'civilians', 'security_forces', 'attackers', 'hostages']);
const PERSON_KINDS = new Set(['men', 'women', 'children']);

/** The parent of a group, given the parent its breakdowns named (if any). Undefined for people. */
export function parentGroup(group: string, breakdownParent?: string): string | undefined {
  if (group === TOP_GROUP) return undefined;
  if (breakdownParent && breakdownParent !== group) return breakdownParent;
  if (PEOPLE_PARTS.has(group) || PERSON_KINDS.has(group)) return TOP_GROUP;
  // Other plural nouns as written (miners, workers) are also people.
  return TOP_GROUP;
}

/** Counts that only grow as more becomes known: a source lowering one is making a correction. */
export const CUMULATIVE = new Set(['killed', 'injured', 'freed', 'arrested', 'affected']);

/** Counts that shrink as more becomes known (the missing are found): a later, lower value is an update. */
export const SHRINKING = new Set(['missing']);
