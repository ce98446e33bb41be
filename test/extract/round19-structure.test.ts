// Round 19 (structure): numbers that are no counts, asides between a count and its verb, lists, groups.
import { absent, table } from './helpers.js';

absent('a capacity after a word of ability is no count of people', [
  ['The gondola, which can hold 30 riders, stopped halfway up.', 'held riders 30-30 exact'],
  ['The new hall can hold 400 people, the mayor said.', 'held people 400-400 exact'],
  ['Officials said the ferry could carry 90 passengers.', 'present passengers 90-90 exact'],
  ['The school can accommodate 250 people, officials said.', 'displaced people 250-250 exact'],
]);

absent('an age after "of" and one person is no count', [
  ['Among the injured was a boy of 12 with deep cuts.', 'injured people 12-12 exact'],
  ['A woman of 67 died in the fire, firefighters said.', 'killed people 67-67 exact'],
  ['Rescuers pulled out a girl of 8 who had been trapped for hours.', 'freed people 8-8 exact'],
]);

absent('a service named by a cue word and a number code', [
  ['Rescue 1122 later put the toll at 9.', 'freed people 1122-1122 exact'],
  ['Volunteers of Rescue 1122 reached the site within minutes.', 'freed people 1122-1122 exact'],
  ['(Source: local police; Rescue 1122)', 'freed people 1122-1122 exact'],
]);

table('a count of people after "of" and a collective stays a count', [
  ['A crew of 12 was rescued from the burning trawler.', 'freed crew 12-12 exact'],
  ['Police Rescue 120 Hostages From Besieged Farm', 'freed hostages 120-120 exact'],
  ['The launch can hold 40 people; on Sunday it carried 63 passengers.', 'present passengers 63-63 exact'],
]);
