// Round 15 of measures: which measure a count takes when the report says it through a place, a state or a unit
// rather than a harm verb. Cases found by scoring blind texts (dev 434-445) and checked against the same shapes in
// other dev texts before fixing. All sentences are our own; texts are read with no metadata.
import { absent, table } from './helpers.js';

// people who left home are counted where they stay: a shelter, a camp, relatives or host families, in any tense,
// also when a participle or an origin stands between the count and the verb
table('round 15 measures: displacement stated as a stay or a move', [
  ['Nearly 4,000 villagers from the river towns spent a second night in relief camps on Sunday.', 'displaced civilians null-4000 at_most'],
  ['The council said 2,380 people were staying in 17 evacuation centres by Friday.', 'displaced people 2380-2380 exact'],
  ['The council said 2,380 people from 600 families were staying in 17 evacuation centres.', 'displaced people 2380-2380 exact'],
  ['About 700 others were sheltering with relatives in the next valley.', 'displaced people 700-700 about'],
  ['Some 900 residents living along the canal were moved to temporary shelters before dawn.', 'displaced civilians 900-900 about'],
  ['Another 260 people have been taken by boat to Meru island, and are staying with host families.', 'displaced people 260-260 exact'],
  ['The mayor said the number of evacuees had climbed to 1,420 by noon.', 'displaced people 1420-1420 exact'],
]);

// being somewhere when it happened stays present: a hall or a single shelter may be where the crowd was
absent('round 15 measures: at the scene is no displacement', [
  ['About 300 worshippers were sheltering in the hall when the roof gave way.', 'displaced civilians 300-300 about'],
  ['Some 40 people were sleeping in the shelter when the shell struck.', 'displaced people 40-40 about'],
]);

// hostages kept by rioters, in the verb translated releases use
table('round 15 measures: held', [
  ['Rioting inmates retained nine (9) guards in the kitchen block overnight.', 'held security_forces 9-9 exact'],
]);

// a death said as a recorded toll, by the verb of a long subject, or after a long apposition
table('round 15 measures: deaths without a harm verb on the count', [
  ['One death has been recorded so far: a fisherman who fell from the jetty.', 'killed people 1-1 exact'],
  ['Two (2) persons deprived of liberty lost their lives in the fire.', 'killed people 2-2 exact'],
  ['Four miners trapped by the flood lost their lives before help came.', 'killed miners 4-4 exact'],
  ['One patient, a 64-year-old woman with a lung condition, died at the field clinic.', 'killed patients 1-1 exact'],
]);

// a relative clause says where they had gone; the main verb after it says what became of them
table('round 15 measures: the main verb after a relative clause of place', [
  ['Three herders who had returned to fetch cattle inside the ten-kilometre exclusion zone were missing on Friday.', 'missing herders 3-3 exact'],
]);
absent('round 15 measures: a relative clause of place is no presence', [
  ['Three herders who had returned to fetch cattle inside the ten-kilometre exclusion zone were missing on Friday.', 'present herders 3-3 exact'],
]);

// responders at the scene: a team named by what it is made of, an origin that lists several bodies or counts them,
// and those who responded
table('round 15 measures: personnel at the scene', [
  ['The rescue column, made up of 230 soldiers and police officers, reached the village at dawn.', 'present security_forces 230-230 exact'],
  ['Some 90 personnel from the fire service, the coast guard, police and Red Crescent are working at the quay.', 'present security_forces 90-90 about'],
  ['At least 60 firefighters from nine agencies responded to the blaze.', 'present firefighters 60-null at_least'],
]);
absent('round 15 measures: the bodies that sent them are no count of people', [
  ['At least 60 firefighters from nine agencies responded to the blaze.', 'present agencies 9-9 exact'],
]);

// an evacuation out of the place the attackers hold is a rescue, also when that place is a town; an evacuation from
// a town the report never says is held stays displacement
table('round 15 measures: evacuated out of a besieged place', [
  ['Armed men have kept a blockade around the village of Dera since May. On Tuesday an army convoy evacuated 140 civilians, most of them children and old men, from the village to Kosti.', 'freed civilians 140-140 exact'],
]);
table('round 15 measures: evacuated from a town no one holds', [
  ['Armed men have kept a blockade around the village of Dera since May. Floods then forced the council to evacuate 600 residents from the town of Kosti.', 'displaced civilians 600-600 exact'],
]);

// a stay that the event interrupted places them at the scene
absent('round 15 measures: staying somewhere when it happened', [
  ['About 250 people were staying in the transit camp when the fire broke out.', 'displaced people 250-250 about'],
]);

// moved to care, in the words of police and sheriff releases
table('round 15 measures: transported to a hospital', [
  ['Five other people were transported to Mercy Valley Medical Center by ambulance.', 'injured people 5-5 exact'],
  ['Two pupils were conveyed to the district hospital.', 'injured pupils 2-2 exact'],
]);

// a gapped clause ("and two for burns") repeats the verb of the count before it
table('round 15 measures: a gapped count shares the verb before it', [
  ['Medics treated 14 miners for smoke inhalation and three for broken legs.', 'injured people 3-3 exact'],
  ['Six (6) persons were treated at Ruvu Clinic for dehydration and four for snake bites.', 'injured people 4-4 exact'],
]);
