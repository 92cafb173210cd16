/**
 * Moves every date-like expression in a sentence by a fixed number of days, so a sentence taken
 * from an article of one day reads as if published on another. Weekday names are left alone:
 * callers keep them true by shifting in whole weeks. Years outside MODERN stay put ("1945").
 */

import { MONTH_NAMES } from '../calendar';
const MONTHS = MONTH_NAMES;
const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const PREP =
  '(in|since|until|by|of|early|late|mid|this|next|last|from|to|through|before|after|during)';
const MODERN = { min: 1990, max: 2039 };

// One pass, alternatives in priority order, so no expression is shifted twice.
const DATE_LIKE = new RegExp(
  [
    '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b',
    `\\b${MONTH_WORD}(\\.?) ${DAY}(?:(,? )(\\d{4})\\b)?`,
    `\\b(\\d{1,2}) ${MONTH_WORD}(\\.?)(?: (\\d{4})\\b)?`,
    `\\b${PREP} ${MONTH_WORD}\\b(?!\\.? \\d{1,2}(?!\\d))(?:(,? )(\\d{4})\\b)?`,
    '\\b((?:19|20)\\d\\d)\\b',
  ].join('|'),
  'g',
);

const DAY_MS = 86_400_000;

/** `iso` (yyyy-mm-dd) moved by `days`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both yyyy-mm-dd). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function monthIndex(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
}

/** Writes month `m` in the style of `like`: full name, "Sept", or three letters. */
function monthLike(m: number, like: string): string {
  if (like.length > 4 || like === 'May' || like === 'June' || like === 'July') return MONTHS[m];
  return m === 8 && like === 'Sept' ? 'Sept' : MONTHS[m].slice(0, 3);
}

const isModern = (year: number) => year >= MODERN.min && year <= MODERN.max;

function dayOf(year: number, m: number, d: number): string | null {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const iso = `${pad(year, 4)}-${pad(m + 1)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The year a yearless "March 13" most likely means in an article published on `ref`. */
function nearestYear(m: number, d: number, ref: string): number | null {
  const y = Number(ref.slice(0, 4));
  let best: { year: number; gap: number } | null = null;
  for (const year of [y - 1, y, y + 1]) {
    const iso = dayOf(year, m, d);
    if (!iso) continue;
    const gap = Math.abs(daysBetween(ref, iso));
    if (!best || gap < best.gap) best = { year, gap };
  }
  return best?.year ?? null;
}

/** Shifts a month-and-day (year optional) by `days`; null when it is no real date. */
function shiftDay(m: number, d: number, year: string | undefined, ref: string, days: number) {
  const y = year ? Number(year) : nearestYear(m, d, ref);
  if (y === null || !isModern(y)) return null;
  const iso = dayOf(y, m, d);
  if (!iso) return null;
  const out = addDays(iso, days);
  return { year: out.slice(0, 4), m: Number(out.slice(5, 7)) - 1, d: Number(out.slice(8, 10)) };
}

/**
 * Returns `text` with its dates moved by `days`, read against the publication date `ref`:
 * full and partial dates by days, bare months ("in May") by whole months, bare years by years.
 */
export function shiftDates(text: string, ref: string, days: number): string {
  if (days === 0) return text;
  const moved = addDays(ref, days);
  const years = Number(moved.slice(0, 4)) - Number(ref.slice(0, 4));
  const months = years * 12 + Number(moved.slice(5, 7)) - Number(ref.slice(5, 7));
  return text.replace(DATE_LIKE, (all, ...g: (string | undefined)[]) => {
    const [iy, im, id, bm, bdot, bd, bsep, by, cd, cm, cdot, cy, prep, pm, psep, py, year] = g;
    if (iy) {
      const iso = dayOf(Number(iy), Number(im) - 1, Number(id));
      return iso && isModern(Number(iy)) ? addDays(iso, days) : all;
    }
    if (bm) {
      const s = shiftDay(monthIndex(bm), Number(bd), by, ref, days);
      if (!s) return all;
      return `${monthLike(s.m, bm)}${bdot} ${s.d}${by ? `${bsep}${s.year}` : ''}`;
    }
    if (cm) {
      const s = shiftDay(monthIndex(cm), Number(cd), cy, ref, days);
      if (!s) return all;
      return `${s.d} ${monthLike(s.m, cm)}${cdot}${cy ? ` ${s.year}` : ''}`;
    }
    if (pm) {
      if (py && !isModern(Number(py))) return all;
      const total = monthIndex(pm) + months + (py ? Number(py) * 12 : 0);
      const m = ((total % 12) + 12) % 12;
      return `${prep} ${monthLike(m, pm)}${py ? `${psep}${Math.floor(total / 12)}` : ''}`;
    }
    return year && isModern(Number(year)) ? String(Number(year) + years) : all;
  });
}
