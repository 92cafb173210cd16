/**
 * Calendar arithmetic on ISO days (yyyy-mm-dd), in UTC so no time zone can shift a day.
 * Pure functions; every range is inclusive.
 */

export interface Day {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export interface Range {
  start: string;
  end: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(iso: string): Day {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO day: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A valid calendar day, or null ("February 30"). */
export function makeDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return formatDay({ y, m, d });
}

function toUtc(iso: string): number {
  const { y, m, d } = parseDay(iso);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): string {
  const t = new Date(ms);
  return formatDay({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

export function addDays(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * 86_400_000);
}

/** Whole days from a to b (positive when b is later). */
export function diffDays(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  return (new Date(toUtc(iso)).getUTCDay() + 6) % 7;
}

/** The calendar week (Monday to Sunday) containing the day, shifted by `weeks`. */
export function weekRange(iso: string, weeks = 0): Range {
  const monday = addDays(iso, -weekdayIndex(iso) + 7 * weeks);
  return { start: monday, end: addDays(monday, 6) };
}

/** Months `m`..`m + count - 1` of year `y` (months may run past December). */
export function monthsRange(y: number, m: number, count = 1): Range {
  const first = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m - 1 + count, 0));
  return { start: fromUtc(first.getTime()), end: fromUtc(last.getTime()) };
}

export function yearRange(y: number, lastYear = y): Range {
  return { start: `${pad(y, 4)}-01-01`, end: `${pad(lastYear, 4)}-12-31` };
}

/** The month containing the day, shifted by `months`. */
export function monthOf(iso: string, months = 0): Range {
  const { y, m } = parseDay(iso);
  return monthsRange(y, m + months);
}

export type Tense = 'past' | 'future' | 'present';
/** How to choose among instances of a recurring date: `nearest` when no verb decides. */
export type Direction = Tense | 'nearest';

/**
 * Picks the instance of a recurring date that fits the tense: past → the latest one that has
 * started by the anchor; future → the earliest one not yet over; present/nearest → the one
 * closest to the anchor (containing it if any). Candidates must be in chronological order.
 */
export function pickInstance<T extends Range>(candidates: T[], anchor: string, dir: Direction): T {
  if (dir === 'past') {
    const started = candidates.filter((c) => c.start <= anchor);
    return started[started.length - 1] ?? candidates[0];
  }
  if (dir === 'future') {
    return candidates.find((c) => c.end >= anchor) ?? candidates[candidates.length - 1];
  }
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance =
      c.start > anchor ? diffDays(anchor, c.start) : c.end < anchor ? diffDays(c.end, anchor) : 0;
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** How a cue word picks one instance of a yearly period (a quarter, a half, a season). */
export type CycleMode = 'last' | 'this' | 'next' | Direction | { year: number };

/**
 * Resolves a yearly period: `instance(y)` is the period of year y; "last" is the latest one
 * already over, "next" the earliest not yet begun, "this" the one of the reference's year
 * (or the one containing the reference), otherwise as `pickInstance`.
 */
export function resolveCycle(
  instance: (year: number) => Range,
  reference: string,
  mode: CycleMode,
): Range {
  if (typeof mode === 'object') return instance(mode.year);
  const y = parseDay(reference).y;
  const candidates = [y - 2, y - 1, y, y + 1, y + 2].map(instance);
  if (mode === 'last') return [...candidates].reverse().find((c) => c.end < reference)!;
  if (mode === 'next') return candidates.find((c) => c.start > reference)!;
  if (mode === 'this') {
    return candidates.find((c) => c.start <= reference && reference <= c.end) ?? instance(y);
  }
  return pickInstance(candidates, reference, mode);
}
