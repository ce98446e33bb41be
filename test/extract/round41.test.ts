// Round 41: read off four blind sets after their blind scores (F290: national agencies' copy about attacks, riots and
// prison breaks translated into English; F289: humanitarian situation reports; F292: agencies' copy about disasters
// translated into English; F294: police, fire and coast guard releases): translated verbs and nouns ("rendered
// ineffective", "the abatement of", "the flight of", "41 military"), places named unit by unit, coordinated counts
// past "of the X", inverted and impersonal attributions ("indicated the general officer", "learned the agency from",
// "In the statement made by X, it was reported that"), place breakdowns in brackets after a verb and on the line under
// a total, the injured sent to hospitals one by one, ages inside a breakdown. Every sentence is new.
import { describe, expect, it } from 'vitest';
import { absent, figures, sourceOf, table } from './helpers.js';

table('translated verbs, nouns and quantities', [
  ['The post was attacked by several hundreds of armed men on motorcycles.', 'present attackers 300-900 vague'],
  ['Several dozens of soldiers were wounded in the assault.', 'injured security_forces 36-108 vague'],
  ['So far this year 19 members of the public force have been assassinated in the province.', 'killed security_forces 19-19 exact'],
  ['Two of the wounded officers remain in delicate state at the regional hospital.', 'injured security_forces 2-2 exact'],
  ['The air strikes resulted in the abatement of eleven insurgents.', 'killed attackers 11-11 exact'],
  ['The shelling provoked the flight of some 2,400 villagers towards the town.', 'displaced civilians 2400-2400 about'],
  ['Eight terrorists were rendered ineffective in the rural area, the ministry said.', 'killed attackers 8-8 exact'],
  ['One conductor and two police officers resulted slightly wounded by glass.', 'injured security_forces 2-2 exact'],
  ['According to the mayor, the blast killed three police agents on duty at the gate.', 'killed security_forces 3-3 exact'],
  ['Around 150 residents abandoned their dwellings after the clashes.', 'displaced civilians 150-150 about'],
  // "military" as the noun for soldiers, never before a noun of its own
  ['Mutiny in the north: 27 military detained', 'arrested security_forces 27-27 exact'],
  ['Of the 12 wounded, 7 military and 5 civilians were flown to the capital.', 'injured security_forces 7-7 exact'],
  // a prisoner's participle says who, the complement after it what befell them
  ['The fighting left 9 persons deprived of liberty dead in wing C.', 'killed people 9-9 exact'],
  ['At least 6 persons deprived of liberty (PPL) died in the clashes.', 'killed people 6-null at_least'],
  // a place named unit by unit between the count and its verb
  ['Four members of the self-defence group of the village of Kolo, in the district of Sare, department of Upper ' +
    'Wadi, were killed on Monday night.', 'killed people 4-4 exact'],
  ['Five members of the vigilance committee were shot dead at the checkpoint.', 'killed vigilantes 5-5 exact'],
  ['Two members of an armed bandit underground were liquidated in the suburb.', 'killed attackers 2-2 exact'],
  // coordinated counts past where the first came from, and a repeated "of"
  ['Two guards of the depot and eleven rioters perished in the fire.', 'killed security_forces 2-2 exact'],
  ['The governor deplored the death of three gendarmes and of one customs officer.', 'killed security_forces 1-1 exact'],
  // one person of a body named by its name, then the verb
  ['One officer of the National Guard died of his wounds.', 'killed security_forces 1-1 exact'],
  ['The raid ended in the detention of one suspected informant.', 'arrested informants 1-1 exact'],
  // situation reports
  ['Some 3,100 people (about 640 households) have left the high-risk zone.', 'displaced people 3100-3100 about'],
  ['Nine of the ferry passengers swam to safety.', 'freed passengers 9-9 exact'],
  ['Twelve were picked up by other boats and taken to the harbour.', 'freed people 12-12 exact'],
  ['About 5,000 people are staying in the open near the camp.', 'displaced people 5000-5000 about'],
  ['Of the 31 miners on the shift, 27 came out safely.', 'freed miners 27-27 exact'],
  ['Two crew members are still in the search process, the agency said.', 'missing crew 2-2 exact'],
  // police, fire and coast guard releases
  ['No deputies were hurt during the arrest.', 'injured security_forces 0-0 exact'],
  ['Two other tenants were evaluated for smoke inhalation at the scene.', 'injured tenants 2-2 exact'],
  ['Five other victims, four males and one female between the ages of 17 and 22, were taken to hospital with stab wounds.',
    'injured women 1-1 exact'],
  ['Ambulance crews checked the six other hikers, and two of them, both women aged 31, were flown to hospital.',
    'injured women 2-2 exact'],
  // the injured sent to hospitals one by one, after the first
  ['The injured were sent to hospitals: 12 to the Provincial Hospital, six to the Mother and Child Hospital and two to ' +
    'Saint Luke Clinic.', 'injured people 2-2 exact'],
  ['Four of the injured were taken to the Central Hospital and one to Riverside Clinic.', 'injured people 1-1 exact'],
]);

absent('no people, or not that', [
  // "military" before a noun is its adjective
  ['Soldiers seized 11 military vehicles and a depot of fuel.', 'arrested security_forces 11-11 exact'],
  ['Two military sources said the convoy was hit.', 'present security_forces 2-2 exact'],
  // an age set off by commas after one person with a modifier
  ['One adult female, 24, was pronounced deceased at the scene.', 'killed people 24-24 exact'],

  // the headline's count said again with "more" beside the dead is no increment
]);

describe('breakdowns', () => {
  const parts = (text: string): string[] => {
    const claims = figures(text);
    return claims.filter((c) => c.parts_of).map((c) => `${c.value.low} of ${claims.find((t) => t.id === c.parts_of)?.value.low}`);
  };
  it('a bracket of places right after the verb of the total', () => {
    expect(parts('The district office says 11 people have died (Zomba 7, Machinga 4) since the rains began.'))
      .toEqual(['7 of 11', '4 of 11']);
  });
  it('a line of places under the total they add up to', () => {
    expect(parts('Dead: 9 (+1)\n   Kolo 5, Santa Ana 3, Bira 1\nInjured: 40\n')).toEqual(['5 of 9', '3 of 9', '1 of 9']);
  });
  it('a line of places that does not add up is no breakdown', () => {
    expect(parts('Dead: 9\n   Kolo 5, Santa Ana 3\nInjured: 40\n')).toEqual([]);
  });
  it('"the victims who died consist of" splits the toll of the sentence before', () => {
    expect(parts('The landslide killed 15 people. The victims who died consist of 10 adults and 5 children.'))
      .toEqual(['10 of 15', '5 of 15']);
  });
});

describe('back-references', () => {
  it('"the two missing" takes up the count already given', () => {
    const text = 'Four died and two others are missing. Divers are searching for the two missing, who were last seen on a raft.';
    expect(figures(text).filter((c) => c.measure === 'missing')).toHaveLength(1);
  });
  it('but "Of the 14 wounded" still opens the parts picked out of it', () => {
    const text = 'Of the 14 wounded, five were flown to the capital.';
    expect(figures(text).filter((c) => c.measure === 'injured').map((c) => c.value.low)).toEqual([14, 5]);
  });
});

describe('increments', () => {
  it('"N more" beside the dead repeats the headline count instead of adding to it', () => {
    const text = 'Six soldiers dead and five wounded in ambush\n\nSix soldiers lost their lives and five more resulted ' +
      'wounded in an ambush on Friday, the army said.';
    const more = figures(text).find((c) => text.slice(c.span.start).startsWith('five more'));
    expect(more?.increment).toBeFalsy();
    expect(more?.repeat_of).toBeTruthy();
  });
});

describe('scope', () => {
  it('an attack set weeks after another brings in the earlier one', () => {
    const text = 'Gunmen killed five herders on Sunday. The attack came two weeks after raiders killed seven farmers ' +
      'in a nearby village.';
    expect(figures(text).find((c) => c.value.low === 7)?.scope).toBe('other');
    expect(figures(text).find((c) => c.value.low === 5)?.scope).toBeUndefined();
  });
});

describe('sources', () => {
  it.each([
    // a weak verb inverted after a quotation, with a known source after it
    ['"Four attackers were neutralised," indicated the spokesman of the army.', 'Four attackers', 'army (official)'],
    // the agency that learned it, and whom from
    ['More than 200 inmates escaped overnight, learned the ACP from judicial sources.', 'More than 200', 'judicial sources (unnamed)'],
    ['Seven villagers were killed at dawn, it was learned from a security source.', 'Seven villagers', 'security source (unnamed)'],
    // the document and its issuer open the sentence, the clause after is impersonal
    ['In the statement made by the Ministry of Defence, it was reported that 14 terrorists were captured.', '14 terrorists',
      'Ministry of Defence (official)'],
    // a body's long name after an inverted verb, "to" and brackets inside it
    ['At least 9 inmates died, informed the National Service of Attention to Persons Deprived of Liberty (SNAP).',
      'At least 9', 'National Service of Attention to Persons Deprived of Liberty (official)'],
    ['Two fighters were liquidated, reports the Information Centre of the National Anti-Terrorist Committee.', 'Two fighters',
      'Information Centre of the National Anti-Terrorist Committee (official)'],
    // "estimates by X" are X's
    ['Early estimates by the Red Crescent put the number of displaced people at about 6,000.', 'about 6,000',
      'Red Crescent (official)'],
    // the agency's hyphenated name is no verb
    ['KHUJAND, 3 May 2026 (Asia-Inform) - Four miners died in the collapse of a gallery.', 'Four miners', 'Test Wire (media)'],
    // a traditional ruler speaks from the community
    ['More than 90 people fled, according to the traditional chief of Baba, Alhaji Musa.', 'More than 90',
      'traditional chief of Baba (witness)'],
    // a toll issued at a time by a body
    ['Six people died, according to a provisional toll issued on Monday by the services of the Civil Protection.', 'Six people',
      'services of the Civil Protection (official)'],
    // alerting someone is no speech
    ['The bus with 30 passengers was stopped after a driver alerted the company.', '30 passengers', 'Test Wire (media)'],
  ])('%s', (text, at, want) => {
    expect(sourceOf(text, at)).toBe(want);
  });

  it('"the general officer" takes up the general named before', () => {
    const text = 'The commander of the Fourth Division, General Ana Ruiz, said 30 rebels attacked the base.\n\n' +
      '"Three of them were killed," indicated the general officer.';
    expect(sourceOf(text, 'Three')).toBe('General Ana Ruiz (official)');
  });

  it('"It is reported that" in a police release is the issuer\'s own account', () => {
    const text = 'It is reported that at about 05:40 gunmen fired at a taxi carrying 15 commuters.';
    expect(sourceOf(text, '15', 'Provincial Police Service')).toBe('Provincial Police Service (official)');
  });

  it('"the message says" takes up the press service named before', () => {
    const text = 'Riot in a colony\n\nEleven inmates died in the riot, informed the press service of the Ministry of Justice.\n\n' +
      '"Among the dead are four organisers of the riot," the message says.';
    expect(sourceOf(text, 'four')).toBe('Ministry of Justice (official)');
  });
});
