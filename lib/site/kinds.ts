import type { EventKind } from '@/lib/types';

/** Reader-facing names of the event kinds, in legend order. */
export const KIND_LABELS: Record<EventKind, string> = {
  invitation: 'Invitation',
  confirmation: 'Confirmation',
  announcement: 'Announcement',
  speculation: 'Speculation',
  visit: 'Visit',
  summit: 'Summit',
  meeting: 'Meeting',
  agreement: 'Agreement',
};

/** CSS class carrying a kind's colours (defined in app/globals.css). */
export function kindClass(kind: string): string {
  return `kind-${kind.replace(/[^a-z-]/g, '')}`;
}

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}
