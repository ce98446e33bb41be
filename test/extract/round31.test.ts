// Round 31: the misses of the blind sets F207-F212 (hostage and kidnapping wires, local papers, search and rescue,
// official narratives, long reports of the seed's kind, live blogs), read after two blind scores; every sentence is
// new.
import { describe, expect, it } from 'vitest';
import { absent, figures, rows, sourceAt, sources, table } from './helpers.js';

sources('a rank before a surname is the person named in full before', [
  ['District commissioner Lt. Col. Bosco Namara says gunmen took 12 people. Lt. Col. Namara later said ' +
    'four of them had been freed.', 'four', { name: 'district commissioner Lt. Col. Bosco Namara', kind: 'official' }],
  ['Police chief Supt. Ama Mensah said 30 officers were sent. Supt. Mensah later said nine people were hurt.', 'nine',
    { name: 'police chief Supt. Ama Mensah', kind: 'official' }],
]);

table('a toll with its parts after a colon and a space', [
  ['The mayor now says the toll has risen to 21: 15 villagers and six police officers.', 'killed people 21-21 exact'],
]);
absent('a clock or an age label is no toll', [
  ['The convoy left at 16:45 with the wounded.', 'killed people 16-16 exact'],
]);

table('forces at work with another force joined on, in an aside or brought along', [
  ['About 70 police officers and soldiers were tracking the gang into the hills.', 'present security_forces 70-70 about'],
  ['Some 120 soldiers and military police officers had surrounded the depot by noon.', 'present security_forces 120-120 about'],
  ['Gendarmerie units, around 300 personnel in all, launched a sweep at first light.', 'present security_forces 300-300 about'],
  ['Elite troops flown in from the capital - about 50 commandos - led the assault.', 'present security_forces 50-50 about'],
  ['The army had sealed the market with about 90 soldiers by dawn.', 'present security_forces 90-90 about'],
  ['Some 25 miners, assisted by about 40 volunteers from the village, were digging by hand.', 'present volunteers 40-40 about'],
  ['"We have 32 rescuers on the ridge," the commander said.', 'present rescuers 32-32 exact'],
  ['Around 200 soldiers had joined the search along with 60 fire brigade personnel.', 'present security_forces 60-60 exact'],
]);

table('how many attackers there were, said of the attackers named just before', [
  ['A passenger said the hijackers were "no fewer than fifteen".', 'present attackers 15-null at_least'],
  ['Villagers said the raiders, as many as 60 men on horseback, burned the granary.', 'present attackers null-60 at_most'],
  ['The captain said the pirates, nine in all, had locked the crew in the galley.', 'present attackers 9-9 exact'],
  ['Officers said the cell had up to 14 members.', 'present attackers null-14 at_most'],
  ['The gang numbered some 35 armed men before the raid, police said.', 'present attackers 35-35 about'],
  ['The witness said the gunmen were "three, possibly four" young men.', 'present attackers 3-4 range'],
  ['A grenade went off at the gate, after which between four and six gunmen rushed in.', 'present attackers 4-6 range'],
]);
absent('a share of the attackers or a distance is no count of them', [
  ['A guard said the gunmen, some wearing masks, came over the wall.', 'present attackers 2-null vague'],
  ['The attackers were 300 metres from the gate when soldiers fired.', 'present attackers 300-300 exact'],
]);

describe('a figure put at or revised to a new value', () => {
  it('takes the measure and people of the figure given just before', () => {
    const text = 'The mayor said 23 traders were abducted on the highway. The police later put the figure at 17.';
    expect(figures(text).map((c) => `${c.measure} ${c.group} ${c.value.low}`)).toEqual(['held traders 23', 'held traders 17']);
  });
  it('after "revised that figure down to"', () => {
    const text = 'The navy says 31 crew have been freed. It has since revised that figure down to 28.';
    expect(figures(text).map((c) => `${c.measure} ${c.group} ${c.value.low}`)).toEqual(['freed crew 31', 'freed crew 28']);
  });
  it('keeps a count of its own sentence first', () => {
    const text = 'Six workers were hurt. The mine confirmed 14 trapped, but the union put the number at 19.';
    expect(figures(text).find((c) => c.value.low === 19)?.measure).not.toBe('injured');
  });
});

table('people recovered in a kidnapping report are freed', [
  ['Bandits kidnapped 52 pupils last week. Forty pupils were recovered by troops on Sunday.', 'freed pupils 40-40 exact'],
  ['Gunmen hijacked the minibus at dawn. Police recovered 14 passengers in the forest.', 'freed passengers 14-14 exact'],
]);
absent('bodies recovered stay out of the freed', [
  ['Kidnappers killed several captives. Police recovered 3 bodies in the forest.', 'freed people 3-3 exact'],
]);

table('who a count is, said right after it', [
  ['Nine people were wounded. Two of them, both nurses, were admitted to hospital.', 'injured nurses 2-2 exact'],
  ['The army freed 30 hostages. The other 11 freed hostages are young women.', 'freed women 11-11 exact'],
  ['Five of the captives, all teachers, walked free on Friday.', 'freed teachers 5-5 exact'],
]);
table('the taken stay people when "both" only says who they are', [
  ['Two of the abducted, both farmers, were let go at dusk.', 'freed people 2-2 exact'],
]);

describe('sources of reported claims', () => {
  it('a partisan word in a claim reported from a party leaves a state issuer official', () => {
    const text = 'NATIONAL ARMY OF THE REPUBLIC\nPRESS RELEASE\n\nOur troops neutralised 11 terrorists in the valley.\n\n' +
      'The Islamic State said its fighters had killed dozens of apostate soldiers.';
    expect(sourceAt(text, '11 terrorists').kind).toBe('official');
    expect(sourceAt(text, 'dozens').kind).toBe('militant');
  });
  it('a claim posted somewhere is the party\'s document, not a speaker', () => {
    const text = 'In a claim posted on Telegram, the Islamic State said its fighters had killed 14 soldiers.';
    expect(sourceAt(text, '14 soldiers')).toEqual({ name: 'Islamic State', kind: 'militant' });
  });
  it('a count after "said the" is what a subject with an apposition said', () => {
    const text = 'The ship\'s owner, Gulf Tide Marine, said the nine crew members left aboard, seven Indians and two ' +
      'Filipinos, were safe.';
    expect(sourceAt(text, 'nine crew')).toEqual({ name: 'Gulf Tide Marine', kind: 'official' });
    expect(figures(text).map((c) => c.group)).toEqual(['crew', 'crew', 'crew']);
  });
});

table('a military report\'s abbreviations and the takers of hostages', [
  ['Enemy losses: 6 KIA and 3 captured.', 'killed people 6-6 exact'],
  ['Own side: 2 WIA.', 'injured people 2-2 exact'],
  ['Police said 3 hostage-takers were killed in the raid.', 'killed attackers 3-3 exact'],
  ['By noon the number of hostages freed rose to 31.', 'freed hostages 31-31 exact'],
]);

table('a long subject with a place set off by commas takes the verb after it', [
  ['Police said 14 people held by a gang in a camp near Tingo, Huánuco region, were rescued on Friday.', 'freed people 14-14 exact'],
  ['Police said 18 of the 22 pupils abducted from Unity Primary School, Gusau, on Monday have been rescued.', 'freed pupils 18-18 exact'],
]);

describe('a count in an aside "N in number"', () => {
  it('takes the verb after the aside and the noun before it, and the "all" before it is no count', () => {
    expect(rows('The spokesman said all the remaining hostages, 19 in number, were freed at dusk.'))
      .toEqual(['freed hostages 19-19 exact']);
  });
});

describe('a list after "the <participle> <noun>,"', () => {
  it('breaks down the total of that measure before it', () => {
    const items = figures('Soldiers rescued 17 pupils on Sunday. The rescued pupils, 10 boys and seven girls, are safe.')
      .filter((c) => c.value.low !== 17);
    expect(items.map((c) => `${c.measure} ${c.group} ${c.value.low}`)).toEqual(['freed children 10', 'freed children 7']);
    expect(items.every((c) => c.parts_of !== undefined)).toBe(true);
  });
});


sources('labels and plural voices', [
  ['10:05 - First good news: 23 of the abducted have been freed, the army said.', '23',
    { name: 'army', kind: 'official' }],
  ['The Front said its fighters had taken 90 hostages.\n\nTwo police officials in Sibi, speaking on condition of ' +
    'anonymity, gave lower figures. They said 14 soldiers had been killed.', '14',
  { name: 'two police officials in Sibi', kind: 'unnamed' }],
]);

table('people staying in camps, churches and shelters after they fled', [
  ['About 150 villagers were sheltering in a primary school.', 'displaced civilians 150-150 about'],
  ['Another 300 were staying at a church in the town, he said.', 'displaced people 300-300 exact'],
  ['The official said 540 people from the three hamlets were staying at the camp by Sunday night.', 'displaced people 540-540 exact'],
  ['About 30 neighbours had moved to the chapel on the hill.', 'displaced neighbours 30-30 about'],
  ['About 150 people had arrived at the evacuation centre by truck.', 'displaced people 150-150 about'],
  ['Between 200 and 250 people spent last night at the sports centre.', 'displaced people 200-250 range'],
  ['The chairman said 3,100 people were now in the three camps.', 'displaced people 3100-3100 exact'],
  ['The mayor said 900 people were sleeping in schools and halls opened as shelters.', 'displaced people 900-900 exact'],
]);
absent('people at one camp or church when it happened', [
  ['Twelve workers were sleeping at the camp and four of them escaped.', 'displaced workers 12-12 exact'],
  ['Police said 45 worshippers were in the Church of Saint Mark in the old quarter when gunmen walked in.', 'displaced worshippers 45-45 exact'],
  ['Police said 20 people had been taken from the church on Sunday.', 'displaced people 20-20 exact'],
]);

table('a witness on the band named before: "they were", "there were ... of them"', [
  ['Raiders hit the market at noon. "They were about 200, maybe more," a trader said.', 'present attackers 200-200 about'],
  ['The gunmen came at night. "There were maybe 30 or 40 of them," she said.', 'present attackers 30-40 range'],
]);
absent('"they were" with no band named before', [
  ['The river burst its banks. "They were about 300 in the hall," a priest said.', 'present attackers 300-300 about'],
]);

sources('civic bodies described after their names', [
  ['The Youth Association of Koro, a civic group, said at least 40 people were killed.', 'at least 40',
    { name: 'Youth Association of Koro', kind: 'official' }],
  ['Gunmen attacked the camp, in a raid that killed at least 55 people, a local volunteer group said on Monday.', 'at least 55',
    { name: 'local volunteer group', kind: 'official' }],
  ['The National Rights Commission, a state-funded but independent body, said at least 90 people were killed.', 'at least 90',
    { name: 'National Rights Commission', kind: 'official' }],
]);

table('bodies counted and burns of any degree', [
  ['The number of bodies recovered from the river rose to 27 on Friday, the Red Cross said.', 'killed people 27-27 exact'],
  ['Firefighters said 18 persons were rescued with varying degrees of burns.', 'injured people 18-18 exact'],
]);

describe('an unsized share of people counted before', () => {
  it('"some of", "many of", "most of" count nobody of their own', () => {
    const text = 'Gunmen killed 14 villagers. Some of the bodies had been burned, and many of them were women.';
    expect(rows(text)).toEqual(['killed civilians 14-14 exact']);
  });
  it('"many others were wounded" still counts', () => {
    expect(rows('The raid killed nine soldiers and wounded many others, the group said.'))
      .toContain('injured security_forces 10-null vague');
  });
});

table('survivors picked up and people taken out of the water are freed', [
  ['Nineteen survivors were picked up by a coast guard patrol boat at dawn.', 'freed people 19-19 exact'],
  ['Lifeboat crews took 37 people out of the water.', 'freed people 37-37 exact'],
]);
absent('one camp people were taken or moved to is no shelter', [
  ['Three suspects were taken to the army camp for questioning.', 'displaced suspects 3-3 exact'],
]);
