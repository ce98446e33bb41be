// Round 16b of measures: held, freed, present and other on texts nobody tuned on. Each rule was found in the misses of
// dev 446-481 and checked against the same shape across the dev set (several writers) before it was written. All
// sentences are our own; texts are read with no metadata.
import { absent, table } from './helpers.js';

// people in custody moved to another prison, jail or centre are coded other (the guide): not freed, not displaced;
// a move to a hospital stays the injured's
table('round 16b measures: a move from one place of custody to another', [
  ['About 60 survivors had been transferred to another centre in Zintan.', 'other people 60-60 about'],
  ['Officials said 38 inmates had been transferred to the high security prison at Gorom.', 'other inmates 38-38 exact'],
  ['Twenty-two (22) inmates named as ringleaders have been transferred to the Central Penitentiary.', 'other inmates 22-22 exact'],
  ['Forty detainees were moved to another prison after the riot.', 'other detainees 40-40 exact'],
  ['Eight prisoners were moved to the remand wing overnight.', 'other prisoners 8-8 exact'],
]);
absent('round 16b measures: a move to care is no custody move', [
  ['Fourteen (14) persons were transferred to hospitals in Merida with burns.', 'other people 14-14 exact'],
  ['Nine were injured and transferred to other hospitals.', 'other people 9-9 exact'],
]);

// a search for people who ran away (a relative clause of flight, then "are being sought") is for suspects or
// escapees, coded other like them; a search with no flight stays missing
table('round 16b measures: people who fled, then sought', [
  ['A further 7 persons who fled the reception centre are being sought.', 'other people 7-7 exact'],
  ['Two inmates who escaped during the riot are still being sought by police.', 'other inmates 2-2 exact'],
  ['Five prisoners who broke out of the jail on Sunday are being sought.', 'other prisoners 5-5 exact'],
  ['Nine detainees who absconded from the camp are being sought.', 'other detainees 9-9 exact'],
]);
table('round 16b measures: a search with no flight', [
  ['Four fishermen who went to sea on Monday are still being sought.', 'missing fishermen 4-4 exact'],
  ['Two divers are still being sought.', 'missing divers 2-2 exact'],
]);

// an aside of harm on the whole count ("five, all with burns") says what befell them: injured
table('round 16b measures: all of them with injuries', [
  ['"We took in five, all with burns and fractures," the doctor said.', 'injured people 5-5 exact'],
  ['The clinic received nine, most of them with gunshot wounds.', 'injured people 9-9 exact'],
  ['Police said twelve villagers, all with machete wounds, reached the health post at dawn.', 'injured civilians 12-12 exact'],
  ['Rescuers brought out two miners, both with head injuries.', 'injured miners 2-2 exact'],
]);
absent('round 16b measures: an aside of arms is no harm', [
  ['Three men, all with rifles, stormed the post.', 'injured men 3-3 exact'],
]);

// shut inside a place when it happened: they were there (present); hostages locked up stay held
table('round 16b measures: locked in', [
  ['The fire began in a hangar where some 350 men were locked in for the night.', 'present men 350-350 about'],
  ['About 40 workers were locked inside the factory when the fire broke out.', 'present workers 40-40 about'],
  ['Officials said 120 detainees had been locked in the cell block at the time.', 'present detainees 120-120 exact'],
  ['The 12 hostages were locked in a hut for nine days before they were freed.', 'held hostages 12-12 exact'],
]);

// a coder's label of who was sent or took part opens a list of people who were there (present); machines in the same
// list are no counts of people
table('round 16b measures: a label of responders or of those involved', [
  ['Resources: 900 personnel, 60 engines and 9 helicopters assigned.', 'present security_forces 900-900 exact'],
  ['Responders: 220 firefighters and 40 paramedics.', 'present firefighters 220-220 exact'],
  ['Resources deployed: 3 boats, 45 divers.', 'present divers 45-45 exact'],
  ['Persons involved: 12 (11 passengers, 1 driver).', 'present people 12-12 exact'],
]);
absent('round 16b measures: machines under a label of resources', [
  ['Resources: 900 personnel, 60 engines and 9 helicopters assigned.', 'present people 60-60 exact'],
  ['Resources: 900 personnel, 60 engines and 9 helicopters assigned.', 'present people 9-9 exact'],
]);

// people seen lying somewhere, dead or hurt unknown, are other (the guide's "many people on the ground"); a harm the
// noun already names, or bodies, keep theirs
table('round 16b measures: people seen lying', [
  ['She said she saw "at least 40 people lying beside the rails".', 'other people 40-null at_least'],
  ['"I counted maybe twenty people lying by the road," a trader said.', 'other people 20-20 about'],
  ['He saw ten or fifteen people lying on the stairs, not moving.', 'other people 10-15 range'],
  ['Dozens of women were lying on the floor of the hall when help came.', 'other women 24-99 vague'],
]);
table('round 16b measures: lying with a harm already named', [
  ['Dozens of injured fans were lying on the floor of the corridor.', 'injured fans 24-99 vague'],
  ['Ten wounded soldiers were lying beside the road.', 'injured security_forces 10-10 exact'],
  ['Four bodies were lying on the road.', 'killed people 4-4 exact'],
]);

// an age phrase with no commas right after the counted noun ("five men aged 20 to 30 were arrested") only says who
// they are: the verb after it says what befell them, and the ages are no counts
table('round 16b measures: an age phrase without commas', [
  ['Five men aged 20 to 30 were arrested at the checkpoint.', 'arrested men 5-5 exact'],
  ['Twenty pupils aged 9 were killed when the wall fell.', 'killed pupils 20-20 exact'],
  ['Three girls aged between 12 and 15 were abducted from the farm.', 'held children 3-3 exact'],
  ['Four women aged 30-45 had been kidnapped on the road.', 'held women 4-4 exact'],
  ['Two boys aged 10 and 12 years were rescued from the river.', 'freed children 2-2 exact'],
]);
absent('round 16b measures: ages are no counts', [
  ['Three girls aged between 12 and 15 were abducted from the farm.', 'held people 12-15 range'],
]);

// a witness counting their own group ("we were more than 300") says how many were there
table('round 16b measures: we were so many', [
  ['"We were more than 300, not 250," she said.', 'present people 300-null at_least'],
  ['"We were about 40 in the truck," he said.', 'present people 40-40 about'],
  ['"We were 12 in the house when the roof fell," she said.', 'present people 12-12 exact'],
]);
absent('round 16b measures: we were so far away', [
  ['"We were two kilometres away," he said.', 'present people 2-2 exact'],
  ['We were three hours from the coast when the engine failed.', 'present people 3-3 exact'],
]);

// in a kidnapping report, "were taken" past a bare age phrase is still the taking
table('round 16b measures: taken, past an age phrase', [
  ['Bandits abducted villagers in Zamfara overnight. A teacher said 15 pupils aged between 8 and 14 were taken, and others ran into the bush.', 'held pupils 15-15 exact'],
  ['Gunmen kidnapped travellers on the highway on Friday. Police said six women aged 20 to 35 were taken.', 'held women 6-6 exact'],
  ['Armed men stormed the village school at dawn and kidnapped pupils. Twelve girls aged 10 to 13 were taken, the head teacher said.', 'held children 12-12 exact'],
]);

// people suspended from duty after an incident are counted with no measure of their own (other); flights, buses or
// matches suspended are no people
table('round 16b measures: suspended from duty', [
  ['Stand collapse kills 6 at fairground; 3 officials suspended.', 'other officials 3-3 exact'],
  ['Two district engineers were suspended pending an inquiry.', 'other engineers 2-2 exact'],
  ['The army said five soldiers had been suspended over the shooting.', 'other security_forces 5-5 exact'],
]);
absent('round 16b measures: things suspended', [
  ['Twelve flights were suspended.', 'other flights 12-12 exact'],
  ['Four buses were suspended from service.', 'other buses 4-4 exact'],
]);

// children parted from their families are counted with no coded harm (other); what is said of them after (not yet
// traced, found dead) still decides
table('round 16b measures: separated from their families', [
  ['Some 300 children were separated from their families in the stampede.', 'other children 300-300 about'],
  ['About 30 pupils were separated from their parents during the evacuation.', 'other pupils 30-30 about'],
  ['Officials said 45 minors had been separated from their relatives at the crossing.', 'other children 45-45 exact'],
  ['Police said four children separated from their families in the crush were yet to be traced.', 'missing children 4-4 exact'],
  ['Two girls separated from their parents were later found dead.', 'killed children 2-2 exact'],
]);
