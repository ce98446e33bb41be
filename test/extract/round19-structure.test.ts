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

table('an aside between dashes or brackets between a list item and its verb', [
  ['3 policemen and 2 bystanders - a street vendor and his nephew - were killed in the blast.', 'killed civilians 2-2 exact'],
  ['3 policemen and 2 bystanders - a street vendor and his nephew - were killed in the blast.', 'killed security_forces 3-3 exact'],
  ['Two farmers \u2014 a father and his son \u2014 were abducted from their field.', 'held farmers 2-2 exact'],
  ['Six traders and 4 porters (all from the same village) were wounded.', 'injured porters 4-4 exact'],
]);

table('a participle aside after an aside of parts', [
  ['Four rangers, including a sergeant, having held the gate for an hour, were killed.', 'killed security_forces 4-4 exact'],
  ['Three guards, among them a woman, after chasing the intruders for hours, were wounded.', 'injured security_forces 3-3 exact'],
  ['Six (6) brave policemen, including one (1) inspector, having resisted the attackers, embraced martyrdom.',
    'killed security_forces 6-6 exact'],
]);

table('modifiers joined by "and" before one noun of people', [
  ['Twelve (12) inmates and two (2) prison security and surveillance agents were hurt.', 'injured security_forces 2-2 exact'],
  ['Four health and sanitation workers were hurt when the wall fell.', 'injured workers 4-4 exact'],
  ['Two water and power officials were abducted on the road.', 'held officials 2-2 exact'],
  ['Police said seven street and market vendors were arrested.', 'arrested vendors 7-7 exact'],
]);

absent('a part picked out "of them" gives its harm to the part, not to the count it picks from', [
  ['The remaining 14 sailors, one of them hurt by a stray bullet, steered the ship to port.', 'injured sailors 14-14 exact'],
  ['The other 30 passengers, two of them injured, were taken off the bus.', 'injured passengers 30-30 exact'],
  ['The last 8 miners, three of them wounded, walked out of the shaft at dawn.', 'injured miners 8-8 exact'],
]);

table('bare counts with a manner of dying go on breaking the dead down', [
  ['Ten miners died: six drowned and four were crushed.', 'killed miners 4-4 exact'],
  ['Nine prisoners were killed - six burned to death and three stabbed - and 20 others were hurt.', 'killed prisoners 3-3 exact'],
  ['Nine people died in the fire, seven of them burned and two crushed in the rush.', 'killed people 2-2 exact'],
]);

table('"N others" after a total and its parts are more of the total\'s group', [
  ['Nine prisoners were killed - six burned to death and three stabbed - and 20 others were hurt.', 'injured prisoners 20-20 exact'],
  ['Bandits raided the camp, killing 7 herders, including two boys aged about 13, and wounding 4 others.', 'injured herders 4-4 exact'],
  ['Gunmen killed 14 miners, among them a girl aged around 15, and wounded 9 others.', 'injured miners 9-9 exact'],
]);

table('", and N injured" after an aside is the next item, not an aside of the one before', [
  ['Attackers left nineteen (19) herders killed, including two (2) women, and thirty (30) injured, evacuated to Dori;', 'killed women 2-2 exact'],
  ['Attackers left nineteen (19) herders killed, including two (2) women, and thirty (30) injured, evacuated to Dori;', 'injured herders 30-30 exact'],
  ['Twelve fishermen drowned, among them two boys, and five missing, flown to the capital.', 'killed children 2-2 exact'],
]);

table('a part broken down by "including" with no comma', [
  ['The blast killed 15 people, 9 of them from one clan including 3 children.', 'killed children 3-3 exact'],
  ['Officials said 30 people died, among them 12 pilgrims including 5 women.', 'killed women 5-5 exact'],
  ['The bus plunge killed 20 people, 11 of them students including 4 girls.', 'killed children 4-4 exact'],
]);

table('criminals acting together are attackers (criminal band)', [
  ['Two (2) of the criminals were killed when officers stormed the shop.', 'killed attackers 2-2 exact'],
  ['Police shot dead three criminals who had robbed a fuel station.', 'killed attackers 3-3 exact'],
  ['Four armed criminals were arrested after the raid on the bank.', 'arrested attackers 4-4 exact'],
]);

table('one counted nationality and one person of another close an apposition of the total', [
  ['Among the dead were four foreign hikers, three Germans and a Dutch woman, police said.', 'killed hikers 3-3 exact'],
  ['The minibus carried five foreign tourists, four Chileans and an Italian.', 'present tourists 4-4 exact'],
  ['Six crew members, five Filipinos and a Greek, were abducted off the coast.', 'held crew 5-5 exact'],
]);

table('a count of people that restates a count of households takes its place', [
  ['- Affected: 2,140 families / 8,925 persons', 'affected people 8925-8925 exact'],
  ['Officials said 75 families, or some 310 residents, had been evacuated.', 'displaced civilians 310-310 about'],
  ['Some 40 households (210 people) were evacuated from the river bank.', 'displaced people 210-210 exact'],
  ['The floods displaced 2,000 households / 9,400 people in the north.', 'displaced people 9400-9400 exact'],
]);

table('a bare count with its own nominal ends a list: no verb shared with the bodies before it', [
  ['By noon we had pulled out 9 bodies and more than 30 injured, the officer said.', 'killed people 9-9 exact'],
  ['Rescuers recovered 6 bodies and 12 injured from the wreck.', 'killed people 6-6 exact'],
  ['Police found 3 bodies and 2 wounded inside the house.', 'killed people 3-3 exact'],
]);

table('harm from gas, smoke or poison after a verb of suffering', [
  ['The district hospital received 44 people suffering from smoke inhalation.', 'injured people 44-44 exact'],
  ['Clinics admitted 25 pupils with signs of poisoning after the meal.', 'injured pupils 25-25 exact'],
  ['Health services received a total of ninety (90) persons suffering from breathing difficulties, among them thirty (30) children.',
    'injured children 30-30 exact'],
]);

absent('"difficulties" alone hurts nobody', [
  ['The 40 traders said they faced financial difficulties after the fire.', 'injured traders 40-40 exact'],
]);

absent('animals are no people, also after a vague count', [
  ['Villagers said dozens of cattle were also swept away.', 'missing people 24-99 vague'],
  ['Hundreds of goats were stolen in the raid.', 'held people 200-999 vague'],
  ['Farmers said scores of sheep had drowned.', 'killed people 20-99 vague'],
]);

table('"grandchildren" keeps its own group like other kin', [
  ['She said she lost her two grandchildren in the flood.', 'killed grandchildren 2-2 exact'],
  ['An old man and his three grandchildren were killed when the roof fell.', 'killed grandchildren 3-3 exact'],
  ['Gunmen abducted a farmer and his four grandchildren.', 'held grandchildren 4-4 exact'],
]);

absent('one speaker holding a person keeps no one captive', [
  ['I held one of them but the water took him, she said.', 'held people 1-1 exact'],
  ['I held two of the children until the boat came, he recalled.', 'held children 2-2 exact'],
  ['"I held one of them by the hand," the fisherman said.', 'held people 1-1 exact'],
]);

table('one person named by a singular noun with a relative clause or a place after it', [
  ['One customer who suffered a gunshot wound was taken to hospital.', 'injured customers 1-1 exact'],
  ['One (1) traveller in a passing vehicle was also hit by a stray bullet and died on the spot.', 'killed passengers 1-1 exact'],
  ['One student in the back row was hurt by flying glass.', 'injured students 1-1 exact'],
]);

table('a verb with no cue after the auxiliary, then "and" and a death', [
  ['Two travellers were hit by a stray bullet and died.', 'killed passengers 2-2 exact'],
  ['Two men in the truck were struck by shrapnel and died.', 'killed men 2-2 exact'],
  ['Four climbers were knocked off the ridge and died before help came.', 'killed climbers 4-4 exact'],
]);

absent('units of mass or volume and machines count no people', [
  ['Nine men were arrested and 45 kilos of heroin were seized.', 'arrested kilos 45-45 exact'],
  ['Soldiers were digging with three excavators at the site.', 'present excavators 3-3 exact'],
  ['Customs seized 200 litres of fuel and detained the driver.', 'arrested people 200-200 exact'],
]);

table('"only" or "just" between a verb and its count', [
  ['The cabin was carrying only five people - four tourists and a guide - when the cable snapped.', 'present people 5-5 exact'],
  ['The cabin was carrying only five people - four tourists and a guide - when the cable snapped.', 'present tourists 4-4 exact'],
  ['The gunmen killed just two guards before fleeing.', 'killed security_forces 2-2 exact'],
  ['Rescuers freed only three of the miners before dark.', 'freed miners 3-3 exact'],
]);

table('a count between commas that restates the uncounted people a verb took', [
  ['Firemen evacuated the residents of three streets near the depot, some 420 persons, as a precaution.', 'displaced people 420-420 about'],
  ['Soldiers evacuated villagers from the slopes of the volcano, about 2,000 people.', 'displaced people 2000-2000 about'],
  ['Police arrested protesters outside the palace, some 40 people, late on Sunday.', 'arrested people 40-40 about'],
]);

absent('no verb that takes people before the apposition: no count', [
  ['The mayor met residents, about 300 people, on Sunday.', 'displaced people 300-300 about'],
]);

table('a hedge before the whole after "none of the"', [
  ['The railway said none of the roughly 300 passengers on the train had been hurt.', 'injured passengers 0-0 exact'],
  ['None of the nearly 60 pupils in the hall was injured, the head teacher said.', 'injured pupils 0-0 exact'],
  ['Officials said none of the about 40 guests had been harmed.', 'injured guests 0-0 exact'],
]);

table('a passive verb right before "along with" is the count\'s too', [
  ['Police said the owner had been arrested along with two of his staff.', 'arrested staff 2-2 exact'],
  ['The contractor was detained together with three foremen.', 'arrested foremen 3-3 exact'],
  ['The priest was abducted along with four of his parishioners.', 'held parishioners 4-4 exact'],
]);
