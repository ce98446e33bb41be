// Round 7: measures, groups, values and structure that fresh texts (dev 254-267: coder notes on riots, raids and
// abductions, police and army releases, news on kidnappings, mass arrests, a shaft collapse, a capsize, a siege)
// showed missing. Each row is a sentence in our own words and the row the extractor must give
// ("measure group low-high hedge"), or must not give.
import { describe, expect, it } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('release wording: captured alive, fallen soldiers, retrieved hostages, court custody', [
  ['Three of the raiders were taken alive after their ammunition ran out, the brigade said.', 'arrested attackers 3-3 exact'],
  ['Two gunmen were captured alive near the river crossing.', 'arrested attackers 2-2 exact'],
  ['Sadly, six of our soldiers fell in combat during the sweep of the forest.', 'killed security_forces 6-6 exact'],
  ['Five of our soldiers fell with arms in hand while repelling the assault.', 'killed security_forces 5-5 exact'],
  ['Four traders held since March were safely retrieved by the task force.', 'freed traders 4-4 exact'],
  ['The swift action of the unit made it possible to neutralise about twenty assailants.', 'killed attackers 20-20 about'],
  ['A magistrate ordered nine people held in pre-trial detention pending trial.', 'arrested people 9-9 exact'],
]);

table('news wording: back from captivity, hospital care, beatings, mixed counts, attackers at the scene', [
  ['Three of the abducted farmers came back to the village on Friday night.', 'freed farmers 3-3 exact'],
  ['Officials said 31 demonstrators had been treated in hospital since the weekend.', 'injured demonstrators 31-31 exact'],
  ['Witnesses said about 25 students were beaten by riot police outside the faculty.', 'injured students 25-25 about'],
  ['Aid groups say 2,300 people died or went missing on the route last year.', 'other people 2300-2300 exact'],
  ['A guard said that about a dozen armed men had surrounded the depot before dawn.', 'present attackers 12-12 about'],
]);

describe('nationalities in the singular break down the total before them', () => {
  it('a dash-enclosed list, then more parts after "including"', () => {
    const fs = figures('A fishing boat picked up 31 survivors near the reef — 17 Somali, 10 Ethiopian and 4 Yemeni — including two children.');
    const total = fs.find((f) => f.value.low === 31);
    expect(total && `${total.measure} ${total.group}`).toBe('freed people');
    const parts = fs.filter((f) => f.parts_of === total?.id).map((f) => `${f.measure} ${f.group} ${f.value.low}`);
    expect(parts).toEqual(['freed people 17', 'freed people 10', 'freed people 4', 'freed children 2']);
  });
  it('a list in brackets after the crew taken keeps the crew', () => {
    const fs = figures('Pirates seized the trawler and its crew of 12 (nationalities: 8 Thai, 4 Burmese).');
    const total = fs.find((f) => f.value.low === 12);
    const parts = fs.filter((f) => f.parts_of === total?.id).map((f) => `${f.measure} ${f.group} ${f.value.low}`);
    expect(parts).toEqual(['held crew 8', 'held crew 4']);
  });
  it('a list that adds up to more than the total is not its breakdown', () => {
    const fs = figures('Guards detained 10 migrants at the border crossing (15 Afghan, 9 Iranian).');
    expect(fs.filter((f) => f.parts_of).length).toBe(0);
  });
});

table('the main verb after a relative clause, a long aside or a "suspected of" clause', [
  ['Four herders from Kidal, who were seized near a well on 3 May, were freed by a patrol.', 'freed herders 4-4 exact'],
  ['Nine traders who had been held by the gang in a forest camp since April were released on Sunday.', 'freed traders 9-9 exact'],
  ['Six men suspected of supplying fuel to the insurgents were apprehended at a checkpoint.', 'arrested men 6-6 exact'],
  ['Two suspects, including a 41-year-old driver who had rented the van under a false name, were arrested overnight.', 'arrested suspects 2-2 exact'],
]);

absent('a relative clause that ends in another clause keeps its own verb', [
  ['Police freed 14 workers who remain in hospital.', 'injured workers 14-14 exact'],
]);

absent('a vague share set off after its total counts nobody new', [
  ['The ministry said 60 officers were hurt overnight, some of them by stones.', 'injured security_forces 2-null vague'],
  ['Roughly 900 residents, many of them elderly, are trapped by the water.', 'missing people 10-null vague'],
]);

table('a vague share that names its own harm stays a part', [
  ['The inspector said 25 people had been taken to hospital, a few of them with serious burns.', 'injured people 2-5 vague'],
]);

table('a coder total of none, a bare count after the people who were there', [
  ['Gunmen abducted four traders near the market. Fatalities: none reported.', 'killed people 0-0 exact'],
  ['About 30 quarry workers were on the slope when it gave way. Eleven were dug out alive by evening.', 'freed workers 11-11 exact'],
]);

absent('a bare count after a tally of another measure keeps its own people', [
  ['Police said 12 miners were killed in the blast. Nine were rescued by evening.', 'freed miners 9-9 exact'],
]);

table('members of an armed or criminal band are attackers', [
  ['Soldiers neutralised five members of a kidnap-for-ransom group near the border.', 'killed attackers 5-5 exact'],
  ['Detectives arrested seven members of a car-theft gang in the raid.', 'arrested attackers 7-7 exact'],
  ['Two members of an armed group were captured alive, the army said.', 'arrested attackers 2-2 exact'],
]);

absent('members of a party that is not armed keep their own people', [
  ['Eleven members of a wedding party were killed when the bus overturned.', 'killed attackers 11-11 exact'],
]);

table('headlines set in capitals or in title case', [
  ['14 SUSPECTED SMUGGLERS ARRESTED AT BORDER POST', 'arrested smugglers 14-14 exact'],
  ['Nine Suspected Poachers Arrested In Park Raid', 'arrested poachers 9-9 exact'],
]);

describe('a release headline after a heading block is repeated by the body', () => {
  it('the first figure line after short heading lines is the headline', () => {
    const text = 'PRESS RELEASE\nCoastal Region Police\nDate: 4 June 2025\n\nNINE SUSPECTED SMUGGLERS ARRESTED AT JETTY\n\n' +
      'The Command wishes to inform the public that operatives have arrested nine (9) suspected smugglers at the old jetty on Tuesday night.';
    const fs = figures(text);
    expect(fs.map((f) => `${f.measure} ${f.value.low}`)).toEqual(['arrested 9', 'arrested 9']);
    expect(fs[1].repeat_of).toBe(fs[0].id);
  });
  it('a first figure inside a paragraph of running text is no headline', () => {
    const text = 'Police said on Tuesday they had arrested nine people at the jetty. Later, nine people were arrested in town.';
    const fs = figures(text);
    expect(fs.some((f) => f.repeat_of)).toBe(false);
  });
});

describe('"since <month>" after a cue in the same clause dates this incident\'s people', () => {
  it('held by the gang in a camp since October is not another incident', () => {
    const fs = figures('Eight farmers who had been held by the gang in a forest camp since October were freed on Friday.',
      { published: '2025-11-20T10:00:00Z' });
    expect(fs.map((f) => `${f.measure} ${f.group} ${f.value.low} ${f.scope ?? ''}`)).toEqual(['freed farmers 8 ']);
  });
  it('a tally of people taken since an earlier month stays other', () => {
    const fs = figures('Police say 35 people have been kidnapped in the district since March.', { published: '2025-11-20T10:00:00Z' });
    expect(fs.map((f) => `${f.measure} ${f.value.low} ${f.scope}`)).toEqual(['held 35 other']);
  });
});

table('"taking N people" in a kidnapping report is held', [
  ['Kidnappers stopped a minibus near the toll gate on Friday, taking 14 people, police said.', 'held people 14-14 exact'],
]);

absent('"taking N people to hospital" is not a kidnapping', [
  ['The ambulance crew spent the night taking 12 people to hospital after the crash.', 'held people 12-12 exact'],
]);

table('coordination with "along with", a singular rank, time spent in a state, taken from a place', [
  ['Armed men seized a parish priest along with five altar boys on the road to the mission.', 'held children 5-5 exact'],
  ['One Marine was wounded in the exchange of fire, the command said.', 'injured security_forces 1-1 exact'],
  ['The 12 cavers spent nine days trapped behind the flooded sump before divers reached them.', 'missing cavers 12-12 exact'],
  ['The three engineers spent 14 months in captivity in the desert.', 'held engineers 3-3 exact'],
  ['Bandits kidnapped pupils from the college overnight. The rector said 27 students were taken from their hostel.', 'held students 27-27 exact'],
]);

absent('a count of speakers picked out of people counted before is no figure', [
  ['Fourteen prisoners of war were freed on Monday. One of them told relatives the camp had no water.', 'freed relatives 1-1 exact'],
]);

table('a coder list carries its first group to the last item', [
  ['Militants overran the outpost: 5 soldiers killed, 3 wounded, 6 missing.', 'missing security_forces 6-6 exact'],
  ['The raid left 9 villagers dead, 14 wounded and 2 missing.', 'missing civilians 2-2 exact'],
]);

table('the main verb after a relative clause may start with its auxiliary', [
  ['Twenty students who had been detained during the vigil were let go on Sunday.', 'freed students 20-20 exact'],
]);

table('handing captives over, forces mobilised, the remaining ones', [
  ['The rebels handed over 23 captives to the International Committee of the Red Cross at the border.', 'freed hostages 23-23 exact'],
  ['The nine soldiers were handed over to the ICRC in the provincial capital.', 'freed security_forces 9-9 exact'],
  ['Some 1,800 gendarmes were mobilised along the coast road.', 'present security_forces 1800-1800 about'],
  ['Six passengers were rescued alive, while the remaining three are still being held.', 'held passengers 3-3 exact'],
]);

absent('"over" after a verb that takes it is no hedge', [
  ['The rebels handed over 23 captives to the International Committee of the Red Cross at the border.', 'freed hostages 23-null at_least'],
  ['Villagers turned over 4 suspects to the police post.', 'arrested suspects 4-null at_least'],
]);

describe('"those detained include" picks parts out of the latest arrest total', () => {
  it('links the women and minors to the people detained', () => {
    const fs = figures('Soldiers detained 52 people in the sweep. Those detained include 9 women and four minors.');
    const total = fs.find((f) => f.value.low === 52);
    expect(total && `${total.measure} ${total.group}`).toBe('arrested people');
    const parts = fs.filter((f) => f.parts_of === total?.id).map((f) => `${f.measure} ${f.group} ${f.value.low}`);
    expect(parts).toEqual(['arrested women 9', 'arrested children 4']);
  });
});

table('people held by police, captives who got away after a relative clause', [
  ['Students blocked the avenue and 31 people were held by police until morning.', 'arrested people 31-31 exact'],
  ['Six herders who were seized during the raid escaped two nights later.', 'freed herders 6-6 exact'],
]);

table('"remain" links a bare count to its state; escapees still at large', [
  ['Nine fishermen were rescued and three remain missing, the navy said.', 'missing fishermen 3-3 exact'],
  ['Guards recaptured 15 of the inmates, while 31 remain at large.', 'other people 31-31 exact'],
  ['Two suspects were arrested while three others are still at large.', 'other suspects 3-3 exact'],
]);

describe('coder totals of other measures, and "all X" that only says who a count is', () => {
  it('"Arrests: 150+" repeats the arrest figure before it', () => {
    const fs = figures('On 3 May, police detained at least 150 opposition activists ahead of a rally. Fatalities: 0. Arrests: 150+.');
    const first = fs.find((f) => f.measure === 'arrested' && !f.repeat_of);
    const total = fs.find((f) => f.measure === 'arrested' && f.repeat_of);
    expect(first && `${first.group} ${first.value.low}`).toBe('activists 150');
    expect(total?.repeat_of).toBe(first?.id);
  });
  it('"Detained:" sums the detentions before it', () => {
    const fs = figures('Police detained 12 students at the gate. Soldiers arrested 9 traders at the market. Detained: 21.');
    const total = fs.find((f) => f.value.low === 21);
    expect(fs.filter((f) => f.parts_of === total?.id).map((f) => f.value.low)).toEqual([12, 9]);
  });
});

absent('"all X" right after a count describes it', [
  ['Missing: 6 (all fishermen).', 'missing fishermen null-null vague'],
  ['The two released hostages, all Nepali nationals, flew home on Friday.', 'freed nationals null-null vague'],
]);

table('the size of a crowd, given as an estimate', [
  ['The crowd, estimated at 8,000, moved towards the parliament building.', 'present people 8000-8000 about'],
]);

absent('people accounted for are no longer missing', [
  ['The number of people missing rose to 19, while 140 had been accounted for, officials said.', 'missing people 140-140 exact'],
  ['The operator said all passengers were accounted for.', 'other passengers null-null vague'],
]);
table('still to be accounted for stays missing', [
  ['Eleven fishermen have not been accounted for since the storm.', 'missing fishermen 11-11 exact'],
]);

table('"N of them" after a total in the same sentence are the total\'s people, not its takers', [
  ['Soldiers have so far arrested more than 80 people, detaining 25 of them at the airbase.', 'arrested people 25-25 exact'],
]);
absent('"N of them" is not the subject that took them', [
  ['Soldiers have so far arrested more than 80 people, detaining 25 of them at the airbase.', 'arrested security_forces 25-25 exact'],
]);

table('taken to the captors\' place in a kidnapping report', [
  ['Kidnappers raided the hamlet and herded 30 villagers to their camp in the hills.', 'held civilians 30-30 exact'],
  ['Gunmen abducted travellers on the highway, marching 9 passengers into the bush.', 'held passengers 9-9 exact'],
]);
absent('led somewhere by the state is no kidnapping', [
  ['Police led 12 suspects to the station.', 'held suspects 12-12 exact'],
]);

table('"of whom N" with a verb of its own keeps the group of the people just counted', [
  ['A total of 31 suspects were arrested, of whom 12 were later released on bail.', 'freed suspects 12-12 exact'],
  ['Police detained 40 protesters, out of which 15 were freed the same night.', 'freed protesters 15-15 exact'],
]);

table('"N others" takes the group of the count before it, listed noun or not', [
  ['Three of the novices escaped during the night; the abbot and four others remain in captivity.', 'held novices 4-4 exact'],
]);

table('"the bodies of N": dead, and more of the people just counted', [
  ['Six fishermen were rescued and the bodies of two were found on the beach.', 'killed fishermen 2-2 exact'],
]);
