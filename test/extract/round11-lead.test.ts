// Round 11, lead's rules (own words): a move to hospital by any means names the injured, also when the lexicon reads
// the verb as a responder's arrival ("flown to"); a bare move participle on a subset yields to the finite verb after
// it; a force named before the word for its men ("VDP members") keeps the force's group.
import { absent, table } from './helpers.js';

table('moved to hospital by any means: injured', [
  ['Four of the climbers were flown to the regional hospital on Monday.', 'injured climbers 4-4 exact'],
  ['Six pupils were ferried to a hospital across the river.', 'injured pupils 6-6 exact'],
  ['Nine miners were driven to the district hospital in ambulances.', 'injured miners 9-9 exact'],
]);

table('responders flown in stay present', [
  ['Some 40 medics were flown to the valley overnight.', 'present medics 40-40 about'],
]);

table('a move participle on a subset yields to the finite verb after it', [
  ['Twelve were taken to hospital. One of those transferred later died.', 'killed people 1-1 exact'],
  ['Five of the injured were flown to the capital. Two of those airlifted succumbed on Friday.', 'killed people 2-2 exact'],
]);

absent('the subset does not inherit the move', [
  ['Twelve were taken to hospital. One of those transferred later died.', 'injured people 1-1 exact'],
]);

table("a force's name before the word for its men", [
  ['The ambush killed 17 VDP members and three civilians.', 'killed security_forces 17-17 exact'],
  ['Eleven FARDC elements were wounded near the bridge.', 'injured security_forces 11-11 exact'],
  ['Raiders wounded four Gendarmerie personnel at the checkpoint.', 'injured security_forces 4-4 exact'],
]);
