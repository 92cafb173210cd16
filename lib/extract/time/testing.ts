/** Table helpers shared by the time tagger's tests (not a test file itself). */
import { expect, it } from 'vitest';
import type { Precision } from '../../types';
import { tagTimes } from './index';

/** [span text, start, end, precision] */
export type Expected = [string, string, string, Precision];
/** [sentence, reference, every span expected, optional forced tense] */
export type Row = [string, string, Expected[], ('past' | 'future')?];

/** One test per row: tagTimes must return exactly the expected spans, in text order. */
export function table(rows: Row[]): void {
  it.each(rows)('%s (ref %s)', (text, reference, expected, tense) => {
    const got = tagTimes(text, reference, tense ? { tense } : {}).map((s): Expected => [
      s.text,
      s.value.start,
      s.value.end,
      s.value.precision,
    ]);
    expect(got).toEqual(expected);
  });
}
