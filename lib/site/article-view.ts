import type { Story } from '@/lib/story';
import type { EventKind } from '@/lib/types';
import { physicalLines } from '@/lib/extract/sentences';
import { sentencesOf } from './view';

/** A piece of an article paragraph: plain text between sentences, or an addressable sentence. */
export type Piece =
  | { text: string; sentence?: undefined }
  | {
      text: string;
      sentence: number;
      events: Array<{ id: string; kind: EventKind; summary: string }>;
    };

/**
 * The article body as paragraphs of pieces, every sentence numbered as splitSentences numbers
 * it and carrying the events sourced to it. Text only: the page renders it with React.
 */
export function articlePieces(story: Story, slug: string): Piece[][] {
  const body = story.bodies.get(slug)?.body ?? '';
  const sentences = sentencesOf(story, slug);
  const events = new Map<number, Array<{ id: string; kind: EventKind; summary: string }>>();
  for (const e of story.events) {
    for (const s of e.sources) {
      if (s.article !== slug) continue;
      const hit = sentences.find((x) => x.start <= s.start && s.start < x.end);
      if (!hit) continue;
      const list = events.get(hit.index) ?? [];
      if (!list.some((x) => x.id === e.id))
        list.push({ id: e.id, kind: e.kind, summary: e.summary });
      events.set(hit.index, list);
    }
  }
  const paragraphs: Piece[][] = [];
  let lineStart = 0;
  let next = 0;
  // Lines as the sentence splitter reads them: a sentence the page wrapped is one paragraph.
  for (const line of physicalLines(body)) {
    const lineEnd = lineStart + line.length;
    const pieces: Piece[] = [];
    let at = lineStart;
    while (next < sentences.length && sentences[next].start < lineEnd) {
      const s = sentences[next++];
      if (s.start > at) pieces.push({ text: body.slice(at, s.start) });
      pieces.push({ text: s.text, sentence: s.index, events: events.get(s.index) ?? [] });
      at = s.end;
    }
    if (at < lineEnd) pieces.push({ text: body.slice(at, lineEnd) });
    if (line.trim()) paragraphs.push(pieces);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
