import { describe, expect, it } from 'vitest';
import type { Article } from '../content/schema';
import { extractArticle } from './index';

/**
 * Whole sentences through the whole extractor, about invented people and places, in an article
 * published on Friday 14 March 2031. Each case lists what a reader expects: kind, date (start
 * and precision) and speaker, in the order the mentions come.
 */
const article = (body: string): Article => ({
  slug: 'article-cases',
  title: 'Article cases',
  outlet: 'Test Wire',
  date: '2031-03-14',
  url: null,
  authors: [],
  body,
});

const read = (body: string) =>
  extractArticle(article(body)).map(
    (m) => `${m.kind} ${m.date.start}/${m.date.precision} ${m.speaker?.name ?? '-'}`,
  );

describe('whole sentences', () => {
  it.each<[string, string, string[]]>([
    [
      'the guest’s own side stating the trip at the host’s invitation confirms it',
      '"French President Tom Alder will pay a visit to Japan at the invitation of Prime Minister Ivo Cedar," the French Foreign Ministry said on Thursday.',
      [
        'invitation 2031-03-14/unknown French Foreign Ministry',
        'confirmation 2031-03-13/day French Foreign Ministry',
        'visit 2031-03-14/unknown French Foreign Ministry',
      ],
    ],
    [
      'a government telling its own leader’s next stop announces it',
      'After Japan, French President Tom Alder will visit Chile on March 19-20, the French Foreign Ministry said on Thursday.',
      [
        'announcement 2031-03-13/day French Foreign Ministry',
        'visit 2031-03-19/days French Foreign Ministry',
      ],
    ],
    [
      'two trips of one sentence are two happenings, each with its own time',
      'President Tom Alder arrived in Varnia on Thursday. It is his first trip to Varnia in 24 years, since his visit in July 2007.',
      ['visit 2031-03-13/day -', 'visit 2031-03-13/day -', 'visit 2007-07-01/month -'],
    ],
    [
      'talks told after the fact take the day of these talks, not of an earlier meeting or a plan',
      'President Tom Alder and King Ivo Cedar met in Brum on Thursday. Relations are warm. Trade is growing. Alder told reporters after the talks that he would call Cedar soon. The two leaders met in Arden last November.',
      ['summit 2031-03-13/day -', 'summit 2031-03-13/day Tom Alder', 'summit 2030-11-01/month -'],
    ],
    [
      'a leader who "will be in" a city on given days is a trip then',
      'President Tom Alder will be in Brum from March 22 to 24.',
      ['visit 2031-03-22/days -'],
    ],
    [
      'a plan is dated only by a target still ahead, not by a past postponement',
      'Foreign Minister Ivo Cedar will travel to Brum ahead of the summit, according to Varnian media. The visit was postponed in 2029 because of the war.',
      [
        'announcement 2031-03-14/unknown -',
        'visit 2031-03-14/unknown -',
        'announcement 2031-03-14/unknown -',
        'visit 2029-01-01/year -',
      ],
    ],
    [
      'an invitation told inside a spokesman’s quotation is his to tell',
      'Relations are warm, palace spokesman Ivo Cedar said, adding: “Alder invited Fenn to pay a visit to Varnia.”',
      ['invitation 2031-03-14/unknown Ivo Cedar'],
    ],
    [
      'a dateline before a colon is not a source, and a place before the time is not the inviter',
      'ARDEN: Foreign Minister Ivo Cedar in Brum on Thursday invited President Tom Alder to visit Varnia.',
      ['invitation 2031-03-13/day Ivo Cedar'],
    ],
    [
      'an absolute phrase with "with" takes no tense from the clause before it',
      'Her visit comes amid a flurry of diplomacy to organise next month’s summit, with Foreign Minister Ivo Cedar also meeting envoy Ana Fenn in Brum late Wednesday.',
      ['visit 2031-03-14/unknown -', 'meeting 2031-03-12/day -'],
    ],
    [
      'the visit an invitation asks for is not also an announcement',
      'Foreign Minister Ivo Cedar on Thursday invited President Tom Alder to visit Varnia, officials said.',
      ['invitation 2031-03-13/day officials'],
    ],
    [
      'an outlet that reports citing others is a source, never the speaker',
      'President Tom Alder began his first summit with King Olaf Brand in Brum on Thursday, ZNA reports citing local media.',
      ['summit 2031-03-13/day -'],
    ],
    [
      'a trip a statement says is due is a visit of its own',
      'He is due to depart Brum on Wednesday for a two-day visit to Arden, the ministry said.',
      ['announcement 2031-03-14/unknown ministry', 'visit 2031-03-19/days ministry'],
    ],
    [
      'an aide described by whose aide he is takes the name the article gives him',
      'The king will not come to Brum next month, President Tom Alder’s spokesman announced Thursday.\n' +
        'Alder spokesman Ivo Cedar told reporters that internal matters kept the king at home.',
      ['announcement 2031-03-13/day Ivo Cedar'],
    ],
    [
      'a leader meeting a leader in "the village of X" is a summit (the village is no person)',
      'The king arrives in Brum for a summit with Varnian President Tom Alder\n' +
        'He is expected to meet Alder on Wednesday in the village of Sosna Bor, 50 km from Brum.',
      ['visit 2031-03-14/unknown -', 'summit 2031-03-19/day -'],
    ],
    [
      'an embrace is a meeting, and a document signed at the end of the talks takes their day',
      'BRUM (Wire) - President Tom Alder and King Olaf Brand embraced in the palace on Thursday.\n' +
        'At the end of summit talks, the two leaders signed a declaration on trade.',
      ['summit 2031-03-13/day -', 'summit 2031-03-13/day -', 'agreement 2031-03-13/day -'],
    ],
    [
      'a time after "comes on the heels of" dates the other happening, not this visit',
      'BRUM (Wire) - President Tom Alder began a two-day visit to Varnia today.\n' +
        'The visit comes on the heels of a summit in January between the two kings.',
      ['visit 2031-03-14/days -', 'visit 2031-03-14/days -'],
    ],
    [
      'working to arrange a visit is a statement about it, dated by "revealed" like "said"',
      'Varnia and Arden are working to arrange an official visit to Arden for King Olaf Brand, a top official revealed Thursday.',
      ['announcement 2031-03-13/day top official', 'visit 2031-03-14/unknown top official'],
    ],
    [
      'a time in a passive aside ("where construction was completed in 2009") dates that, not the visit',
      'Photographs showed President Tom Alder’s visit to Varnia, during which he watched a film about the dam, where construction was completed in 2009.',
      ['visit 2031-03-14/unknown -'],
    ],
    [
      'a trip framing a dated act spans its day, and "the invitation" told again by its inviter is that invitation',
      'During his visit to Brum, Varnian President Tom Alder on Thursday invited King Olaf Brand to visit Varnia.\n' +
        'The Varnian leader extended the invitation after holding talks with him in Brum.',
      [
        'invitation 2031-03-13/day Tom Alder',
        'visit 2031-03-13/day -',
        'invitation 2031-03-13/day Tom Alder',
        'summit 2031-03-13/day -',
      ],
    ],
    [
      'a time after "comes just days after" is the other happening’s, a previous visit lends no date, the meeting held on the trip does',
      'Envoy Ana Fenn met King Olaf Brand in Brum on Wednesday.\n' +
        'During her previous visit on January 21, Fenn also met the king.\n' +
        'Fenn’s current trip comes just days after a storm hit the coast on Sunday.',
      [
        'meeting 2031-03-12/day -',
        'visit 2031-01-21/day -',
        'meeting 2031-01-21/day -',
        'visit 2031-03-12/day -',
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('the publisher', () => {
  it('is not its own source when it passes on others’ news', () => {
    const mentions = extractArticle({
      ...article(
        'Envoy Ana Fenn will visit Brum next week, Test Wire reports citing RIA Vostok.\n',
      ),
    });
    expect(mentions.map((m) => m.cited)).toEqual([['RIA Vostok']]);
  });
});

describe('a copy published after the story was filed', () => {
  it('counts relative times from the dateline', () => {
    const body =
      'BRUM, March 12 (Wire) - The upper house of Varnia ratified the treaty yesterday.\n';
    expect(read(body)).toEqual(['agreement 2031-03-11/day -']);
  });

  it('keeps the article’s own date when the dateline is far older (an archive page)', () => {
    const body =
      'BRUM, March 2 (Wire) - The upper house of Varnia ratified the treaty yesterday.\n';
    expect(read(body)).toEqual(['agreement 2031-03-13/day -']);
  });
});

describe('a standfirst printed again as the lede', () => {
  it('is one mention, at the standfirst', () => {
    const body =
      'Presidents Ivo Cedar and Tom Alder have concluded their first summit in Brum\n\n' +
      'BRUM (Wire - 14th March, 2031) Presidents Ivo Cedar and Tom Alder have concluded their first summit in Brum.\n';
    const quotes = extractArticle(article(body)).map((m) => m.source.quote);
    expect(quotes).toEqual([
      'Presidents Ivo Cedar and Tom Alder have concluded their first summit in Brum',
    ]);
  });
});
