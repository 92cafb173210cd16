import { FORMAT_TALKS, OCCASIONS } from '../lexicon';
import type { Hit, KindRule } from './types';

// A possible, unconfirmed time or occasion for a visit or meeting.
const POSSIBLE =
  /\b(?:(?<!\b(?:in|of|on|since|until|by|early|late|mid|next|last|this|coming)[\s-])may(?!\s+\d)|might|could|possibly|possibility|potential|speculat\w*|prospect|plans? to (?:travel|visit|go|meet|come)|expected \w+ to (?:go|visit|travel|come)|(?:believe[sd]?|think|suspect)\s+(?:that\s+)?(?:the|a|this|their)\s+(?:meeting|talks|visit|trip)\s+(?:was|were|is|are)\s+(?:meant\s+|intended\s+)?to\s+(?:plan|prepare|arrange|pave)|probably|(?:more |most )?likely)\b/gi;
// Most sentences hedge nothing: one cheap test before the sentence-wide scans.
const ANY_POSSIBLE = new RegExp(POSSIBLE.source, 'i');
// A possible trip to a named place ("could possibly go to Moscow"), dated elsewhere if at all.
const TO_PLACE = /\b(?:go|goes|travel|travels|come|visit)\b[^.;]{0,60}?\b(?:to\s+)?[A-Z][a-z]+/;
const KNOWN_TRIP = /\b(?:the|this|his|her|their) (?:trip|visit|tour)\b/i;
const HAPPENING =
  /\b(?:visit\w*|travel\w*|trip|go|come|arriv\w*|take place|be held|meet|meeting|summit|talks|attend\w*|occasion)\b/i;

// "said that South Korea's spy agency expected Kim to go": whose expectation it is, when a
// reported statement names a holder of its own.
const HOLDER =
  /\bthat\s+((?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?(?:agency|service|intelligence|officials?|government|ministry|analysts|experts|sources))\s+$/;

/** Someone puts forward a possible time or occasion for a visit or meeting. */
export const speculationRule: KindRule = {
  name: 'speculation',
  find(input) {
    // Whether the sentence has times is asked only where it decides (see SentenceInput).
    const { text, reported } = input;
    // "Speculation that he will visit ... was confirmed": the speculation is over.
    if (!ANY_POSSIBLE.test(text)) return [];
    if (/\bspeculat\w*\b.*\b(?:was|were|has been|have been) confirmed\b/i.test(text)) return [];
    if (FORMAT_TALKS.test(text)) return [];
    for (const m of text.matchAll(POSSIBLE)) {
      const at = m.index ?? 0;
      // An official's "potential visit" is a statement about a plan (announcement), not a speculated date.
      if (reported && /^(?:potential|possible|possibility|possibly)$/i.test(m[0])) continue;
      const rest = text.slice(at);
      // "a meeting is more likely in September": with "likely" the happening may come first.
      const before = /likely$/i.test(m[0]) ? text.slice(Math.max(0, at - 60), at) : '';
      if (!HAPPENING.test(rest) && !HAPPENING.test(before)) continue;
      // Without a time or an occasion the hedge is vague talk, not a speculated date.
      // "could use the trip to meet Scholz": a trip already told is the occasion put forward.
      if (!OCCASIONS.test(text) && !TO_PLACE.test(text) && !KNOWN_TRIP.test(rest) && !input.hasTime)
        continue;
      if (/\bsome time soon|foreseeable future|near future\b/i.test(rest) && !input.hasTime)
        continue;
      const holder = HOLDER.exec(text.slice(Math.max(0, at - 80), at));
      const hit: Hit = { kind: 'speculation', at, actor: holder ? holder[1] : null };
      return [hit];
    }
    return [];
  },
};
