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
