import { describe, expect, it } from 'vitest';
import { citedOutlets } from './cited-outlets';

describe('citedOutlets: outlets named as the source', () => {
  it.each([
    [
      'Earlier, Russian news agencies RIA Novosti and TASS reported that the agency had indicated',
      ['RIA Novosti', 'TASS'],
    ],
    [
      'Peskov made this statement, as reported by South Korea’s Yonhap news agency, citing Russian news outlets TASS and Sputnik.',
      ['Yonhap', 'TASS', 'Sputnik'],
    ],
    ['CNN reported North Korea has accepted the invitation.', ['CNN']],
    [
      'The trip was planned for next month, Nikkei Asia reported, citing Daily NK.',
      ['Nikkei', 'Daily NK'],
    ],
    ['Kremlin press secretary Dmitry Peskov told Interfax.', ['Interfax']],
    // Outlets the table does not list, known by their shape.
    ['The train arrived in the morning, RIA Vostok reported.', ['RIA Vostok']],
    ['The minister will travel on Monday, the Varnia Herald reported.', ['Varnia Herald']],
    ['The summit began on Thursday, ZNA reports citing local media.', ['ZNA']],
    ['Kim will visit soon, the Central News Agency of Pyongyang (KCNA) said on Monday.', ['KCNA']],
    ['Kim visited the plant (KCNA) on Monday.', []],
    [
      'On December 19, spokesman Dmitry Peskov confirmed to TASS that an invitation had been sent.',
      ['TASS'],
    ],
    [
      "“We confirm it,” said Deputy Foreign Minister Andrey Rudenko to Russia's RIA Novosti news agency.",
      ['RIA Novosti'],
    ],
    ['The talks will resume, according to Yonhap News Agency report.', ['Yonhap News Agency']],
    [
      'Putin has met Choe in Moscow, Tass News Agency reported, citing Kremlin Spokesman Dmitry Peskov.',
      ['TASS'],
    ],
    [
      'The delegation landed on Tuesday, according to the official Korean Central News Agency (KCNA).',
      ['Korean Central News Agency'],
    ],
    ['"Kim invited Putin," the KCNA reported in an English dispatch.', ['KCNA']],
    [
      '"Kim will visit Siberia," said the North\'s Korean Central News Agency in a brief dispatch.',
      ['Korean Central News Agency'],
    ],
    ['Talks could resume, Reuters says.', ['Reuters']],
    ['"Talks will go on," the spokeswoman told Reuters.', ['Reuters']],
    ['The prime minister said in an interview with the BBC that a deal was close.', ['BBC']],
    [
      'Brussels will table a new offer, the Financial Times reported on Monday.',
      ['Financial Times'],
    ],
    ['The summit is off, AFP learned from diplomats.', ['AFP']],
    ['According to a report by Yonhap, Kim left.', ['Yonhap']],
    ['Kim was quoted by KCNA as saying he was pleased.', ['KCNA']],
  ])('%s', (sentence, expected) => {
    expect(citedOutlets(sentence)).toEqual(expected);
  });
});
