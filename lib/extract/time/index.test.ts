import { describe, expect, it } from 'vitest';
import { sentenceTense, tagTimes } from './index';
import { STAGES } from './pipeline';
import { table } from './testing';

describe('tagTimes', () => {
  it('gives offsets that slice the sentence to the span text', () => {
    const text = 'MOSCOW, March 19 (UPI) -- Kim will visit in May, and met Putin last November.';
    const spans = tagTimes(text, '2015-03-19');
    expect(spans.map((s) => s.text)).toEqual(['March 19', 'May', 'last November']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks spans without a written year as relative', () => {
    const spans = tagTimes('Kim visited in 2019 and will return in May.', '2025-01-15');
    expect(spans.map((s) => [s.text, s.relative])).toEqual([
      ['2019', false],
      ['May', true],
    ]);
  });

  it('lets the caller force the tense', () => {
    const text = 'Kim is in Moscow on Monday.'; // 2025-01-15 is a Wednesday
    expect(tagTimes(text, '2025-01-15', { tense: 'past' })[0].value.start).toBe('2025-01-13');
    expect(tagTimes(text, '2025-01-15', { tense: 'future' })[0].value.start).toBe('2025-01-20');
    expect(
      tagTimes('Kim is in Moscow on Wednesday.', '2025-01-15', { tense: 'future' })[0].value.start,
    ).toBe('2025-01-15');
  });

  it('rejects a malformed reference', () => {
    expect(() => tagTimes('on Monday', '15/01/2025')).toThrow();
  });

  it('runs every parser before any refiner', () => {
    const kinds = STAGES.map((s) => s.kind);
    expect(kinds.lastIndexOf('parser')).toBeLessThan(kinds.indexOf('refiner'));
  });

  it('exposes the sentence tense', () => {
    expect(sentenceTense('Kim is set to visit Russia.')).toBe('future');
  });
});

describe('gold sentences', () => {
  table([
    [
      'The Kremlin announced on January 15 that it would disclose any concrete information regarding North Korean leader Kim Jong-un’s potential visit to Russia in the first half of this year as soon as it becomes available.',
      '2025-01-15',
      [
        ['January 15', '2025-01-15', '2025-01-15', 'day'],
        ['first half of this year', '2025-01-01', '2025-06-30', 'half'],
      ],
    ],
    [
      'North Korean leader Kim Jong Un will not attend events in Moscow next week commemorating the 70th anniversary of the end of World War II in Europe, the Kremlin said Thursday.',
      '2015-04-30',
      [
        ['next week', '2015-05-04', '2015-05-10', 'days'],
        ['Thursday', '2015-04-30', '2015-04-30', 'day'],
      ],
    ],
    [
      'Some speculate that the two leaders could meet in Russia next month, coinciding with the one-year anniversary of Putin’s visit to Pyongyang and the 75th anniversary of the outbreak of the Korean War.',
      '2025-05-21',
      [['next month', '2025-06-01', '2025-06-30', 'month']],
    ],
  ]);
});
