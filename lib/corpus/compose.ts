import { recast } from './cast';
import type { Rng } from './prng';
import { shiftDates } from './shift-dates';
import type { SourcePool } from './source-pool';
import type { Story } from './story-plan';

/** Body sizes in bytes, like the real articles (about 1–3.5 KB). */
export const BODY_BYTES = { min: 1000, max: 4000 };

interface Piece {
  text: string;
  /** Source paragraph; fillers get a paragraph of their own. */
  paragraph: number;
}

/** Applies the story's day and cast to one real sentence. */
export function retell(text: string, ref: string, story: Story): string {
  return shiftDates(recast(text, story.cast), ref, story.shift);
}

const bytes = (pieces: Piece[]) => pieces.reduce((n, p) => n + Buffer.byteLength(p.text) + 1, 0);

/**
 * Writes one article body for a story: the source's lead, most of its other sentences in their
 * order, and date-free filler sentences from other articles until the body reaches a drawn size.
 */
export function composeBody(story: Story, pool: SourcePool, rng: Rng): string {
  const { source } = story;
  const keep = 0.55 + rng.next() * 0.4;
  const pieces: Piece[] = source.sentences
    .filter((_, i) => i === 0 || rng.chance(keep))
    .map((s) => ({ text: retell(s.text, source.date, story), paragraph: s.paragraph }));
  const target = rng.int(BODY_BYTES.min + 200, BODY_BYTES.max - 400);
  let extra = -1;
  while (bytes(pieces) < target && pool.fillers.length > 0) {
    const text = retell(rng.pick(pool.fillers), source.date, story);
    pieces.splice(rng.int(1, pieces.length), 0, { text, paragraph: extra-- });
  }
  while (bytes(pieces) > BODY_BYTES.max && pieces.length > 1)
    pieces.splice(rng.int(1, pieces.length - 1), 1);
  let body = '';
  pieces.forEach((p, i) => {
    if (i > 0) body += p.paragraph === pieces[i - 1].paragraph ? ' ' : '\n\n';
    body += p.text;
  });
  return body + '\n';
}
