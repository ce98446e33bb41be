// Round 22 (own words): claims found at the right words with the wrong group or measure. A bare count after a part
// that names who some of the people were picks out of the whole; a breakdown with no commas between a count and its
// verb; "N of them" right after a part its nominal picked; inmates a prison "held" were there.
import { describe, expect, test } from 'vitest';
import { absent, figures, table } from './helpers.js';

table('a bare count after a part that names its own group picks out of the whole', [
  ['A nurse said the clinic had received 29 wounded, nine of them children, and that four had died since arriving.', 'killed people 4-4 exact'],
  ['The ward took in 40 burned miners, six of them teenagers, and said 11 were on ventilators.', 'injured miners 11-11 exact'],
  ['Rescuers freed 35 hostages, 12 of them women, while three were found dead in the cellar.', 'killed hostages 3-3 exact'],
]);

absent('... and never takes the group of that part', [
  ['A nurse said the clinic had received 29 wounded, nine of them children, and that four had died since arriving.', 'killed children 4-4 exact'],
  ['Rescuers freed 35 hostages, 12 of them women, while three were found dead in the cellar.', 'killed women 3-3 exact'],
]);

table('"N <noun> including M <noun>" with no commas before the verb: the total is a claim, the items its parts', [
  ['Nine villagers including three children were killed, while four others were wounded.', 'killed civilians 9-9 exact'],
  ['Nine villagers including three children were killed, while four others were wounded.', 'injured civilians 4-4 exact'],
  ['Twelve miners including two (2) engineers lost their lives and 20 others were hurt.', 'killed miners 12-12 exact'],
  ['About 40 protesters including six women and two minors were detained on Friday.', 'arrested protesters 40-40 about'],
]);

describe('the items of such a breakdown are parts of the total', () => {
  test('six women and two minors', () => {
    const got = figures('About 40 protesters including six women and two minors were detained on Friday.');
    const total = got.find((c) => c.value.low === 40);
    const parts = got.filter((c) => c.parts_of !== undefined);
    expect(total).toBeDefined();
    expect(parts.map((c) => `${c.group} ${c.value.low}`).sort()).toEqual(['children 2', 'women 6']);
    for (const p of parts) expect(p.parts_of).toBe(total?.id);
  });
});

table('"N of them" right after a part picked out by its nominal stands for that part, not for the speaker', [
  ['Nine guests died and 20 people were hurt. Crews rescued 31 people from the roof. Doctors at Lakeview Hospital said 14 of the injured were being treated for burns, three of them in intensive care.', 'injured people 3-3 exact'],
  ['Two drivers died and 17 people were hurt. Firemen led 40 people out of the tunnel. Nurses at Holm Clinic said 12 of the wounded had been admitted, five of them in a serious condition.', 'injured people 5-5 exact'],
]);

absent('... never the speaker\'s own noun', [
  ['Nine guests died and 20 people were hurt. Crews rescued 31 people from the roof. Doctors at Lakeview Hospital said 14 of the injured were being treated for burns, three of them in intensive care.', 'injured doctors 3-3 exact'],
  ['Two drivers died and 17 people were hurt. Firemen led 40 people out of the tunnel. Nurses at Holm Clinic said 12 of the wounded had been admitted, five of them in a serious condition.', 'injured nurses 5-5 exact'],
]);

table('inmates or detainees a place of custody "held" were there (present), and so were the parts of that count', [
  ['The county jail held about 600 inmates, among them 45 women, when the riot broke out.', 'present inmates 600-600 about'],
  ['The county jail held about 600 inmates, among them 45 women, when the riot broke out.', 'present women 45-45 exact'],
  ['Of the 320 detainees held at the camp, 41 escaped during the night.', 'present detainees 320-320 exact'],
]);

table('... while captives of an armed party stay held', [
  ['Gunmen held 14 villagers for two days before releasing them.', 'held civilians 14-14 exact'],
]);

table('a side named by a plural noun of people gives the group of the bare counts after it', [
  ['On the side of the protesters, the toll is two (2) dead and fourteen (14) injured.', 'killed protesters 2-2 exact'],
  ['On the side of the protesters, the toll is two (2) dead and fourteen (14) injured.', 'injured protesters 14-14 exact'],
  ["On the rebels' side, the provisional toll stands at nine (9) neutralised.", 'killed attackers 9-9 exact'],
  ['On the side of the students, four were hurt.', 'injured students 4-4 exact'],
]);

table('"N of them" standing for the injured or the dead keep that harm when their own verb only moves them', [
  ['The injured were taken to the clinic in Mutare and three of them were later flown to Harare in a serious condition.', 'injured people 3-3 exact'],
  ['Eleven people died and 30 were hurt when the bus overturned. The injured were carried to the mission clinic and six of them were later driven to Gweru.', 'injured people 6-6 exact'],
]);

absent('... and are no count of who was there', [
  ['The injured were taken to the clinic in Mutare and three of them were later flown to Harare in a serious condition.', 'present people 3-3 exact'],
]);

table('care reached by a named hospital after an article, or by a move "for treatment", counts the hurt', [
  ['Officials said 31 people had been rescued by divers, and that 22 of them were taken to the Santa Maria de la Luz hospital.', 'injured people 22-22 exact'],
  ['Rescuers said 40 people were rescued and 9 were taken to the Saint Joseph Mission Hospital.', 'injured people 9-9 exact'],
  ['Fourteen persons were rescued alive from the debris, of whom six (6) were airlifted to Pokhara for treatment.', 'injured people 6-6 exact'],
  ['Two soldiers were flown to the capital for emergency surgery.', 'injured security_forces 2-2 exact'],
]);

absent('... a move for another purpose does not', [
  ['Forty soldiers were flown to the valley for the search.', 'injured security_forces 40-40 exact'],
]);

table('"a further N" / "N more" after a count of its own sentence go on with that count\'s people', [
  ['Four guards were taken to the city hospital with cuts. Two persons in custody died in the fire, and a further six were injured.', 'injured people 6-6 exact'],
  ['Nine rangers were hurt on Monday. On Tuesday 3,200 people were sheltering in schools, while about 900 more were staying with relatives.', 'displaced people 900-900 about'],
  ['Militants killed 26 soldiers and wounded dozens more.', 'injured security_forces 24-99 vague'],
]);

table('a smaller bare count of the same harm after a part its nominal picked goes on with that part\'s people', [
  ['Two of our citizens lost their lives and 45 citizens have been injured; 38 of the injured have been discharged after treatment and 7 continue to receive treatment, one of them in intensive care.', 'injured citizens 7-7 exact'],
  ['Two of our citizens lost their lives and 45 citizens have been injured; 38 of the injured have been discharged after treatment and 7 continue to receive treatment, one of them in intensive care.', 'injured citizens 1-1 exact'],
  ['A boiler burst and 26 welders were hurt; 20 of the injured went home and 4 remain in hospital.', 'injured welders 4-4 exact'],
]);

table('a breakdown by nationality keeps the total\'s group: a part its nominal picks, and foreigners broken down in turn', [
  ['Forty people were hurt; 12 of the injured were Haitian nationals.', 'injured people 12-12 exact'],
  ['Thirty (30) persons were apprehended, among them 12 foreigners (9 Peruvians and 3 Bolivians).', 'arrested people 12-12 exact'],
  ['Thirty (30) persons were apprehended, among them 12 foreigners (9 Peruvians and 3 Bolivians).', 'arrested people 9-9 exact'],
]);

table('... while foreigners named alone in a list of a total are a group of their own', [
  ['The storm killed 40 people, including 11 foreigners.', 'killed foreigners 11-11 exact'],
]);

table('a second harm verb keeps the first object\'s group past an aside with a hyphenated age in it', [
  ['Gunmen fired on a bus, killing 12 passengers, among them two women and a 9-year-old girl, and wounding at least 15.', 'injured passengers 15-null at_least'],
  ['Bandits raided the market, killing 7 traders, including a 70-year-old man and his son, and injuring 11.', 'injured traders 11-11 exact'],
]);

table('an adjective in "-ous" before the noun is no plural of its own: the head noun counts', [
  ['Gunmen opened fire on a car, killing 2 indigenous leaders and wounding 3 others.', 'killed leaders 2-2 exact'],
  ['Gunmen opened fire on a car, killing 2 indigenous leaders and wounding 3 others.', 'injured leaders 3-3 exact'],
  ['Police detained 3 anonymous donors.', 'arrested donors 3-3 exact'],
]);

table('a zero claim "among the <people>" takes that group past a determiner', [
  ['No injuries among the firefighters.', 'injured firefighters 0-0 exact'],
  ['No deaths were recorded among the rescuers.', 'killed rescuers 0-0 exact'],
  ['There were no casualties among our soldiers.', 'killed security_forces 0-0 exact'],
]);

table('"them" after an attack on a unit of people we do not list stand for those people, not the attackers', [
  ['Gunmen ambushed a convoy of truffle hunters in the desert on Sunday, killing 16 of them.', 'killed hunters 16-16 exact'],
  ['Militants raided a camp of gold diggers, abducting 12 of them.', 'held diggers 12-12 exact'],
]);

absent('... never the subject that did it', [
  ['Gunmen ambushed a convoy of truffle hunters in the desert on Sunday, killing 16 of them.', 'killed attackers 16-16 exact'],
]);

table('"one (1) <noun>" as the last item of a list counts that noun, as "one <noun>" before a verb does', [
  ['The army regrets to announce the death of six (6) pupils and one (1) teacher.', 'killed teachers 1-1 exact'],
  ['The toll is: two (2) newborns and one (1) elderly patient.', 'killed patients 1-1 exact'],
]);

table('a smaller bare count opening a sentence after a count of the same harm picks out of those people', [
  ['The hospital said 26 injured workers had been brought in, of whom 11 had burns. Four with burns over half of their bodies were sent to the burn institute in Dhaka.', 'injured workers 4-4 exact'],
  ['Thirty miners were hurt in the blast. Twelve were taken to the district hospital.', 'injured miners 12-12 exact'],
]);

absent('... but a larger one is another tally', [
  ['Thirty miners were hurt in the blast. Forty were taken to the district hospital.', 'injured miners 40-40 exact'],
]);

table('people named hurt or dead who are brought, flown or carried in keep that harm', [
  ['A nurse said 17 wounded people had been brought in on motorbikes.', 'injured people 17-17 exact'],
  ['12 wounded soldiers were flown in overnight.', 'injured security_forces 12-12 exact'],
  ['Nine dead miners were carried out.', 'killed miners 9-9 exact'],
]);

table('... while a harm adjective does not undo a hostage-taking', [
  ['Forty injured fans were taken hostage.', 'held fans 40-40 exact'],
]);

table('first aid given to people counts them hurt, as "attended to" does', [
  ['The Red Cross said its volunteers had given first aid to 22 people at the scene.', 'injured people 22-22 exact'],
  ['Paramedics provided first aid to about 40 fans.', 'injured fans 40-40 about'],
]);

table('"N of them" that a take verb moves to a captors\' place are held, not a part of those aboard', [
  ['Bandits stopped a bus carrying 18 passengers and marched 12 of them into the forest.', 'held passengers 12-12 exact'],
]);

describe('... while a part that only says who some aboard were stays a part of them', () => {
  test('12 of them women', () => {
    const got = figures('Gunmen stopped a bus carrying 18 passengers, 12 of them women.');
    const part = got.find((c) => c.value.low === 12);
    expect(part?.measure).toBe('present');
    expect(part?.parts_of).toBeDefined();
  });
});

table('a bare count after a part its nominal picked ("29 of the injured") goes on with that part\'s people, whatever befell them', [
  ['At least 14 civilians were killed and 47 others injured. The ministry reports that 29 of the injured were taken to the teaching hospital, where two later died.', 'killed civilians 2-2 exact'],
]);

table('captives "were recovered" are freed, as "troops recovered N kidnapped victims" are', [
  ['Two (2) of the abducted nurses were recovered safe and sound during the operation.', 'freed nurses 2-2 exact'],
  ['Three of the kidnapped pupils were later recovered unhurt.', 'freed pupils 3-3 exact'],
]);

table('the verb after a place phrase of the counted noun stops at a semicolon', [
  ['Gunmen abducted 40 passengers from buses near the town; most were freed after two weeks.', 'held passengers 40-40 exact'],
]);

table('a preposition that ends like a plural is no head noun', [
  ['The blast killed four people besides the bomber.', 'killed people 4-4 exact'],
  ['Police arrested three people smugglers.', 'arrested smugglers 3-3 exact'],
]);

table('a listed group joined by "and" to a plural for persons we do not list is a mixed group: people', [
  ['The attack killed dozens of soldiers and collaborators.', 'killed people 24-99 vague'],
  ['The attack killed 30 soldiers and collaborators.', 'killed people 30-30 exact'],
]);

table('... while two nouns of one group keep it', [
  ['Rebels killed dozens of soldiers and police.', 'killed security_forces 24-99 vague'],
]);

table('a part whose predicate names a plural for persons we do not list takes that noun', [
  ['Gunmen killed five people. Two of the dead were polling assistants and one was a police constable.', 'killed assistants 2-2 exact'],
]);

absent('... but not a place or a thing after "on"', [
  ['Forty were admitted and nine of them were on ventilators.', 'injured ventilators 9-9 exact'],
]);

table('in an armed party\'s voice, people its own men detain are held (only the state arrests)', [
  ['The Liberation Front said in a statement: Our forces also detained 3 soldiers, who are being treated well.', 'held security_forces 3-3 exact'],
  ['The Liberation Front informs that the five engineers detained by our brigade on 3 May remain in good health.', 'held engineers 5-5 exact'],
]);

table('a vehicle\'s helpers and conductors are its crew, as its staff are', [
  ['The bus fell into the gorge. Of the 48 persons on board, including the driver and two helpers, 19 died.', 'present crew 2-2 exact'],
  ['The minibus overturned near the bridge, killing two conductors and five passengers.', 'killed crew 2-2 exact'],
]);

table('the speaker of a count going on in a relative clause gives no other tally: a smaller bare count keeps its people', [
  ['The hospital has admitted 146 patients, according to Dr Rao, who said 12 were in the intensive care unit.', 'injured patients 12-12 exact'],
]);

absent('... while another speaker\'s count stays its own', [
  ['Rebels said they killed 40 soldiers; the army says 6 died.', 'killed security_forces 6-6 exact'],
]);

table('a fire crew is firefighters, not a vehicle\'s crew', [
  ['The company said none of its fire crew had been injured.', 'injured firefighters 0-0 exact'],
  ['Six fire crew were treated for smoke inhalation after the blaze.', 'injured firefighters 6-6 exact'],
]);

table('a limiting word before an elliptic count ("and only two were wounded") keeps the group of the count before', [
  ['We say: none of our mujahideen was killed in this raid, and only two were lightly wounded.', 'injured attackers 2-2 exact'],
  ['None of the soldiers was killed, and only two were lightly wounded.', 'injured security_forces 2-2 exact'],
  ['Seven soldiers were killed and just two wounded.', 'injured security_forces 2-2 exact'],
]);

table('"them" after a total with an aside naming one person stand for the total, not that person', [
  ['The agency reported that 12 people, including a pregnant woman, were rescued alive; nine of them are receiving treatment at the hospital.', 'injured people 9-9 exact'],
]);

table('a ship\'s seamen are its crew', [
  ['Three of the injured seamen were later shifted to the burn unit.', 'injured crew 3-3 exact'],
]);

describe('a list set off by commas after a count, whose items add up to it, breaks it down', () => {
  test('four women and five children of nine people are parts', () => {
    const got = figures('Nine people, four women and five children, were rescued.');
    const total = got.find((c) => c.value.low === 9);
    expect(got.filter((c) => c.parts_of === total?.id).map((c) => `${c.measure} ${c.group} ${c.value.low}`).sort())
      .toEqual(['freed children 5', 'freed women 4']);
  });
  test('items that do not add up are no parts', () => {
    const got = figures('Nine people, four women and three children, were rescued.');
    expect(got.filter((c) => c.parts_of !== undefined)).toEqual([]);
  });
});

table('... and a condition after such a breakdown picks out of the whole', [
  ['Six other people, five pupils and a cook, were taken to the clinic; by noon, two remain in critical condition.', 'injured people 2-2 exact'],
]);

table('a bare count in a "where" clause on the place the subject was taken to counts some of that subject', [
  ['The rescued passengers were brought to the rural health unit, where twelve (12) were treated for hypothermia.', 'injured passengers 12-12 exact'],
  ['The injured miners were taken to the district hospital, where four later died.', 'killed miners 4-4 exact'],
]);

absent('... not when the subject acts on the place', [
  ['The gunmen stormed the market, where 12 were killed.', 'killed attackers 12-12 exact'],
]);

table('the first "them" of a sentence that names nobody stands for the nominal the sentence before opened on', [
  ['An explosion killed eight workers and injured 12 others, officials said. Firemen fought the flames for hours. The injured were taken to the district hospital. A doctor at the hospital said four of them had burns.', 'injured workers 4-4 exact'],
]);

table('a bare count set off by commas right after a plural noun of people takes that noun\'s group', [
  ['Police say 64 hostages have been freed, and that the rest of the passengers, "approximately 250", remain in the hands of the hijackers.', 'held passengers 250-250 about'],
  ['The rest of the miners, about 40, remain trapped underground.', 'missing miners 40-40 about'],
]);

table('"N of those with <harm> were <noun>" is a part of the injured with its own noun', [
  ['The hospital said it was treating 23 survivors for burns, and that its morgue had received 19 of the bodies. The hospital said three of those with burns were children.', 'injured children 3-3 exact'],
  ['Of the 40 injured, six of those with gunshot wounds were soldiers.', 'injured security_forces 6-6 exact'],
]);

table('"N of the dead were <Nationals>" keeps the total\'s group, as a breakdown by nationality does', [
  ['More than 550 pilgrims died in the heat. At least 323 of the dead were Egyptians, a diplomat said.', 'killed pilgrims 323-null at_least'],
]);

table('... while a faith is a group of its own', [
  ['Gunmen killed 30 villagers. Eleven of the dead were Christians.', 'killed christians 11-11 exact'],
]);
