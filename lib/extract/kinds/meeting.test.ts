import { describe, expect, it } from 'vitest';
import { meetingRule } from './meeting';
import { input } from './test-helpers';

describe('meetingRule', () => {
  it.each<[string, string[]]>([
    ['Putin and Kim held talks at the spaceport on Wednesday.', ['summit']],
    ['Analysts see a potential new summit between Dorn and Ortiz.', []],
    // A subject the article does not make a leader meets a leader: mixed rank.
    ['On June 4, Shoigu also held a meeting with Kim in Pyongyang.', ['meeting']],
    [
      'Prior to that, on March 21, Shoigu conveyed during a meeting with Kim that Putin was pleased.',
      ['meeting'],
    ],
    ['On Wednesday, Kim met Putin in Vladivostok.', ['summit']],
    // A party's general secretary leads the state; a secretary of its committee does not.
    [
      'Kim, general secretary of the Workers’ Party, had talks with Putin, president of Varnia, on June 19.',
      ['summit'],
    ],
    [
      'Kim, a secretary of the Workers’ Party committee, had talks with Putin, president of Varnia, on June 19.',
      ['meeting'],
    ],
    // A when-clause restating a trip's time: the summit is that trip (R3).
    ['It was his first trip since his visit in July 2000, when he held a summit with Kim.', []],
    [
      "Peskov was asked by a reporter about whether a visit to Varnia by Kim was discussed when Varnia's Security Council Secretary Shoigu met Kim.",
      ['meeting'],
    ],
    // Coordinated others do not lower the rank of the meeting's own sides.
    [
      'Kim had talks with President Putin as well as conversations with governors and officials.',
      ['summit'],
    ],
    // A multilateral gathering is an occasion attended, not a summit of two sides.
    ['Fenn represented Varnia at this week’s Asia-Africa summit in Jakarta.', []],
    ['Dorn travels on to Japan for a Group of Eight summit this weekend.', []],
    ['Kim and Putin held a summit in Vladivostok.', ['summit']],
    // A meeting that "could take place" is imagined.
    ['"A bilateral meeting with President Putin could also take place," Fenn said.', []],
    // A meeting still to come that a trip is made ahead of.
    ['Kim has arrived in Varnia ahead of a meeting with Putin.', []],
    ['The envoy arrived earlier Thursday, ahead of a landmark summit between Kim and Dorn.', []],
    // The purpose of a trip made is not a meeting held.
    ['Shoigu, on behalf of Putin, arrived in Pyongyang to meet with Kim.', []],
    ['Lavrov would travel to Pyongyang next month to meet his counterpart.', ['meeting']],
    ['A possible meeting between the two ministers was not ruled out.', []],
    ['The two leaders met at 7:09 a.m. Moscow time.', ['summit']],
    ['Kang Sun Nam greeting Sergei Shoigu upon his arrival at the airport.', ['meeting']],
    ['Lavrov also met with the North Korean counterpart, Choe Son-hui.', ['meeting']],
    [
      'During a meeting of the Victory Organizing Committee chaired by President Putin, the minister spoke.',
      [],
    ],
    ['The two leaders could meet in Russia next month.', []],
    ['Russia received a positive signal from the North.', []],
    ['Kremlin Press Secretary Dmitry Peskov said that Putin and Kim will hold talks.', ['summit']],
    ['Putin, N. Korean leader meet', ['summit']],
    ['N. Korean leader welcomed by Russian officials in border station', ['meeting']],
    ['We hope to coordinate the time, date and agenda of the meeting.', []],
    ['This could facilitate a return to six-party talks on nuclear disarmament.', []],
    ['Kim Jong Un speaks during the 5th meeting of training officers.', []],
    ['Kim Jong Un received Foreign Minister Sergey Lavrov in Pyongyang.', ['meeting']],
    ['Kim left aboard a special train bound for Russia and a summit with Putin.', []],
    [
      'British Prime Minister Rishi Sunak and French President Emmanuel Macron held talks on Wednesday.',
      ['summit'],
    ],
    ['President Xi is also expected to receive Lavrov on Wednesday.', ['meeting']],
    ['It is not yet clear whether Zelenskyy will meet the House speaker during the trip.', []],
    ['Putin could use the trip, although no meeting with Macron has been announced.', []],
    [
      'Macron met Ortiz Tuesday and was told of her talks with Foreign Minister Jean Dufour earlier in the day.',
      ['meeting', 'meeting'],
    ],
    ['Foreign Minister Jean Dufour met Ortiz and held talks with Minister Dufour.', ['meeting']],
    ['The premier received an invitation from the king to hold talks in Brum.', []],
    ['Envoy Ana Fenn and Foreign Minister Ivo Cedar discussed trade and security.', ['meeting']],
    ['Minister Ivo Cedar discussed the crisis with his counterpart Ana Fenn.', ['meeting']],
    ['The cabinet discussed the budget.', []],
    ['Varnian, Ardenian Leaders Meet in Brum', ['summit']],
    ['The two sides are choosing between Brum and Arden as the meeting location.', []],
    ['The king has received a “valid” invitation to visit Varnia.', []],
    ['Putin and Kim embraced in the Kremlin on Saturday.', ['summit']],
    [
      'Kim arrived at the invitation of Medvedev, with the two leaders expected to meet later in the week to discuss the restart of nuclear disarmament talks.',
      ['summit'],
    ],
    ['The envoy urged a return to nuclear disarmament talks.', []],
    ['Putin is scheduled to meet his Belarusian counterpart Ivo Cedar on Friday.', ['summit']],
    ['Minister Ana Fenn is scheduled to meet her Varnian counterpart on Friday.', ['meeting']],
    [
      "During Dorn's latest meeting with Kim, he handed the leader a letter from Putin.",
      ['meeting'],
    ],
    ['The visit comes on the heels of a breakthrough summit in June between the two kings.', []],
    // Talks to be held are a meeting; a wish to hold them, or talk about one, is not.
    ['The sides, in particular, will discuss prospects for a settlement.', ['meeting']],
    // Hosting a person is meeting them; hosting an event is not.
    ['Kim will host President Putin in Brum on Friday.', ['summit']],
    ['Brum will host the Olympic Games in 2036.', []],
    ['The two presidents met for about four hours at the estate.', ['summit']],
    // Who tells of the talks after them is no side of them.
    [
      'Kim and Putin will hold talks on trade, palace spokesman Ivo Cedar told reporters.',
      ['summit'],
    ],
    ['The two leaders are due to discuss plans to link the railways.', ['summit']],
    ['The sides will discuss prospects for a settlement.', ['meeting']],
    ['The diplomats are expected to discuss mutual visits by their leaders.', ['meeting']],
    ['Officials said Kim wanted to discuss weapons with Putin.', []],
    ['Putin said he would discuss the summit with his Chinese counterparts.', ['summit']],
    // Entering talks is joining a negotiation, not a meeting held.
    ['North Korea entered talks with the US earlier this year.', []],
    // The one quoted is not a side: "quoted X as saying" is looked past like "X said".
    [
      'Agencies quoted Kremlin spokesperson Dmitry Peskov as saying the two leaders would meet after the forum.',
      ['summit'],
    ],
    // A meeting set for a time is held then, however it is prepared.
    ['Kim Jong Un prepares to meet Putin on Friday.', ['summit']],
    ['Officials are preparing to meet the delegation.', []],
  ])('%s', (text, kinds) => {
    expect(meetingRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });

  // In a story about a summit, a leader talking with someone untitled is still mixed rank.
  it.each<[string, string[]]>([
    ['State media said Kim and Dorn discussed various issues.', ['meeting']],
    ['Putin and Dorn held talks in the capital.', ['meeting']],
    ['Putin and Kim held talks in the capital.', ['summit']],
    ['The talks lasted three hours.', ['summit']],
  ])('in a summit story: %s', (text, kinds) => {
    // Nobody here is in the article's index of people (no title, no full name).
    const story = { ...input(text), summitStory: true, isPerson: () => false };
    expect(meetingRule.find(story).map((h) => h.kind)).toEqual(kinds);
  });

  // A pronoun subject stands for the person named before it; the article's leaders rank it.
  it.each<[string | null, string, string[]]>([
    ['Kim Jong Un', 'He met with Putin in Vladivostok on August 23.', ['summit']],
    ['Kim Jong Un', 'While in Moscow, he held talks with Putin.', ['summit']],
    // An opening subordinate clause ends at its comma: the official after it is not a side.
    [
      'Kim Jong Un',
      'As he prepares to meet Putin on Friday, a top official is lashing out at Moscow.',
      ['summit'],
    ],
    ['Sergei Dorn', 'He met with Putin in Vladivostok on August 23.', ['meeting']],
    // The antecedent is the other side itself: nobody else is said to be there.
    ['Vladimir Putin', 'He met with Putin in Vladivostok on August 23.', ['meeting']],
    [null, 'He met with Putin in Vladivostok on August 23.', ['meeting']],
  ])('"he" standing for %s: %s', (antecedent, text, kinds) => {
    const found = meetingRule.find({ ...input(text), antecedent: () => antecedent });
    expect(found.map((h) => h.kind)).toEqual(kinds);
  });

  // A side the article never titles anywhere is too well known to need it: a leader's peer.
  it.each<[string, string[]]>([
    ['Ivo Dorn met Russian President Vladimir Putin in Moscow.', ['summit']],
    ['In Moscow, Kim held talks with Ivo Dorn.', ['summit']],
  ])('a bare name meeting a leader: %s', (text, kinds) => {
    const bare = { ...input(text), isUntitled: (n: string) => n.startsWith('Ivo Dorn') };
    expect(meetingRule.find(bare).map((h) => h.kind)).toEqual(kinds);
    // Titled elsewhere in the article, the same name is an official: mixed rank.
    expect(meetingRule.find(input(text)).map((h) => h.kind)).toEqual(['meeting']);
  });

  it('ranks a "he" the article titles below a leader as mixed rank, even in a summit story', () => {
    const text = 'During the trip, he is scheduled to meet with North Korean leader Kim Jong Un.';
    const story = {
      ...input(text),
      summitStory: true,
      isPerson: (n: string) => /\b(?:Dorn|Kim|Putin)\b/.test(n),
      antecedent: () => 'Sergei Dorn',
    };
    expect(meetingRule.find(story).map((h) => h.kind)).toEqual(['meeting']);
    const leader = { ...story, antecedent: () => 'Vladimir Putin' };
    expect(meetingRule.find(leader).map((h) => h.kind)).toEqual(['summit']);
  });
});
