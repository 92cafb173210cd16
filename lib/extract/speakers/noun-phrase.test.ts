import { describe, expect, it } from 'vitest';
import { isMedia, isSpeakerPhrase, phraseAfter, subjectBefore } from './noun-phrase';

describe('subjectBefore', () => {
  it.each([
    ['Kim arrived on Saturday, a government source in Seoul ', 'a government source in Seoul'],
    ['"He will stay," Kremlin spokesman Dmitry Peskov ', 'Kremlin spokesman Dmitry Peskov'],
    ['Shin Kyung-min, a member of the intelligence committee, had ', 'Shin Kyung-min'],
    ['Another source in Vladivostok, citing a station official, ', 'Another source in Vladivostok'],
    [
      'South Korea’s National Intelligence Service (NIS) had ',
      'South Korea’s National Intelligence Service',
    ],
    ['Then Russian officials ', 'Russian officials'],
    ['With a summit planned, Varnia’s ambassador to Brum ', 'Varnia’s ambassador to Brum'],
    ['Kim plans to travel to Brum ', 'Brum'],
    ['Among them, 10 countries, including seven republics, have already ', ''],
  ])('%s', (before, expected) => {
    expect(subjectBefore(before)).toBe(expected);
  });
});

describe('phraseAfter', () => {
  it.each([
    ['American and allied officials.', 'American and allied officials'],
    ['the source.', 'the source'],
    [
      'Russian Deputy Foreign Minister Andrey Rudenko to RIA Novosti.',
      'Russian Deputy Foreign Minister Andrey Rudenko',
    ],
    ['that Kim was greeted', ''],
  ])('%s', (after, expected) => {
    expect(phraseAfter(after)).toBe(expected);
  });
});

describe('isMedia', () => {
  it.each([
    ['CNN', true],
    ["South Korea's Yonhap news agency", true],
    ["Pyongyang's state media", true],
    ['the agency', true],
    ['one article', true],
    ['News.Az', true],
    ['Russian news agencies RIA Novosti and TASS', true],
    ['Kremlin press secretary Dmitry Peskov', false],
    ["South Korea's spy agency", false],
    ['the Kremlin', false],
    ['the Central News Agency of Brum', true],
    ['the Minister of Foreign Affairs of Varnia', false],
  ])('%s → %s', (phrase, expected) => {
    expect(isMedia(phrase)).toBe(expected);
  });
});

describe('isSpeakerPhrase', () => {
  it.each([
    ['he', true],
    ['analysts', true],
    ['the Kremlin', true],
    ['unnamed Russian official', true],
    ['10 countries', false],
    ['Published', false],
    ['', false],
  ])('%s → %s', (phrase, expected) => {
    expect(isSpeakerPhrase(phrase)).toBe(expected);
  });
});
