/**
 * Datelines and stamps: "MOSCOW, March 19 (UPI) --", "SEOUL, Sept. 14 (Yonhap) --",
 * "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/.", "Published: 21 May. 2025".
 * They date the article itself, so the year is the one nearest the reference whatever the
 * verbs of the sentence say.
 */
import { makeDay } from './date-math';
import { findDates, resolveDate } from './full-date';
import { span, type Parser, type TimeSpan } from './types';

// What follows a dateline's date: an agency credit, a slash tag, a dash or a colon.
const AFTER = /^\.?\s*(?:\((?:[A-Z][\w .-]*)\)|\/[A-Z][\w ]*\/|--|—|–|:\s|-\s)/;
// What precedes it: a place in capitals (or with a bracketed region) and a comma or period.
const BEFORE = /(?:^|\s)[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][\w.'/-]*)*(?:\s*[[(/][^\])/]*[\])/])?[,.]\s*$/;
const OPENING = 80;
const STAMP = /(?:Published|Updated|Posted|Dated)(?:\s+on)?\s*:?\s*$/i;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;

export const dateline: Parser = {
  kind: 'parser',
  name: 'dateline',
  gate: /\d/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    for (const r of findDates(ctx.text)) {
      const before = ctx.text.slice(Math.max(0, r.start - 80), r.start);
      const after = ctx.text.slice(r.end, r.end + 40);
      // A dateline opens the text (after at most a wire-service prefix); a stamp can be anywhere.
      const opening = r.start < OPENING;
      if (!STAMP.test(before) && !(opening && (AFTER.test(after) || BEFORE.test(before)))) continue;
      const s = resolveDate(ctx, r, 'nearest');
      if (s) out.push(s);
    }
    // ISO stamps ("Updated: 2015-01-22 11:33") are always absolute.
    ISO.lastIndex = 0;
    for (let m = ISO.exec(ctx.text); m; m = ISO.exec(ctx.text)) {
      const iso = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso)
        out.push(
          span(ctx, m.index, m.index + m[0].length, { start: iso, end: iso, precision: 'day' }),
        );
    }
    return out;
  },
};
