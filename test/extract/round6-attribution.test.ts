// Round 6 of attribution: a text read alone (no outlet, time or title, as `sitrep extract --json <file>` reads
// it) must say itself who speaks. Cases found by writing fresh reports blind (dev 227-238: army, police and
// ministry releases pasted from a website, disaster bulletins, militant statements, coder notes with a closing
// "(Source: X)", news without a byline) before fixing. All sentences are our own.
import { describe, expect, it } from 'vitest';
import { figures, table } from './helpers.js';

type Expect = { name: string; kind: string };
/** The source of the i-th figure of a text read with no metadata at all. */
const bare = (text: string, i = 0): Expect => {
  const f = figures(text)[i];
  return { name: f.source.name, kind: f.source.kind };
};

describe('round 6 attribution of bare text', () => {
  const cases: Array<[string, string, number, Expect]> = [
    // a release's reference line as its website prints it names the issuer by its acronym
    ['reference line ISPR', 'No PR-377/2025-ISPR\nRawalpindi - May 2, 2025\n\nSecurity forces raided a compound near Zhob. During the conduct of operation, four khwarij were sent to hell.', 0,
      { name: 'ISPR', kind: 'official' }],
    // a coder's note that closes on its source: the note's unattributed figures are that source's
    ['closing (Source: X)', '3 May 2025. Gunmen fired on a tea stall in Dera Bugti. 2 labourers killed, 4 injured. (Source: Quetta Voice)', 0,
      { name: 'Quetta Voice', kind: 'media' }],
    ['closing (Sources: X; Y) takes the first', 'Unknown men threw a grenade into a bus depot in Kathua. 5 passengers wounded. (Sources: Valley Herald; district police)', 0,
      { name: 'Valley Herald', kind: 'media' }],
    // a closing source does not override a speaker the note names
    ['named speaker beats the closing source', 'Police reported that 6 miners were abducted from a camp near Kidal. (Source: Sahel Daily)', 0,
      { name: 'police', kind: 'official' }],
    // "we/our" with a word only an armed party writes makes the issuer militant, whatever its heading says
    ['heading office in a militant voice', 'Statement of the Military Council regarding the Raid in Wardak\n\nWith the help of Allah our mujahideen struck a puppet army checkpoint, and 9 soldiers were killed.', 0,
      { name: 'Military Council', kind: 'militant' }],
    ['opening formula in a militant voice', 'The Chin Defence Command informs the public that our forces ambushed a junta column near Falam. We killed 12 soldiers.', 0,
      { name: 'Chin Defence Command', kind: 'militant' }],
    // with no heading, "we" is the armed party the text names
    ['no heading: the party the text names', 'The fighters of the Sanaag Liberation Front attacked the occupation garrison at Erigavo at dawn. 14 soldiers were killed. From our side, two comrades attained martyrdom.', 0,
      { name: 'Sanaag Liberation Front', kind: 'militant' }],
    ['signed by a militant agency', 'By the grace of Allah, the soldiers of the Caliphate ambushed an apostate patrol near Bama, killing 5 of its members.\n\nAmaq Agency', 0,
      { name: 'Amaq Agency', kind: 'militant' }],
    // "Police can confirm that ..." opens a force's statement: its voice carries over the paragraphs after it
    ['police can confirm', 'UPDATE: Collision on Mill Lane\n\nPolice can confirm that a woman has died after a lorry struck a crossing on Mill Lane.\n\nThree other pedestrians were taken to hospital with serious injuries.', 0,
      { name: 'police', kind: 'official' }],
    // a comparison with earlier incidents is the writer's context, not the last speaker's, also without a date
    ['third blast in years', 'A gas cylinder exploded in a crowded bakery, a resident, Omar Haddad, said. It was the third blast in the street in a decade; an explosion in 2011 wounded 14 people.', 0,
      { name: 'outlet', kind: 'media' }],
    ['earlier, in a year', 'Four workers were killed in the shaft, the mine owner said. Earlier, in 2018, 6 workers died at the same mine in a flood.', 1,
      { name: 'outlet', kind: 'media' }],
    // a force's release pasted without its heading: "own troops", "our soldiers" make it the state's voice
    ['own troops, no heading', 'QUETTA, 4 May: Security forces raided a hideout near Mastung. Own troops engaged the location and five terrorists were killed.', 0,
      { name: 'security forces', kind: 'official' }],
    ['our soldiers and a named army', 'On Monday the Sahel Defence Forces repelled an attack on the Tinzaouaten post. Two of our soldiers were wounded.', 0,
      { name: 'Sahel Defence Forces', kind: 'official' }],
    ['our officers: a police release', 'At 22:10 our officers were called to a disturbance in Park Row. Three men were arrested at the scene.', 0,
      { name: 'police', kind: 'official' }],
    ['officers were called: a police account', 'Officers were called at 02:15 on Sunday to reports of a fight outside a club on Dock Street.\n\nTwo men were taken to hospital with stab wounds.', 0,
      { name: 'police', kind: 'official' }],
    // the body in the opening formula speaks, not the press office that signs the communique
    ['opening formula over the signature', 'COMMUNIQUE No. 112\n\nThe National Navy of Peru informs public opinion of the following:\n\n1. A patrol boat was attacked on the Putumayo river and 3 marines were wounded.\n\nLima, 2 June 2025\nNavy Press Office', 0,
      { name: 'National Navy of Peru', kind: 'official' }],
    // the other side's figure, cited to be denied, is the other side's
    ['the enemy is spreading lies that', 'Our mujahideen killed 6 soldiers of the puppet army. The enemy, as usual, is spreading lies in its media that 20 of our mujahideen were killed.', 1,
      { name: 'enemy', kind: 'official' }],
    ['a named party circulates claims that', 'Our fighters destroyed two junta trucks. The military council keeps circulating false claims that 30 of our fighters died.', 0,
      { name: 'military council', kind: 'official' }],
    // "we" named in apposition, and an office alone as the heading
    ['we, the party,', 'We, the Balochistan Liberation Front, claim the attack on the Turbat camp. Our fighters killed 9 soldiers.', 0,
      { name: 'Balochistan Liberation Front', kind: 'militant' }],
    ['office heading', 'Coastguard Press Office\n\nA fishing boat capsized off Achill on Tuesday night. Four crew members were rescued by the lifeboat.', 0,
      { name: 'Coastguard Press Office', kind: 'official' }],
    ['our mujahideen of a named party', 'Last night our mujahideen of the Islamic Emirate stormed a puppet checkpoint in Sangin. 8 soldiers were killed.', 0,
      { name: 'Islamic Emirate', kind: 'militant' }],
    // a bulletin that says at its foot or under its title who put it out
    ['issued by at the foot', 'Situation Update No. 4 - Lower Tana floods\n\nDeaths: 12\nMissing: 5\n\nIssued by the Relief Network Information Unit, Garissa', 0,
      { name: 'Relief Network Information Unit', kind: 'official' }],
    ['prepared by under the title', 'Flash Update #2\nPrepared by: Coastal Relief Consortium\n\nA cyclone made landfall near Beira overnight. At least 14 people died.', 0,
      { name: 'Coastal Relief Consortium', kind: 'official' }],
    ['a closing Source: line', 'Heavy rain flooded low-lying wards of Sylhet overnight. 6 people drowned and 40,000 were displaced.\n\nSource: Bangladesh Red Crescent Society', 0,
      { name: 'Bangladesh Red Crescent Society', kind: 'official' }],
    // a statement that opens in its issuer's present-tense voice of stance
    ['condemns', 'UNMISS strongly condemns the attack on a cattle camp in Jonglei on 3 March, which killed at least 19 civilians.', 0,
      { name: 'UNMISS', kind: 'official' }],
    ['is deeply saddened', 'The Secretary-General is deeply saddened by the collapse of a gold mine in Sudan, which killed at least 11 miners.', 0,
      { name: 'Secretary-General', kind: 'official' }],
    ['has learned with sorrow', 'The Government of Bolivia has learned with deep sorrow that 9 miners lost their lives in Potosi.', 0,
      { name: 'Government of Bolivia', kind: 'official' }],
    // "our fighters" with no heading: the armed party the text names, an acronym too
    ['our fighters and an acronym', 'The TTP media wing put out this message.\n\nOur fighters ambushed a police van near Bannu and 6 policemen were killed.\n\nThe TTP accepts responsibility.', 0,
      { name: 'TTP', kind: 'militant' }],
    // a newspaper named as the source of a note is media, whatever else its title says ("Trust")
    ['Source: a newspaper with a date', 'On 4 May 2025, bandits raided Tsafe village (Zamfara). 7 villagers killed, 3 abducted.\n\nSource: Daily Trust, 6 May 2025', 0,
      { name: 'Daily Trust', kind: 'media' }],
    ['Source: on the same line', 'Gunmen shot dead 2 traders at a market in Bunia on 2 June. Fatalities: 2. Source: Radio Okapi', 0,
      { name: 'Radio Okapi', kind: 'media' }],
    ['Source: a press office is official', 'A soldier and 3 militants were killed in a clash near Gao.\n\nSource: Army Press Office', 0,
      { name: 'Army Press Office', kind: 'official' }],
    // a coder's source in square brackets after the figures
    ['square-bracket source', 'A roadside bomb hit a van near Turbat, killing 4 labourers and wounding 3 [provincial police].', 0,
      { name: 'provincial police', kind: 'official' }],
  ];
  it.each(cases)('%s', (_n, text, i, expected) => {
    expect(bare(text, i)).toEqual(expected);
  });

  // a state's own release keeps its official voice: "our fallen comrades", "the enemy" are a general staff's
  // words too, and one weak word is not enough
  it('a general staff that mourns its comrades stays official', () => {
    const text = 'COMMUNIQUE OF THE GENERAL STAFF OF THE DEFENCE FORCES\n\nOur units repelled an attack on the Kandi post. ' +
      'On the enemy side, 20 terrorists were neutralised. The Chief of General Staff salutes our fallen comrades.';
    expect(bare(text).kind).toBe('official');
  });
  it('"issued by" in prose names no issuer', () => {
    expect(bare('A warning was issued by hand to the villages. Seven people drowned in the river.')).toEqual({ name: 'outlet', kind: 'media' });
  });
  it('a present-tense headline is the outlet\'s, a past-tense stance is news', () => {
    expect(bare('UN condemns attack that killed 43 in Ituri\n\nRebels attacked a church in Komanda overnight.')).toEqual({ name: 'outlet', kind: 'media' });
    expect(bare('Kenya condemned the attack on the bus, which killed 12 people.')).toEqual({ name: 'outlet', kind: 'media' });
  });
  it('a place is not the force that speaks', () => {
    const text = 'Own troops cordoned off the area in Kurram District and four militants were killed.';
    expect(bare(text)).toEqual({ name: 'armed forces', kind: 'official' });
  });
  it('a news report without "our" stays the outlet\'s', () => {
    expect(bare('Troops killed 7 militants near the border on Friday, the second raid this week.')).toEqual({ name: 'outlet', kind: 'media' });
  });
  it('a group quoted in a news report is the group, not the outlet or the state', () => {
    const text = 'Rebels said they had killed 8 soldiers of the junta near Loikaw. "Our comrades fought well," a commander said.';
    expect(bare(text).kind).not.toBe('media');
    expect(bare(text).kind).not.toBe('official');
  });
});

// the figures themselves do not change with the voice
table('round 6 figures read with the issuer', [
  ['No PR-377/2025-ISPR\nRawalpindi - May 2, 2025\n\nSecurity forces raided a compound near Zhob. During the conduct of operation, four khwarij were sent to hell.', 'killed attackers 4-4 exact'],
  ['3 May 2025. Gunmen fired on a tea stall in Dera Bugti. 2 labourers killed, 4 injured. (Source: Quetta Voice)', 'killed labourers 2-2 exact'],
]);
