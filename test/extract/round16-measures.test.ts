// Round 16 of measures: which measure a count takes when the harm is said by a noun phrase or an intransitive verb,
// when the counted head is itself a state, and when a number word counts no people at all. Cases found by scoring
// blind texts (dev 446-481) and checked against the same shapes across the dev set before fixing. All sentences are
// our own; texts are read with no metadata.
import { absent, table } from './helpers.js';

// people who were walking by are civilians, hyphenated or not, and harm received as a noun ("sustained injuries")
// reaches every count of a coordinated subject
table('round 16 measures: harm received, said as a noun', [
  ['Five (5) constables and three (3) passers-by sustained injuries when the device went off.', 'injured civilians 3-3 exact'],
  ['Five (5) constables and three (3) passers-by sustained injuries when the device went off.', 'injured security_forces 5-5 exact'],
  ['Two passersby suffered burns as the tanker caught fire.', 'injured civilians 2-2 exact'],
  ['Six guards received gunshot wounds, and two passers-by were hurt by flying glass.', 'injured civilians 2-2 exact'],
]);

// a count whose head is itself a harm state keeps that state: where they were moved, or that they were brought out,
// does not change what befell them
table('round 16 measures: a harm state as the head of the count', [
  ['9 injured were evacuated to the district health centre at dusk.', 'injured people 9-9 exact'],
  ['Four wounded were moved by road to the regional hospital in Mopti.', 'injured people 4-4 exact'],
  ['Eleven injured were rescued from the flooded shaft by the fire brigade.', 'injured people 11-11 exact'],
  ['The 14 dead were carried out of the gallery overnight.', 'killed people 14-14 exact'],
]);
absent('round 16 measures: a harm state is no displacement or rescue', [
  ['9 injured were evacuated to the district health centre at dusk.', 'displaced people 9-9 exact'],
  ['Eleven injured were rescued from the flooded shaft by the fire brigade.', 'freed people 11-11 exact'],
]);
// a later death still beats the injury
table('round 16 measures: the injured who later died', [
  ['Two injured later died at the clinic.', 'killed people 2-2 exact'],
]);
