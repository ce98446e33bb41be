// Round 19 (sources): who speaks in news, coder notes and official releases written by writers the rules never saw.
import { describe, expect, it } from 'vitest';
import { sourceAt, type SourceSeen } from './helpers.js';

function sources(name: string, cases: Array<[string, string, SourceSeen]>): void {
  describe(name, () => {
    it.each(cases)('%s', (text, at, want) => {
      expect(sourceAt(text, at)).toEqual(want);
    });
  });
}

// only a private person gives a reporter a first name alone: with no role that says otherwise, a witness
sources('a speaker who gives only a first name is a private person', [
  ['A volunteer who gave his name only as Dinesh said he counted at least 15 people lying by the gate.', 'at least 15',
    { name: 'Dinesh', kind: 'witness' }],
  ['A young detainee who gave his name only as Yusuf said the guards had beaten him. "I saw maybe twenty people ' +
    'lying on the floor," he said by phone.', 'maybe twenty people', { name: 'Yusuf', kind: 'witness' }],
  ['A porter at the depot who identified himself only as Bakari said 7 people were killed.', '7 people',
    { name: 'Bakari', kind: 'witness' }],
  ['A steward who gave only his first name, Musa, said 12 passengers were hurt.', '12 passengers',
    { name: 'Musa', kind: 'witness' }],
  // (a role of office keeps its kind)
  ['A police officer who gave his name only as Ali said 20 people were killed.', '20 people',
    { name: 'Ali', kind: 'official' }],
]);

// the state's local administrator under any country's title speaks for the state, also with the name in apposition
sources('local administrators by title are officials', [
  ['The Senior Divisional Officer for Fako, Etienne Mbarga Ondoa, said 6 voters were shot dead near the school.',
    '6 voters', { name: 'Etienne Mbarga Ondoa', kind: 'official' }],
  ['The sub-prefect of Bambari, Jean-Claude Yakite, told reporters that 14 houses burned and 3 people died.',
    '3 people', { name: 'Jean-Claude Yakite', kind: 'official' }],
  ['Nine pilgrims drowned, according to the tehsildar, Mohan Lal Verma.', 'Nine pilgrims',
    { name: 'Mohan Lal Verma', kind: 'official' }],
  ['Amina Diallo, the prefect of the region, said 4 gendarmes were wounded.', '4 gendarmes',
    { name: 'Amina Diallo', kind: 'official' }],
  ['The magistrate, Ruth Wanjiru, said 11 people were taken to hospital.', '11 people',
    { name: 'Ruth Wanjiru', kind: 'official' }],
]);

// "..., which said ...": a body named just before a relative clause of reporting speaks for what follows
sources("a body's relative clause 'which said' names the body as the speaker", [
  ['A depot caught fire on Monday. Her son was among those treated at the Mbagathi District Hospital, which said ' +
    'it had admitted 23 patients overnight.', '23 patients', { name: 'Mbagathi District Hospital', kind: 'official' }],
  ['A bus fell into a ravine. The injured were flown to the Regional Trauma Centre, which reported 8 of them in ' +
    'intensive care.', '8 of them', { name: 'Regional Trauma Centre', kind: 'official' }],
  ['The dam burst before dawn. Families sheltered in tents put up by the Uganda Red Cross Society, which said ' +
    '1,200 people had fled their homes.', '1,200 people', { name: 'Uganda Red Cross Society', kind: 'official' }],
  // (after "according to X" the clause goes on with X, the one speaker of the sentence)
  ['Clashes left at least 12 people dead, according to the state police command, which also reported 9 suspects ' +
    'arrested.', '9 suspects', { name: 'state police command', kind: 'official' }],
]);
