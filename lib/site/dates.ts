import type { DateRange } from '@/lib/types';
import { MONTH_NAMES } from '@/lib/calendar';

const MONTHS = MONTH_NAMES;

const ORDINALS = ['first', 'second', 'third', 'fourth'];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parse(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/**
 * True when `value` is a real calendar day written yyyy-mm-dd. (lib/content/schema has the same
 * check, but importing it would pull zod into the browser bundle.)
 */
export function isIsoDay(value: string): boolean {
  const p = parse(value);
  if (!p) return false;
  const d = new Date(Date.UTC(p.y, p.m - 1, p.d));
  return d.getUTCFullYear() === p.y && d.getUTCMonth() === p.m - 1 && d.getUTCDate() === p.d;
}

/** "19 June 2024" for 2024-06-19; the input unchanged when it is not yyyy-mm-dd. */
export function dayInWords(iso: string): string {
  const p = parse(iso);
  return p ? `${p.d} ${MONTHS[p.m - 1]} ${p.y}` : iso;
}

/** "15–21 January 2025", "28 January – 3 February 2025", "30 December 2024 – 2 January 2025". */
export function spanInWords(startIso: string, endIso: string): string {
  const a = parse(startIso);
  const b = parse(endIso);
  if (!a || !b) return `${startIso} – ${endIso}`;
  if (startIso === endIso) return dayInWords(startIso);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  return `${dayInWords(startIso)} – ${dayInWords(endIso)}`;
}

function monthsInWords(a: Ymd, b: Ymd): string {
  if (a.y === b.y && a.m === b.m) return `${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${MONTHS[a.m - 1]}–${MONTHS[b.m - 1]} ${a.y}`;
  return `${MONTHS[a.m - 1]} ${a.y} – ${MONTHS[b.m - 1]} ${b.y}`;
}

function seasonInWords(a: Ymd, b: Ymd): string {
  const names: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };
  const name = names[a.m];
  if (!name) return monthsInWords(a, b);
  return a.y === b.y ? `${name} ${a.y}` : `${name} ${a.y}–${String(b.y).slice(-2)}`;
}

/**
 * A date range in words at the precision the text supports: "19 June 2024", "May 2025",
 * "first half of 2025", "date not given — reported 15 January 2025". `reported` is the
 * publication day to quote for an unknown date (defaults to the range's start).
 */
export function dateInWords(range: DateRange, reported?: string): string {
  const a = parse(range.start);
  const b = parse(range.end);
  if (range.precision === 'unknown') {
    return `date not given — reported ${dayInWords(reported ?? range.start)}`;
  }
  if (!a || !b) return `${range.start} – ${range.end}`;
  switch (range.precision) {
    case 'day':
      return spanInWords(range.start, range.end);
    case 'days':
      return spanInWords(range.start, range.end);
    case 'month':
      return monthsInWords(a, b);
    case 'quarter': {
      const q = Math.floor((a.m - 1) / 3);
      const whole = a.y === b.y && Math.floor((b.m - 1) / 3) === q;
      return whole ? `${ORDINALS[q]} quarter of ${a.y}` : monthsInWords(a, b);
    }
    case 'half': {
      const h = a.m <= 6 ? 0 : 1;
      const whole = a.y === b.y && (b.m <= 6 ? 0 : 1) === h;
      return whole ? `${ORDINALS[h]} half of ${a.y}` : monthsInWords(a, b);
    }
    case 'season':
      return seasonInWords(a, b);
    case 'year':
      return a.y === b.y ? String(a.y) : `${a.y}–${b.y}`;
    default:
      return spanInWords(range.start, range.end);
  }
}
