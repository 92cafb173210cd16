import { drawCast, type Cast } from './cast';
import type { Rng } from './prng';
import { addDays, daysBetween } from './shift-dates';
import type { SourceArticle, SourcePool } from './source-pool';

/** Outlets that publish the synthetic articles; a story never uses one twice. */
export const OUTLETS = [
  'The Daily Ledger',
  'Northern Courier',
  'Pacific Wire',
  'Eastern Herald',
  'Capital Post',
  'Morning Dispatch',
  'Global Monitor',
  'Harbor Times',
  'Continental Review',
  'Evening Star',
  'Metro Bulletin',
  'Frontier News',
  'Union Gazette',
  'Coastal Observer',
  'World Desk',
  'Atlas Report',
  'Meridian Press',
  'Summit Daily',
  'Riverside Journal',
  'Highland Tribune',
  'The Sentinel',
  'Asia Today',
  'Euro Chronicle',
  'Signal News',
  'Crossroads Media',
  'Baltic Record',
  'Steppe Wire',
  'Peninsula Post',
  'Orient Express News',
  'Bridge Agency',
];

/** The synthetic articles are dated within these years (inclusive). */
export const YEARS = { first: 2000, last: 2025 };

/** One invented happening: a real article moved to a new day and a new cast. */
export interface Story {
  id: number;
  source: SourceArticle;
  /** Publication day of every article of the story. */
  date: string;
  /** Days from the source's date to `date`; always whole weeks, so weekday names stay true. */
  shift: number;
  cast: Cast;
  /** One outlet per article of the story. */
  outlets: string[];
}

/** A day in YEARS that falls on the same weekday as `like`. */
function sameWeekday(rng: Rng, like: string): string {
  const first = `${YEARS.first}-01-01`;
  const span = daysBetween(first, `${YEARS.last}-12-31`);
  let day = addDays(first, rng.int(0, span));
  const off = ((daysBetween(like, day) % 7) + 7) % 7;
  day = addDays(day, -off);
  return day < first ? addDays(day, 7) : day;
}

/**
 * Splits `total` articles into stories of 2–6 articles (the last may be smaller), each a source
 * article moved to a random day in YEARS with its own cast and distinct outlets.
 */
export function planStories(total: number, pool: SourcePool, rng: Rng): Story[] {
  const stories: Story[] = [];
  for (let left = total; left > 0;) {
    const size = Math.min(left, rng.int(2, Math.min(6, OUTLETS.length)));
    const source = rng.pick(pool.articles);
    const date = sameWeekday(rng, source.date);
    stories.push({
      id: stories.length,
      source,
      date,
      shift: daysBetween(source.date, date),
      cast: drawCast(rng),
      outlets: rng.sample(OUTLETS, size),
    });
    left -= size;
  }
  return stories;
}
