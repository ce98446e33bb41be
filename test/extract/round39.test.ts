// Round 39: read off four new blind sets (hard-wrapped plain text, short incident summaries, official event
// narratives) after their blind scores: a hard-wrapped text keeps its letterhead and label rows on their own lines;
// a body's own staff act for it; the outlet of a monitoring log or trade paper is media; a list heading with its
// source in brackets and no colon; "released new figures:"; a bare "claim" after a singular noun is a noun;
// "numbering" after "according to X,"; "members of the hospital staff"; "four of the injured" after "12 others";
// causes listed after a toll ("6 by drowning and 3 by lightning"); places where the displaced stay; cases of an
// illness in camps; a part of a toll that died in hospital; the parts of a prison. Every sentence is new.
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/extract/sentences.js';
import { absent, figures, rows, table } from './helpers.js';

const meta = { outlet: 'Test Wire', published: '2026-11-28T10:00:00Z' };

/** The source ("name (kind)") of the figure whose evidence starts with `at`. */
function sourceAt(text: string, at: string, m: { outlet: string; published: string } = meta): string {
  const f = figures(text, m).find((c) => text.slice(c.span.start).startsWith(at));
  if (!f) throw new Error(`no figure at "${at}" in: ${text}`);
  return `${f.source.name} (${f.source.kind})`;
}

/** Hard-wraps each line of a text at `width` columns, breaking at spaces only. */
function wrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && `${cur} ${w}`.length > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) out.push(cur);
    return out.join('\n');
  }).join('\n');
}

describe('a hard-wrapped text keeps its letterhead and label rows on their own lines', () => {
  const sitrep = [
    'MINISTRY OF WATER AND DISASTER MANAGEMENT OF THE REPUBLIC OF KORVANIA',
    'SITUATION REPORT No. 2 - FLASH FLOODS IN THE UPPER KORVA VALLEY',
    'Date: 27 November 2026',
    '',
    'Heavy rain over two nights swelled the Korva and its side streams, and water entered 14 villages in the upper ' +
      'valley before dawn on Thursday, cutting the only road to the district town.',
    'Deaths: 7 (+2 since the first report)',
    'Missing: 4',
    'Persons in evacuation camps: 2,140',
    'Teams from the ministry reached the last cut-off village by boat on Friday morning and took 31 people to higher ' +
      'ground, where they were given food and blankets by volunteers.',
    'The ministry has asked residents of low-lying villages to stay away from the river banks until the water has ' +
      'gone down, as more rain is expected over the weekend.',
  ].join('\n');
  const wrapped = wrap(sitrep, 72);

  it('joins only the lines that wrap prose', () => {
    // the two capital heading lines, the date row and the label rows stay lines of their own
    expect(unwrap(wrapped)).toBe(sitrep);
  });

  it('gives the wrapped report the figures and sources of the report as written', () => {
    const seen = (text: string): string[] => figures(text, { outlet: '', published: meta.published })
      .map((c) => `${c.measure} ${c.value.low} ${c.source.name} (${c.source.kind})`);
    expect(seen(sitrep)).toContain('displaced 2140 outlet (official)');
    expect(seen(wrapped)).toEqual(seen(sitrep));
  });
});

describe('sources', () => {
  it.each([
    // a body's own staff act for it in a note that opens on its source
    ['According to the Kivara Red Cross Society, a mudslide buried part of Tembe village on Monday night. At least 9 people were killed. ' +
      'Red Cross volunteers and neighbours pulled 6 people alive from the mud.', '6 people', 'Kivara Red Cross Society (official)'],
    // "released new figures:" gives the figures to whoever released them
    ['The provincial governor\'s office has just released new figures: 52 people rescued alive and 19 bodies recovered.',
      '52 people', 'provincial governor (official)'],
    // a list heading with its source in brackets and bullets under it, no colon
    ['KEY FIGURES (Civil Protection Directorate, 26 November, 18:00)\n- 21 people dead\n- 40 injured\n\nThe storm crossed the coast at dawn.',
      '21 people', 'Civil Protection Directorate (official)'],
    // an acronym that the text spells out later
    ['KEY FIGURES (NDRA, 26 November)\n- 11 people dead\n- 30 injured\n\nThe National Disaster Response Agency (NDRA) said teams were on site.',
      '11 people', 'NDRA (official)'],
    // a bare "claim" after a singular noun is a mining claim, not a verb of saying
    ['Four miners died when the shaft of a small-scale gold claim near Belem collapsed on Monday.', 'Four miners', 'Test Wire (media)'],
  ])('%s', (text, at, want) => {
    expect(sourceAt(text, at)).toBe(want);
  });

  it('reads a monitoring log or a trade paper as media, whatever trade its name names', () => {
    const text = 'Five workers were killed when a pit wall gave way at the Kobe quarry on Tuesday.';
    for (const outlet of ['Southern Mining Accident Log', 'Mining Weekly', 'Quarry Incident Tracker']) {
      expect(sourceAt(text, 'Five workers', { outlet, published: meta.published })).toBe(`${outlet} (media)`);
    }
  });

  it('gives a record a body heads with its own name to that body, as its issuer', () => {
    const text = 'REGIONAL POLL WATCH NETWORK (RPWN)\nIncident log, local elections - Entry No. 88\n\n' +
      'At the Nkanu primary school polling station, a crowd of about 40 youths stormed the counting room. Two polling officers were injured.';
    expect(sourceAt(text, 'Two polling officers', { outlet: 'Regional Poll Watch Network', published: meta.published }))
      .toBe('Regional Poll Watch Network (official)');
  });

  it('reads a rescue centre\'s case narrative under its letterhead as the centre\'s', () => {
    const text = 'JOINT MARITIME RESCUE CENTRE SOUTH\nCase narrative: fishing boat capsized off Tarn Point\n\n' +
      'At 0415 the centre received a distress call from the fishing boat Grey Tern with four crew aboard. A lifeboat recovered two of them alive.';
    expect(sourceAt(text, 'four crew')).toMatch(/Maritime Rescue Centre South \(official\)$/);
  });
});

table('groups and measures', [
  // "numbering" sizes the noun before it, past a citation that opens the sentence
  ['According to Kebbi State police, gunmen numbering about 40 raided Dutsi village at night.', 'present attackers 40-40 about'],
  // a member of a group named with a noun before its own
  ['No member of the hospital staff was hurt in the fire.', 'injured staff 0-0 exact'],
  ['Two members of the kitchen staff were abducted with the pupils.', 'held staff 2-2 exact'],
  // "of the injured" after a total whose group a bare "others" carried
  ['Six labourers died and 15 others suffered burns; three of the injured were flown to the capital.', 'injured labourers 3-3 exact'],
  // causes listed after a toll
  ['Eleven people died: 7 by drowning and 4 by lightning.', 'killed people 4-4 exact'],
  // places where the displaced stay, named in a label row
  ['In evacuation camps: 3,480 persons in 12 camps', 'displaced people 3480-3480 exact'],
  ['Persons in accommodation sites: 9,120', 'displaced people 9120-9120 exact'],
  // where a part of a toll died
  ['Nineteen inmates lost their lives, two of them in hospital.', 'killed inmates 2-2 exact'],
  // the people who spent the night away from home
  ['About 60 residents spent the rest of the night in a church hall.', 'displaced civilians 60-60 about'],
  // a crew counted after "of" shares the verb of the passengers before it
  ['According to the operator, 48 passengers and a crew of three were on board.', 'present passengers 48-48 exact'],
]);

absent('no count of people', [
  // cases of an illness in camps are cases, not people who moved there
  ['Health teams recorded 58 cases of acute watery diarrhoea in evacuation centres during the cholera response.', 'displaced people 58-58 exact'],
  // rescues counted as operations
  ['The storm caused 2 deaths and at least 35 water rescues across the county.', 'killed people 35-null at_least'],
  // a numbered seam of a mine
  ['In 2019 an outburst in seam 407 killed two miners.', 'killed people 407-407 exact'],
  // the parts of a prison
  ['The riot spread to three pavilions, the prison service said.', 'affected pavilions 3-3 exact'],
  // a count of the dead, not where others stay
  ['Health officials logged 22 cholera cases in the camps this week.', 'displaced people 22-22 exact'],
]);

describe('wrapped lines between two names stay one place', () => {
  it('reads "along the X and Y rivers" as the place of the people counted', () => {
    expect(rows('Scores of residents along the Tiva and Molo rivers were evacuated before dawn.'))
      .toContain('displaced civilians 40-99 vague');
  });
});

describe('"new" counts add to a running total, given before or after', () => {
  it('marks the week\'s new cases and deaths in a bulletin\'s opening line as increments', () => {
    const text = 'HIGHLIGHTS\n- 236 new suspected cholera cases and 5 new deaths were reported this week.\n' +
      '- Cumulative since January: 2,410 suspected cases and 44 deaths.';
    const marked = figures(text, meta).filter((c) => c.increment).map((c) => `${c.measure} ${c.value.low}`);
    expect(marked).toEqual(['affected 236', 'killed 5']);
  });
});

table('more from the official narratives (F280)', [
  // people named by no role who open fire are the attackers
  ['At least two individuals fired handguns toward the crowd outside the hall.', 'present attackers 2-null at_least'],
  ['Two men opened fire on the queue at the bus stop.', 'present attackers 2-2 exact'],
  // a bare count set off by a comma after its total's clause, saying only how, is a part
  ['Five wounded passengers were taken to the district hospital, three by ambulance and two in a police truck.',
    'injured passengers 3-3 exact'],
  // a second subject joined by "and" shares "taken by the attackers"
  ['Witnesses said that six women and four children were taken by the attackers.', 'held women 6-6 exact'],
  // a patrol of a force that reaches the place is there
  ['A patrol of 36 peacekeepers reached the village on Sunday.', 'present security_forces 36-36 exact'],
  // a witness who helped bury the dead
  ['A farmer said he had helped bury 14 people on Thursday.', 'killed people 14-14 exact'],
  // listed as missing, then found alive
  ['Three people previously listed as missing were found alive in a maize field.', 'freed people 3-3 exact'],
]);

absent('no shooting', [
  ['Two men were fired from the factory after the strike.', 'present attackers 2-2 exact'],
]);

describe('a place list after a count is no list of its parts', () => {
  it('leaves "four in Kaduna" a sibling of the 12 who died in Kano', () => {
    const text = 'Officials said 12 people had died in Kano, four in Kaduna and two in Zaria.';
    const all = figures(text, meta);
    const four = all.find((c) => text.slice(c.span.start).startsWith('four'));
    const twelve = all.find((c) => text.slice(c.span.start).startsWith('12'));
    expect(four?.measure).toBe('killed');
    expect(four?.parts_of === undefined || four.parts_of !== twelve?.id).toBe(true);
  });
});
