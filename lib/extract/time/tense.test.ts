import { describe, expect, it } from 'vitest';
import { sentenceTense, tenseAt } from './tense';

describe('sentenceTense', () => {
  it.each([
    ['Kim will visit Russia.', 'future'],
    ['Kim could visit Russia in May.', 'future'],
    ['Kim may visit Russia.', 'future'],
    ['Kim is set to pay an official visit.', 'future'],
    ['Kim is expected to arrive.', 'future'],
    ['Kim plans to travel to Russia.', 'future'],
    ['They meet next month.', 'future'],
    ['Kim visited Russia.', 'past'],
    ['Putin met Choe.', 'past'],
    ['Lavrov said the signal was positive.', 'past'],
    ['Kim is in Moscow.', 'present'],
    // "May" the month is not the modal.
    ['In May the parade is held.', 'present'],
  ] as const)('%s → %s', (text, tense) => {
    expect(sentenceTense(text)).toBe(tense);
  });
});

describe('tenseAt', () => {
  const at = (text: string, words: string) => {
    const start = text.indexOf(words);
    return tenseAt(text, start, start + words.length);
  };
  it.each([
    // The nearest marker before the expression decides.
    ['The Kremlin said on Monday that Kim will visit in May.', 'Monday', 'past'],
    ['The Kremlin said on Monday that Kim will visit in May.', 'May', 'future'],
    // Passive with an auxiliary: the auxiliary decides.
    ['The celebrations are to be held on May 9.', 'May 9', 'future'],
    ['The summit was held on May 9.', 'May 9', 'past'],
    ['Talks are scheduled on May 9.', 'May 9', 'present'],
    // An event noun first: the time belongs to the noun, whatever the verb further back.
    ['Analysts believe it was to plan for Kim’s visit to Russia in May.', 'May', 'nearest'],
    ['Kim will visit Russia in May.', 'May', 'future'],
    ['Seoul saw a positive signal on Kim visit in May.', 'May', 'nearest'],
    // …unless a past act falls during it and nothing after says otherwise.
    ['Choe previously met Putin during her visit to Russia in January.', 'January', 'past'],
    ['Choe said during her visit in January talks would follow.', 'January', 'nearest'],
    // A plan told in the past may lie on either side of the report.
    ['Dorn was originally scheduled to arrive late Tuesday.', 'Tuesday', 'nearest'],
    ['Dorn had planned to go on Friday.', 'Friday', 'nearest'],
    ['Dorn is scheduled to arrive on Tuesday.', 'Tuesday', 'future'],
    // Nothing before: the first verb after.
    ['On March 13, the ministry said the ministers met.', 'March 13', 'past'],
    ['In the near future, nothing.', 'future', 'nearest'],
  ] as const)('%s [%s] → %s', (text, words, tense) => {
    expect(at(text, words)).toBe(tense);
  });
});

describe('contractions', () => {
  it.each([
    ["He'll visit on Monday.", 'future'],
    ['He won’t visit.', 'future'],
    ["He didn't visit.", 'past'],
  ] as const)('%s → %s', (text, tense) => {
    expect(sentenceTense(text)).toBe(tense);
  });
});

describe('numbers and headlines', () => {
  it.each([
    ['From January 13 to 15, talks were held.', 'past'],
    ['Kim To Visit Russia In September', 'future'],
    ['Kim Returns To Pyongyang', 'present'],
  ] as const)('%s → %s', (text, tense) => {
    expect(sentenceTense(text)).toBe(tense);
  });
});
