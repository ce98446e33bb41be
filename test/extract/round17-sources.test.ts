// Round 17 (sources): a private person taken up again by role, and a community's security group.
import { describe, expect, it } from 'vitest';
import { sourceAt, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// "one of the relatives told the paper ... said the relative, who asked not to be named": one person, who
// withholds the name, so every figure that person gave is unnamed
sources('a person named by role and later withholding the name is unnamed throughout', [
  ['Gunmen seized eight shepherds in the hills on Monday, one of the relatives told reporters. "We have heard ' +
    'nothing since," said the relative, who did not want to be named.', 'eight shepherds',
  { name: 'one of the relatives', kind: 'unnamed' }],
  ['Bandits kidnapped 12 villagers from their homes overnight, one of the residents told the radio station. The ' +
    'resident, who declined to be named, said the men spoke a language he did not know.', '12 villagers',
  { name: 'one of the residents', kind: 'unnamed' }],
  ['Five of the fishermen were freed after their families paid, one of their relatives said on Tuesday. "My ' +
    'cousin is still there," the relative said, speaking on condition of anonymity.', 'Five of the fishermen',
  { name: 'one of their relatives', kind: 'unnamed' }],
]);

// a community's own security group is a civic body, not an armed party
sources('a local security or community group speaks as a civic body', [
  ['A local security group says at least 40 people were abducted along the road this year.', 'at least 40',
    { name: 'local security group', kind: 'official' }],
  ['According to a community group in the district, 17 farmers have been killed since March.', '17 farmers',
    { name: 'community group', kind: 'official' }],
  ['The neighbourhood security group said nine houses were torched and two guards were shot dead.', 'two guards',
    { name: 'neighbourhood security group', kind: 'official' }],
]);
