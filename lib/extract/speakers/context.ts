import type { Speaker } from '../../types';
import type { Sentence } from '../sentences';
import { isMedia, isSpeakerPhrase } from './noun-phrase';
import type { PeopleIndex } from './people-index';
import { maskQuotes, quoteStates, type QuoteState } from './quotes';
import { isBody, isPerson, resolveName } from './resolve-name';
import { headlineTag, isHeadline, LEDE_WINDOW } from './rules/headline';
import { personForBody } from './rules/institution-to-person';
import { chooseCandidate, type LocalReading } from './rules/local';
import { quoteSources } from './rules/quote-continuation';
import { nameKey } from './names';
import { PRONOUNS } from './lexicon/non-speakers';

/** What the extractor concluded about one sentence. */
export interface Analysis {
  speaker: Speaker | null;
  /** The sentence is attributed to the press only ("CNN reported ..."). */
  media: boolean;
}

/** Per-article state: quote states, and each sentence's reading computed once. */
export interface SpeakerContext {
  people: PeopleIndex;
  quotes: QuoteState[];
  analyse(i: number): Analysis;
}

const NONE: Analysis = { speaker: null, media: false };
const CACHE = new WeakMap<Sentence[], SpeakerContext>();

/** The context for an article's sentences, cached for as long as the array lives. */
export function speakerContext(sentences: Sentence[], people: PeopleIndex): SpeakerContext {
  const cached = CACHE.get(sentences);
  if (cached && cached.people === people) return cached;
  const quotes = quoteStates(sentences);
  const local: (LocalReading | undefined)[] = [];
  const results: (Analysis | undefined)[] = [];
  const busy = new Set<number>();

  const reading = (i: number): LocalReading =>
    (local[i] ??= chooseCandidate(maskQuotes(sentences[i].text, quotes[i].startsInside)));

  function fromHeadline(i: number, own: Analysis): Analysis {
    const tag = headlineTag(sentences[i].text);
    // "Published: 21 May" is a label, not a source.
    if (tag && !isMedia(tag) && !isSpeakerPhrase(tag)) return own;
    if (!own.speaker && !own.media && !tag) return own;
    if (own.media || (tag && isMedia(tag))) return { speaker: null, media: true };
    // A headline sums up its lede: "Kremlin says" is whoever the lede quotes.
    for (let k = i + 1; k < Math.min(sentences.length, i + 1 + LEDE_WINDOW); k++) {
      const lede = ctx.analyse(k);
      if (lede.speaker) return lede;
      if (lede.media) break;
    }
    if (own.speaker) return own;
    return tag && isSpeakerPhrase(tag)
      ? { speaker: resolveName(tag, sentences, i, people), media: false }
      : own;
  }

  // The person a sentence names as its speaker, read from that sentence alone (no pronouns or
  // quotations to follow, so looking ahead cannot loop back).
  function namedSpeaker(k: number): Speaker | null {
    if (k >= sentences.length) return null;
    const phrase = reading(k).chosen?.phrase;
    if (!phrase || PRONOUNS.has(phrase.toLowerCase()) || /^the\s/i.test(phrase)) return null;
    return resolveName(phrase, sentences, k, people);
  }

  function compute(i: number): Analysis {
    const r = reading(i);
    let speaker = r.chosen ? resolveName(r.chosen.phrase, sentences, i, people) : null;
    // A pronoun with nothing to stand for names no one.
    if (speaker && PRONOUNS.has(speaker.name.toLowerCase())) speaker = null;
    let result: Analysis = { speaker, media: r.media };
    // Context rules, in this order: a quotation's speaker is given in its other sentences;
    // a headline defers to its lede; a body defers to the person the next sentence names (R5).
    if (!result.speaker && !result.media) {
      for (const k of quoteSources(sentences, quotes, i)) {
        const other = ctx.analyse(k);
        if (other.speaker || other.media) {
          result = other;
          break;
        }
      }
    }
    if (isHeadline(sentences, i)) result = fromHeadline(i, result);
    else if (r.chosen && !r.chosen.relative && result.speaker && isBody(result.speaker)) {
      const next = namedSpeaker(i + 1);
      const person = next && isPerson(next, people) ? people.byKey.get(nameKey(next.name)) : null;
      const replaced = personForBody(
        result.speaker,
        sentences[i].text,
        next && person ? { speaker: next, person } : null,
      );
      if (replaced) result = { speaker: replaced, media: false };
    }
    return result;
  }

  const ctx: SpeakerContext = {
    people,
    quotes,
    analyse(i: number): Analysis {
      const done = results[i];
      if (done) return done;
      // A sentence met again while it is being read (a quotation's closer whose "he" looks
      // back at the opener) counts as saying nothing; every reading is kept, so an article
      // costs one reading per sentence.
      if (busy.has(i)) return NONE;
      busy.add(i);
      const result = compute(i);
      busy.delete(i);
      results[i] = result;
      return result;
    },
  };
  CACHE.set(sentences, ctx);
  return ctx;
}
