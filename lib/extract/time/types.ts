/** Shapes shared by the stages of the time tagger (see pipeline.ts). */
import type { Precision } from '../../types';
import type { Direction, Tense } from './date-math';

export type { Precision };

/** An inclusive range of ISO days with the precision the text supports. */
export interface TimeValue {
  start: string;
  end: string;
  precision: Precision;
}

/** One time expression found in a sentence: offsets into it, its words and its value. */
export interface TimeSpan {
  start: number;
  end: number;
  text: string;
  value: TimeValue;
  /** True when the value depends on the reference date (no year written). */
  relative: boolean;
}

/** What every stage sees: the sentence, the reference day and how to pick a tense. */
export interface Context {
  text: string;
  reference: string;
  /**
   * Direction for an expression at [start, end): the caller's tense, else the governing verb's.
   * `nounsDecide` (default true): an event noun nearer than any verb ("Kim's visit in May")
   * makes it `nearest`; weekdays pass false, since a verb places them better within a week.
   */
  directionAt(start: number, end: number, nounsDecide?: boolean): Direction;
  /** The past year the sentences before, in the same paragraph, write out (see TagOptions). */
  narrativeYear?: number;
}

export type { Tense };

/** A stage that reads the sentence and proposes spans. */
export interface Parser {
  kind: 'parser';
  name: string;
  /** A cheap test the sentence must pass before `parse` runs (e.g. "has a digit"). */
  gate?: RegExp;
  parse(ctx: Context): TimeSpan[];
}

/** A stage that rewrites the spans found so far (merge, drop, extend). */
export interface Refiner {
  kind: 'refiner';
  name: string;
  refine(ctx: Context, spans: TimeSpan[]): TimeSpan[];
}

export type Stage = Parser | Refiner;

const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b/;

/** Builds a span over text[start, end); it is relative unless it writes out a year. */
export function span(ctx: Context, start: number, end: number, value: TimeValue): TimeSpan {
  const text = ctx.text.slice(start, end);
  return { start, end, text, value, relative: !WRITTEN_YEAR.test(text) };
}
