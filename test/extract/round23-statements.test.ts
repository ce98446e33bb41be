// Round 23 (own words): a party's statement that never says "we" or "our" but opens on its formula and names its men
// "the mujahideen" is still the party's own text; a news report that mentions mujahideen is not.
import { describe, expect, test } from 'vitest';
import { sourceWith, table } from './helpers.js';


describe('a statement opening on its formula speaks for the party that signs it', () => {
  const signed = (opening: string) => `${opening}\n\nThe mujahideen raided a post of the apostate army near Mueda and ` +
    'killed 8 of its soldiers, and none of the mujahideen was hurt.\n\nHarakat al-Shabaab al-Mujahideen';
  test.each([
    'In the name of Allah, the Most Gracious, the Most Merciful',
    'In the name of God, the Compassionate',
    'Praise be to Allah, Lord of the worlds.',
  ])('%s', (opening) => {
    expect(sourceWith(signed(opening), { outlet: 'Hijra Telegram channel' }, '8 of its soldiers')).toEqual(
      { name: 'Harakat al-Shabaab al-Mujahideen', kind: 'militant', via: 'Hijra Telegram channel' });
  });

  test('without the formula, a third-person text carried by a channel stays the channel\'s', () => {
    const text = 'The mujahideen raided a post of the apostate army near Mueda and killed 8 of its soldiers.\n\n' +
      'Harakat al-Shabaab al-Mujahideen';
    expect(sourceWith(text, { outlet: 'Hijra Telegram channel' }, '8 of its soldiers').kind).toBe('media');
  });

  test('a newspaper quoting the formula later in its story is not the party', () => {
    const text = 'MAIDUGURI - Insurgents killed 6 soldiers near Bama, the army said. A statement that began "In the name ' +
      'of Allah" and praised the mujahideen was posted online on Sunday.';
    expect(sourceWith(text, { outlet: 'Borno Daily' }, '6 soldiers')).toMatchObject({ kind: 'official' });
  });
});

table('militiamen keep their noun, past a label the party gives them', [
  ['The raid killed 34 of the apostate militiamen.', 'killed militiamen 34-34 exact'],
  ['Gunmen shot dead 5 militiamen at a checkpoint near Djibo.', 'killed militiamen 5-5 exact'],
  ['One militiaman was wounded in the ambush.', 'injured militiamen 1-1 exact'],
]);
