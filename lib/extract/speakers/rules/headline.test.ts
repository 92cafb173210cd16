import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences';
import { headlineTag, isHeadline } from './headline';

describe('headlineTag', () => {
  it.each([
    ['Kremlin: North Korea’s Kim Jong Un Will Not Attend Victory Day Parade', 'Kremlin'],
    ['Kim’s intention to participate confirmed - Kremlin spokesman', 'Kremlin spokesman'],
    ['Kim invites Putin to visit Pyongyang; Putin accepts: state media', 'state media'],
    ['Kim accepts invitation to attend celebrations — media', 'media'],
    ['Putin, Kim wrap up talks at Russian spaceport', null],
  ])('%s', (text, tag) => {
    expect(headlineTag(text)).toBe(tag);
  });
});

describe('isHeadline', () => {
  it('is a short line at the top without a full stop', () => {
    const s = splitSentences(
      'Brexit talks to resume, EU says\n\nBRUSSELS - Talks will resume, Barnier said.',
    );
    expect(isHeadline(s, 0)).toBe(true);
    expect(isHeadline(s, 1)).toBe(false);
  });
});
