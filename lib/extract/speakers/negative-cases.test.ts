import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedOutlets } from '../outlets/cited-outlets';
import { canonicalOutlet, OUTLETS } from '../outlets/outlet-table';
import { splitSentences } from '../sentences';
import { buildPeopleIndex, reportedSpeaker } from './index';

/** Sentences that report no one's statement: each must give a null speaker on its own. */
describe('reportedSpeaker: no speaker', () => {
  it.each([
    'Putin and Kim walked up to each other, shook hands and exchanged a couple of phrases.',
    'Russian President Vladimir Putin extended an invitation to Kim following their summit.',
    'Putin responded by scheduling a six-day family vacation and work trip.',
    'Earlier, Mr Kim was said to have held discussions with the defence minister.',
    'Among them, 10 countries, including seven former Soviet republics, have already confirmed their participation.',
    'CNN reported the two countries have goals to increase trade to $1 billion annually.',
    "Pyongyang's state media reported Thursday that Putin accepted the invitation.",
    'Kim Jong Un is on his way back home, according to Russian media reports.',
    'Putin met Choe Tuesday and was informed of the agreements, according to the report.',
    '"The bond of friendship runs deeper every day," said one article which featured photos.',
    '“North Korea is seeking to deepen ties,” the agency said.',
    'Kim was greeted by the envoy at the rail station.',
    'Published: 21 May. 2025, 18:12',
    'The summit comes amid growing cooperation among South Korea, the United States and Japan.',
    'Theresa May will travel to Brussels on Wednesday.',
    'With files from Reuters',
    // A headline tag that is an outlet, whatever the punctuation around it.
    'Reuters . : said',
    'Ushakov declined to give details.',
  ])('%s', (text) => {
    const sentences = splitSentences(text);
    const people = buildPeopleIndex(sentences);
    for (const s of sentences) expect(reportedSpeaker(sentences, s.index, people)).toBeNull();
  });
});

describe('any text', () => {
  const words = fc.constantFrom(
    'said',
    'Peskov',
    'the',
    'Kremlin',
    '"',
    '“',
    '”',
    ',',
    '.',
    'he',
    'told',
    'TASS',
    'according',
    'to',
    'Kim',
    'Jong-un',
    'Minister',
    'Russian',
    'official',
    '(',
    ')',
    'citing',
    'as',
    'saying',
    'was',
    'quoted',
    'by',
    '\n',
    'May',
    'Reuters',
    'reported',
    '’s',
    ':',
    '-',
  );
  const text = fc.array(words, { maxLength: 60 }).map((ws) => ws.join(' '));
  const names = new Set(OUTLETS.flatMap((o) => [o.name, ...(o.fullNames ?? [])]));

  it('never throws; speakers are non-empty names and never outlets', () => {
    fc.assert(
      fc.property(text, (body) => {
        const sentences = splitSentences(body);
        const people = buildPeopleIndex(sentences);
        for (const s of sentences) {
          const speaker = reportedSpeaker(sentences, s.index, people);
          if (speaker) expect(speaker.name.trim().length).toBeGreaterThan(0);
          if (speaker) expect(canonicalOutlet(speaker.name)).toBeNull();
          for (const o of citedOutlets(s.text)) expect(names.has(o)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20250521 },
    );
  });
});
