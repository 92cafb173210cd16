import { describe, expect, it } from 'vitest';
import { dateFromSentence, dateList } from './dating';
import { tagTimes } from './time';

const REF = '2025-05-21';
const date = (kind: Parameters<typeof dateFromSentence>[0], text: string, trigger: string) =>
  dateFromSentence(kind, text.indexOf(trigger), text, tagTimes(text, REF), REF);

describe('dating a mention from its sentence', () => {
  it.each<
    [string, Parameters<typeof dateFromSentence>[0], string, string, string | null, string | null]
  >([
    [
      'an invitation is not dated by the day it was reported',
      'invitation',
      'Kim will visit at the invitation of Putin, the Kremlin said on Monday.',
      'invitation',
      null,
      null,
    ],
    [
      'a time counted back from now is no target',
      'confirmation',
      'Fenn on Thursday confirmed Kim, who has not travelled since coming to power more than three years ago, will attend.',
      'confirmed',
      '2025-05-15',
      null,
    ],
    [
      'an invitation framing a trip is not dated by the trip',
      'invitation',
      'Dorn paid an official visit to Brum from May 4 to 5 at the invitation of King Ortiz and paid a visit to Arden on May 6 and 7.',
      'invitation',
      null,
      null,
    ],
    [
      'a time between the inviter and the verb dates the invitation',
      'invitation',
      'Russian President Vladimir Putin on Wednesday invited the leader to visit Russia.',
      'invited',
      '2025-05-21',
      null,
    ],
    [
      'an opening time belongs to the act when the attribution closes a long sentence',
      'visit',
      'Last week, the envoy of King Ortiz also traveled to Brum and met Dorn, delivering a letter from the king, the agency reported.',
      'traveled',
      '2025-05-12',
      null,
    ],
    [
      'a fronted time sets the scene of the invitation',
      'invitation',
      'In February, King Ortiz invited Dorn to Brum.',
      'invited',
      '2025-02-01',
      null,
    ],
    [
      'a fronted time of the telling does not date the invitation told',
      'invitation',
      'On Monday, the palace said King Ortiz had invited Dorn to Brum.',
      'invited',
      null,
      null,
    ],
    [
      'a time still to come does not date an invitation',
      'invitation',
      'Kim will visit in the coming days at the invitation of Putin.',
      'invitation',
      null,
      null,
    ],
    [
      'a season right after the act',
      'invitation',
      'The leader invited himself to Russia in the spring.',
      'invited',
      '2025-03-01',
      null,
    ],
    [
      'a when-clause dates the telling',
      'confirmation',
      'Talk of the visit had circulated since December, when an aide had told reporters it would happen.',
      'told',
      '2024-12-01',
      null,
    ],
    [
      'statement day and target',
      'announcement',
      'The Kremlin said on Monday that the visit would take place next month.',
      'said',
      '2025-05-19',
      '2025-06-01',
    ],
    [
      'statement with no time of its own',
      'confirmation',
      'The official confirmed the visit in June.',
      'confirmed',
      null,
      '2025-06-01',
    ],
    [
      'a happening takes the time next to it',
      'visit',
      'Putin visited Pyongyang in June last year.',
      'visited',
      '2024-06-01',
      null,
    ],
    [
      'an invitation dated where it was extended',
      'invitation',
      'Putin invited Kim to Moscow during his visit in June last year.',
      'invited',
      '2024-06-01',
      null,
    ],
    [
      'a time at the end of an attribution after a quotation dates the saying',
      'announcement',
      '"The leaders will meet in Paris," said the agency in a brief dispatch from the capital on Monday.',
      'said',
      '2025-05-19',
      null,
    ],
    [
      'a speculation is not dated by the day someone spoke of it',
      'speculation',
      'A lawmaker said Wednesday that the agency expected Kim to go to Moscow.',
      'expected',
      null,
      null,
    ],
    [
      'a time in the reported clause dates what that clause tells, not the saying',
      'meeting',
      'The governor said he was meeting Mr Kim on Monday to discuss exchanges.',
      'meeting',
      '2025-05-19',
      null,
    ],
    [
      'an "amid reports that" clause is not dated by the time before it',
      'agreement',
      'The leader arrived in the capital on Sunday amid reports that he has struck a new military agreement.',
      'agreement',
      null,
      null,
    ],
    [
      'a time printed before another event noun is that noun’s',
      'visit',
      'The trip is his first abroad since the pandemic and his first since their 2019 summit.',
      'trip',
      null,
      null,
    ],
    [
      'a meeting "ahead of" is not dated by the arrival before it',
      'summit',
      'Kim arrived in Russia on Tuesday, the Kremlin said, ahead of an expected meeting with Putin.',
      'meeting',
      null,
      null,
    ],
    [
      'a time after the verb of saying does not open the sentence',
      'visit',
      'The Kremlin said earlier this week that the visit was being prepared.',
      'visit',
      null,
      null,
    ],
    [
      '"May 5" in a list of places is a month, not a hedge',
      'visit',
      'The president will visit France, Serbia and Hungary from May 25 to 30, the ministry said.',
      'visit',
      '2025-05-25',
      null,
    ],
    [
      'a time after "since" never dates the happening',
      'visit',
      'The ministry said the president will visit Europe, his first trip there since 2019.',
      'visit',
      null,
      null,
    ],
    [
      'the time after the trigger in its own verb phrase, not the one before "and"',
      'visit',
      'He will address Congress on Thursday and travel to North Carolina on Friday.',
      'travel',
      '2025-05-23',
      null,
    ],
    [
      'a time in a relative clause about a place dates the clause, not the meeting',
      'summit',
      'Kim and Putin would meet in Vladivostok, where Mr Putin arrived on Monday to attend a forum.',
      'meet',
      null,
      null,
    ],
    [
      'a relative clause about the trigger itself still dates it',
      'visit',
      'The visit, which the Kremlin said would take place on June 2, was confirmed.',
      'visit',
      '2025-06-02',
      null,
    ],
    [
      'a stretch inside the period a sentence gives says more exactly when it was',
      'visit',
      'The first official visit was paid in the summer 2001 and it was long – from July 26 to August 18.',
      'visit',
      '2001-07-26',
      null,
    ],
    [
      'a single day inside a period is not the period narrowed',
      'visit',
      'Kim will visit in the first half of the year, officials said on May 20.',
      'visit',
      '2025-01-01',
      null,
    ],
  ])('%s', (_, kind, text, trigger, start, targetStart) => {
    const { date: d, target } = date(kind, text, trigger);
    expect(d?.start ?? null).toBe(start);
    expect(target?.start ?? null).toBe(targetStart);
  });

  it('splits a happening dated by a list into one date per item', () => {
    const text = 'Kim has visited Russia twice — in 2019 and 2023 — but never Moscow.';
    const list = dateList('visit', text, tagTimes(text, REF));
    expect(list?.map((d) => d.date.start)).toEqual(['2019-01-01', '2023-01-01']);
  });

  it('splits a guess offering alternatives into one date per alternative', () => {
    const text = 'The king could visit Varnia in June or September, analysts said.';
    const guesses = dateList('speculation', text, tagTimes(text, REF), text.indexOf('could'));
    expect(guesses?.map((d) => d.date.start)).toEqual(['2025-06-01', '2025-09-01']);
    // Alternatives of a happening told as fact are no list.
    expect(
      dateList(
        'visit',
        'He visited in June or September.',
        tagTimes('He visited in June or September.', REF),
      ),
    ).toBeNull();
  });

  it('reads consecutive weekdays as one stay', () => {
    // Wednesday 19 July 2000: "Tuesday and Wednesday" ahead are the 25th and 26th.
    const text = 'The president will visit Varnia on Tuesday and Wednesday.';
    const list = dateList('visit', text, tagTimes(text, '2000-07-19'));
    expect(list?.map((d) => [d.date.start, d.date.end, d.date.precision])).toEqual([
      ['2000-07-25', '2000-07-26', 'days'],
    ]);
  });
});
