import { describe, expect, it } from 'vitest';
import { citedOutlets } from './cited-outlets';

describe('citedOutlets: credits and mentions are not sources', () => {
  it.each([
    'SEOUL, Sept. 14 (Yonhap) -- North Korean leader Kim Jong-un has invited Putin.',
    'MOSCOW, March 19 (UPI) -- Speculation that Kim will visit Moscow was confirmed.',
    'MOSCOW. Jan 28 (Interfax) - North Korea has officially confirmed its intention.',
    'SEOUL, January 13. /TASS/.',
    'Kim attends its Victory Day celebrations. Photo courtesy of Yonhap/KCNA.',
    'Putin welcomes Kim prior to their talks on April 25, 2019. © Yuri KADOBNOV / AFP',
    'Kim and Putin signed a major defense deal. [AP/YONHAP]',
    'With files from Reuters',
    'Kang Sun Nam greeting Sergei Shoigu upon his arrival (Picture: AFP)',
    'Kim speaks at a ceremony, in this handout image. KCNA via REUTERS/File Photo',
    "Pyongyang's state media reported Thursday that Putin accepted the invitation.",
    'The announcement followed a report by South Korean broadcaster YTN.',
    'Russia’s RIA Novosti state news agency released a video of Kim visiting the university.',
    '(MENAFN- Kuwait News Agency (KUNA)) TOKYO, Jan 17 (KUNA) -- Putin has met Choe.',
    'The BBC has cut 500 jobs, the corporation said.',
    'Prime Minister Theresa May told reporters that talks would continue.',
  ])('%s', (sentence) => {
    expect(citedOutlets(sentence)).toEqual([]);
  });
});
