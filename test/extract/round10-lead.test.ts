// Round 10, lead's rules from the blind set 350–361 (own words): an age between commas after one person is no
// count; a verb that is never a participle decides the measure after a participle clause; Burkina Faso's
// volunteer auxiliaries are counted with the security forces.
import { absent, table } from './helpers.js';

absent('an age between commas after one person is no count', [
  ['Officers detained the foreman, 52, for questioning on Tuesday.', 'arrested people 52-52 exact'],
  ['The victim, 23, was flown to the capital for treatment.', 'injured people 23-23 exact'],
  ['Her brother, 31, and two neighbours were killed in the blast.', 'killed people 31-31 exact'],
]);

table('counts next to one person still count', [
  ['The driver and 14 passengers, 9 of them children, were hurt.', 'injured passengers 14-14 exact'],
  ['Police arrested the gang leader and 6 others on Friday.', 'arrested people 6-6 exact'],
]);

table('a finite verb after a participle clause decides the measure', [
  ['Two labourers taken to the district hospital died before dawn.', 'killed labourers 2-2 exact'],
  ['One of those admitted to hospital died on Thursday, the clinic said.', 'killed people 1-1 exact'],
  ['Four climbers rescued from the crevasse later died of the cold.', 'killed climbers 4-4 exact'],
  ['Seven workers trapped in the shaft perished.', 'killed workers 7-7 exact'],
]);

table('participle clauses without a later verb keep their own measure', [
  ['Nine pilgrims taken to hospital are in stable condition.', 'injured pilgrims 9-9 exact'],
  ['Eleven fishermen rescued from the lake were sent home.', 'freed fishermen 11-11 exact'],
]);

table('VDP auxiliaries are security forces', [
  ['The raid left 12 VDP and 3 soldiers dead, a local source said.', 'killed security_forces 3-3 exact'],
  ['Jihadists killed nine VDP near the market on Sunday.', 'killed security_forces 9-9 exact'],
]);

table('soldiers fallen on the field of honour are killed', [
  ['Our losses are seven (7) soldiers fallen on the field of honour and nine (9) wounded.', 'killed security_forces 7-7 exact'],
]);

table('a relative clause ends at a verb that is never a participle, or one of harm', [
  ['Nine dockers who were unloading the ship died in the blast.', 'killed dockers 9-9 exact'],
  ['Fourteen marchers who were holding the banner received burns.', 'injured marchers 14-14 exact'],
  ['Three climbers who were caught by the avalanche escaped.', 'freed climbers 3-3 exact'],
]);

table('groups named in the singular take their plural', [
  ['One fisherman is still missing after the storm.', 'missing fishermen 1-1 exact'],
]);

table('a missing person whose body the sentence finds is dead', [
  ['One herder who went after his goats disappeared; his body was found in the gorge.', 'killed herders 1-1 exact'],
]);
