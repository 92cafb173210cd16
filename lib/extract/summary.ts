import type { DateRange, EventKind, Speaker } from '../types';

const VERB: Record<EventKind, string> = {
  invitation: 'Invitation',
  confirmation: 'Confirmation',
  announcement: 'Announcement',
  speculation: 'Speculation',
  visit: 'Visit',
  summit: 'Summit',
  meeting: 'Meeting',
  agreement: 'Agreement',
};

const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and others`;

/** A one-line human title for an event, built from its fields (never from raw article HTML). */
export function summarize(e: {
  kind: EventKind;
  speaker: Speaker | null;
  participants: string[];
  place: string | null;
  target: DateRange | null;
}): string {
  const who = e.participants.filter((p) => p !== e.speaker?.name).slice(0, 3);
  const parts: string[] = [VERB[e.kind]];
  if (['invitation', 'confirmation', 'announcement'].includes(e.kind) && e.speaker)
    parts.push(`by ${e.speaker.name}`);
  if (who.length)
    parts.push(
      e.kind === 'visit'
        ? `by ${list(who)}`
        : `${['summit', 'meeting'].includes(e.kind) ? 'of' : 'on'} ${list(who)}`,
    );
  if (e.place) parts.push(e.kind === 'visit' ? `to ${e.place}` : `in ${e.place}`);
  return parts.join(' ');
}
