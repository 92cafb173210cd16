import type { Rng } from './prng';

/**
 * The real people of the seed and dev sets, each as the spellings an article may use, full names
 * first. Bare surnames are listed once, under the person they most often mean.
 */
const PEOPLE: readonly (readonly string[])[] = [
  ['Kim Jong Un', 'Kim Jong-un', 'Kim'],
  ['Vladimir Putin', 'Putin'],
  ['Dmitry Peskov', 'Peskov'],
  ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'],
  ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu'],
  ['Yuri Ushakov', 'Ushakov'],
  ['Choe Son Hui', 'Choe Son-hui', 'Choe'],
  ['Choe Ryong Hae'],
  ['Ri Su Yong'],
  ['Andrey Rudenko', 'Rudenko'],
  ['Alexander Kozlov', 'Kozlov'],
  ['Leonid Petrov', 'Petrov'],
  ['Dmitry Medvedev', 'Medvedev'],
  ['Natalya Timakova', 'Timakova'],
  ['Viktor Ishayev', 'Ishayev'],
  ['Sergei Darkin', 'Darkin'],
  ['Kang Sun Nam'],
  ['Shin Kyung-min'],
  ['Yang Moo-jin'],
  ['Li Hongzhong'],
  ['George W. Bush', 'Bush'],
  ['Andrei Belousov', 'Belousov'],
  ['Xi Jinping'],
  ['Angela Merkel', 'Merkel'],
  ['Donald Trump', 'Trump'],
  ['Elizabeth Shim', 'Guy Faulconbridge', 'Gareth Jones'],
];

// Spellings matched first so that their "Kim" is not read as the leader's surname.
const KEEP = ['Kim Jong Il', 'Kim Il Sung'];

/** Cities where a happening can take place; the capitals stay, the venue moves (far east). */
const VENUES = [
  'Vladivostok',
  'Khasan',
  'Vostochny',
  'Ulan-Ude',
  'Komsomolsk-on-Amur',
  'Khabarovsk',
];

const FIRST = (
  'Arlen Bora Caspar Dalia Edvin Faina Galen Hesper Ilan Jorun Kasimir Lenora Marek Nadia Oren ' +
  'Petra Quill Rasmus Selene Tamsin Ulric Vesna Wendel Yara Zorin Amadeo Brisa Corvin Delphine Emrys'
).split(' ');
const LAST = (
  'Veskel Arnholt Brightwater Calloway Dunmore Everly Falkner Greywood Halvorsen Ingram Jessop ' +
  'Kestrel Lindqvist Marlowe Northcott Osterman Pellham Quarles Rookwood Stavros Thornbury ' +
  'Underhill Valcourt Whitlock Yarrow Zeller Ashdown Blackmere Corrigan Delacroix'
).split(' ');
const PLACES = (
  'Irkutsk Novosibirsk Krasnoyarsk Yakutsk Magadan Tomsk Blagoveshchensk Nakhodka Birobidzhan ' +
  'Chita Bratsk Yuzhno-Sakhalinsk Petropavlovsk Artyom Ussuriysk Tynda Skovorodino Vanino Svobodny'
).split(' ');

/** The invented people and places of one story; every article of the story uses the same cast. */
export interface Cast {
  /** Real spelling → replacement, applied in one pass. */
  readonly swaps: ReadonlyMap<string, string>;
  /** Where the story happens (the replacement of the seed sets' venues). */
  readonly place: string;
}

/** Draws a cast: distinct invented surnames for every person, one venue for the story. */
export function drawCast(rng: Rng): Cast {
  const surnames = rng.sample(LAST, PEOPLE.length);
  const swaps = new Map<string, string>(KEEP.map((k) => [k, k]));
  PEOPLE.forEach((spellings, i) => {
    const full = `${rng.pick(FIRST)} ${surnames[i % surnames.length]}`;
    for (const s of spellings) swaps.set(s, s.includes(' ') ? full : surnames[i % surnames.length]);
  });
  const place = rng.pick(PLACES);
  for (const v of VENUES) swaps.set(v, place);
  return { swaps, place };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest spellings first, so "Kim Jong Un" wins over "Kim".
const SPELLINGS = new RegExp(
  `\\b(?:${[...KEEP, ...PEOPLE.flat(), ...VENUES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'g',
);

/** Replaces every known person and venue in `text` with the cast's stand-in. */
export function recast(text: string, cast: Cast): string {
  return text.replace(SPELLINGS, (name) => cast.swaps.get(name) ?? name);
}

/** An invented byline name. */
export function drawAuthor(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}
