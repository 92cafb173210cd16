import { describe, expect, it } from 'vitest';
import { visitRule } from './visit';
import { input } from './test-helpers';

describe('visitRule', () => {
  it.each<[string, string[]]>([
    ['Kim has visited Russia twice, in 2019 and 2023.', ['visit']],
    ['North Korean leader Kim Jong Un will visit Russia in the coming days.', ['visit']],
    ["Russia's defence minister has arrived in North Korea.", ['visit']],
    ['Kim left Russia on Wednesday after talks with Medvedev.', ['visit']],
    ['Reports said Kim appeared to have left aboard a special train bound for Russia.', ['visit']],
    ['The minister left the room before the vote.', []],
    // A headline's present tense and "is in X for talks" tell a trip under way.
    ['Varnian defense minister visits Arden to talk with military leaders', ['visit']],
    ['Defense Minister Ivo Cedar is in Arden for talks with its military leaders', ['visit']],
    ['Ivo Cedar is in Arden as a student.', []],
    ['President Dorn expected in Brum for talks with the king next month', ['visit']],
    ['A decision is expected in October.', []],
    ['President Dorn will be in Brum from October 22 to 24.', ['visit']],
    ['The results will be in May.', []],
    ['The envoy will be in charge of trade.', []],
    ['A decision is expected in coming weeks.', []],
    ['He has not made a visit to a foreign country since taking power.', []],
    ['Close neighbours constantly exchange visits at the highest levels.', []],
    ['Kim plans to travel to Russia this month.', []],
    ['He also visited key military and technology sites.', []],
    ['The last meeting between Putin and Kim occurred in 2019, when Kim arrived on his train.', []],
    ['The leader will come to an unspecified location in the coming days.', ['visit']],
    ['Kim left behind a message.', []],
    ['The trip would have been his first overseas since he took power in 2011.', []],
    ['"Come to Varnia, we will be very happy to see you," the minister told the king.', []],
    ['The accord calls on each side to come to the other’s aid in case of attack.', []],
    ['The general came to power in a coup.', []],
    ['Officials said soldiers who arrived in Varnia for training had moved to the front.', []],
    ['Dorn to sign trade pact with Ortiz during Varnia visit', ['visit']],
    ['Analysts expect a deal during a Varnia visit', []],
    ['Varnia sends special envoy to Arden', ['visit']],
    ['The ministry sent a letter to Brum.', []],
    // A visit the sentence starts from and relates to something else is taken as real.
    ["Dorn's visit also comes as Brum inaugurates a new president.", ['visit']],
    ['The security chief’s latest visit to Brum coincides with the harvest festival.', ['visit']],
    ['His trip is the latest in a series of high-level exchanges.', ['visit']],
    ["Dorn's visit will focus on trade.", []],
    ['The plane carrying Dorn touched down at Brum airport at 2:22 a.m.', ['visit']],
    // A second trip of the sentence with a time of its own.
    [
      'Dorn paid an official visit to Brum from August 4 to 5 and paid an unofficial visit to St. Arden on August 6 and 7.',
      ['visit', 'visit'],
    ],
    ['It is his first trip to Brum in 24 years, since his visit in July 2000.', ['visit', 'visit']],
    ['It is his first trip to Brum since his visit.', ['visit']],
    // A trip told as coming after another names that other trip too.
    [
      "Cedar's visit to Brum comes after President Tom Alder's state visit to the country in June.",
      ['visit', 'visit'],
    ],
    ["Dorn's comments follow a visit to Brum by Secretary of State Ana Fenn.", ['visit']],
    ['The visit came days after the king met a delegation from Arden.', ['visit']],
    ['The comments follow a decision on trade.', []],
    // "paid a visit" with any one or two words of kind: "a study trip", "a three-day state visit".
    ['Ivo Cedar paid a study trip to Arden.', ['visit']],
    ['The king paid tribute to the veterans of Arden.', []],
    // A trip being prepared is the topic of a statement, not yet a happening.
    ['Varnia is preparing to welcome King Ortiz for a visit this year, Brum said.', []],
    ['They are at the “preparatory stage” for Ortiz’s visit to Varnia in May.', []],
    ['A visit also comes with security costs.', []],
  ])('%s', (text, kinds) => {
    expect(visitRule.find(input(text)).map((h) => h.kind)).toEqual(kinds);
  });
});
