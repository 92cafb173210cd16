import { describe, expect, it } from 'vitest';
import { words } from './words';

const texts = (s: string) => words(s).map((w) => w.text);

describe('words', () => {
  it('keeps hyphens, apostrophes and possessives inside a word', () => {
    expect(texts("Kim Jong-un's visit, Putin’s aide")).toEqual([
      'Kim',
      "Jong-un's",
      'visit',
      'Putin’s',
      'aide',
    ]);
  });

  it('keeps the dots of initials and honorifics, not of a name ending a sentence', () => {
    expect(texts('Dr. V. Putin met U.S. envoys in Moscow.')).toEqual([
      'Dr.',
      'V.',
      'Putin',
      'met',
      'U.S.',
      'envoys',
      'in',
      'Moscow',
    ]);
  });

  it('gives offsets into the text, and reads letters beyond ASCII', () => {
    expect(words('— Łukasz 𝐀bc, 2024')).toEqual([
      { text: 'Łukasz', start: 2, end: 8 },
      { text: '𝐀bc', start: 9, end: 13 },
      { text: '2024', start: 15, end: 19 },
    ]);
  });
});
