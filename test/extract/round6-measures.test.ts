// Round 6: measures, groups, values and structure that fresh texts (dev 242-253: live blogs, wires with a second
// attack, translated tolls, headline + lede, local papers on fishermen, mines, kidnappings, a piracy note, a police
// release) showed missing. Each row is a sentence in our own words and the row the extractor must give
// ("measure group low-high hedge"), or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('translated tolls: martyrs, "the number of the dead reached"', [
  ['The directorate said the number of the martyrs of the shelling on the old quarter reached 9 and the wounded 21.', 'killed people 9-9 exact'],
  ['The directorate said the number of the martyrs of the shelling on the old quarter reached 9 and the wounded 21.', 'injured people 21-21 exact'],
  ['The ministry said the number of the dead in the storm has reached 6 and the missing 3.', 'missing people 3-3 exact'],
  ['The toll of the raids on the district rose to 41 martyrs.', 'killed people 41-41 exact'],
]);

table('how many there were, how they were held or picked up', [
  ['The raiders, who numbered about 45 according to a herder, came at dusk.', 'present attackers 45-45 about'],
  ['"We have buried 16 people since the morning," the imam said.', 'killed people 16-16 exact'],
  ['The robber had kept eleven people inside the post office for five hours.', 'held people 11-11 exact'],
  ['The remaining four (4) victims are still in the custody of the kidnappers.', 'held people 4-4 exact'],
  ['Three of them were picked up by a passing tanker late on Tuesday.', 'freed people 3-3 exact'],
  ['Rescuers said the ferry had been carrying well over 200 people.', 'present people 200-null at_least'],
  ['Two (2) vigilante members were wounded in the exchange of fire.', 'injured vigilantes 2-2 exact'],
]);

absent('not counts of people', [
  ['Officials could not say how many workers were inside the plant.', 'present workers 10-null vague'],
  ['Pirates in three skiffs chased the tanker for an hour.', 'present skiffs 3-3 exact'],
  ['Those killed in the crush numbered 19.', 'present people 19-19 exact'],
]);

describe('parts picked out by a list or an apposition', () => {
  it('"those taken include" lists parts of the crew seized', () => {
    const fs = figures('Gunmen seized the dhow and its crew of 16. Those taken include the master, two engineers and five deckhands.');
    const total = fs.find((f) => f.value.low === 16);
    expect(total && `${total.measure} ${total.group}`).toBe('held crew');
    const parts = fs.filter((f) => f.parts_of === total?.id).map((f) => `${f.measure} ${f.group} ${f.value.low}`);
    expect(parts).toEqual(['held engineers 2', 'held crew 5']);
  });
  it('an apposition right after its total is a part of it', () => {
    const fs = figures('The robber had kept twelve people, five of them postal employees, inside the branch until dusk.');
    const total = fs.find((f) => f.value.low === 12);
    const part = fs.find((f) => f.value.low === 5);
    expect(total && `${total.measure} ${total.group}`).toBe('held people');
    expect(part && `${part.measure} ${part.group} ${part.parts_of === total?.id}`).toBe('held employees true');
  });
  it('the martyrs picked out of a toll are its parts', () => {
    const fs = figures('The shelling killed 15 people. Among the martyrs are 6 children.');
    const part = fs.find((f) => f.value.low === 6);
    expect(part?.parts_of).toBe(fs.find((f) => f.value.low === 15)?.id);
  });
});
