/**
 * Years: "in 2019", "since 2002", "in late 2011", "(1950-1953)", "(1950-53)", "between 2001 and
 * 2003", "the 2019 summit",
 * lists "in 2019 and 2023" (one span each). A bare four-digit number is a year only after a
 * cue word or when it stands alone before punctuation, so "2000 troops" and "$2019" are not.
 */
import { yearRange } from './date-math';
import { span, type Parser, type TimeSpan } from './types';

const YEAR = /\b((?:19|20)\d{2})\b(?:\s*[-–]\s*((?:19|20)?\d{2})\b)?/g;
// "the 2019 summit", "the 2018 Singapore summit": a year naming a happening.
const DETERMINER = /\b(?:the|a|an|its|their|his|her|our)\s+$|['’]s\s+$/i;
const EVENT_AFTER =
  /^\s+(?:[A-Z][\w.-]+\s+)*(?:summit|visit|trip|meeting|talks|election|elections|war|crisis|agreement|treaty|deal|invasion|parade|forum|games|olympics|world\s+cup|pact|declaration|accord|visits|uprising|revolution|coup)\b/i;
const STRONG_CUE =
  /\b(?:in|since|until|till|by|from|during|before|after|early|late|mid|around|through|throughout|between|of|for|year|end|start|beginning|spring|summer|autumn|fall|winter)\s*-?\s*$/i;
const LIST_CUE = /^\s*(?:,|and|or|to|&)\s*$/;
const UNIT_AFTER =
  /^\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|km|kilomet|miles|meters|metres|tons|tonnes|dollars|won|rubles|roubles|yuan|euros|units|feet|inhabitants|residents|students|workers|cases|votes|seats|times)\b/;
const STANDS_ALONE = /^(?:\s*[.,;:)\]]|\s*$|['’]s\b)/;

export const year: Parser = {
  kind: 'parser',
  name: 'year',
  gate: /\d{4}/,
  parse(ctx) {
    const out: TimeSpan[] = [];
    let previousEnd = -1;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(ctx.text); m; m = YEAR.exec(ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 16), start);
      const after = ctx.text.slice(end, end + 12);
      if (/[$€£¥#№]\s*$|\d[.,]?$|[Nn]o\.?\s*$|Article\s+$/.test(before)) continue;
      if (/^[.,]\d|^\s*(?::\d|[ap]\.m\.)/.test(after)) continue;
      const listed = previousEnd >= 0 && LIST_CUE.test(ctx.text.slice(previousEnd, start));
      const cued =
        STRONG_CUE.test(before) ||
        /\($/.test(before) ||
        (DETERMINER.test(before) && EVENT_AFTER.test(ctx.text.slice(end, end + 60)));
      if (
        !listed &&
        !(cued && !UNIT_AFTER.test(after)) &&
        !(STANDS_ALONE.test(after) && !/\d\s*$/.test(before))
      ) {
        continue;
      }
      const first = Number(m[1]);
      // "1950-53": the second year in the first one's century.
      let last = !m[2]
        ? first
        : m[2].length === 2
          ? Math.floor(first / 100) * 100 + Number(m[2])
          : Number(m[2]);
      let spanEnd = end;
      // "between 2001 and 2003", "from 2001 to 2003": one span over both.
      const pair = /^(\s+(?:and|to|until|through)\s+((?:19|20)\d{2}))\b/.exec(ctx.text.slice(end));
      if (!m[2] && pair && /\b(?:between|from)\s+$/i.test(before)) {
        last = Number(pair[2]);
        spanEnd = end + pair[1].length;
        YEAR.lastIndex = spanEnd;
      }
      if (last < first) continue;
      out.push(span(ctx, start, spanEnd, { ...yearRange(first, last), precision: 'year' }));
      previousEnd = spanEnd;
    }
    return out;
  },
};
