import type { DateRange, EventKind, Speaker } from '../types';

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and others`;

/** The fields a summary is written from. */
export interface SummaryInput {
  kind: EventKind;
  speaker: Speaker | null;
  participants: string[];
  place: string | null;
  target: DateRange | null;
}

/**
 * A one-line human title for an event, built from its fields as plain text (never from raw
 * article HTML): "Kim Jong Un visits Moscow", "Russia invites Kim Jong Un",
 * "Summit: Vladimir Putin and Kim Jong Un in Vladivostok".
 */
export function summarize(e: SummaryInput): string {
  const speaker = e.speaker?.name ?? null;
  const who = list(e.participants.filter((p) => p !== speaker).slice(0, 3));
  const at = e.place ? ` in ${e.place}` : '';
  const to = e.place ? ` ${e.place}` : '';
  switch (e.kind) {
    case 'visit':
      return who
        ? `${who} ${e.participants.length > 1 ? 'travel to' : 'visits'}${to || ' abroad'}`
        : `Visit${at}`;
    case 'summit':
      return `Summit${who ? `: ${who}` : ''}${at}`;
    case 'meeting':
      return `Meeting${who ? `: ${who}` : ''}${at}`;
    case 'agreement':
      return `Agreement signed${who ? ` by ${who}` : ''}${at}`;
    case 'invitation':
      return speaker
        ? who
          ? `${speaker} invites ${who}${e.place ? ` to ${e.place}` : ''}`
          : `${speaker} extends an invitation${e.place ? ` to ${e.place}` : ''}`
        : `Invitation${who ? ` to ${who}` : ''}${e.place ? ` to ${e.place}` : ''}`;
    case 'confirmation':
      return `${speaker ? `${speaker} confirms` : 'Confirmed'}${who ? `: ${who}` : ''}${at}`;
    case 'announcement':
      return `${speaker ? `${speaker} announces` : 'Announcement'}${who ? `: ${who}` : ''}${at}`;
    case 'speculation':
      return `Speculation${who ? `: ${who}` : ''}${at}`;
  }
}
