import { agreementRule } from './agreement';
import { announcementRule } from './announcement';
import { confirmationRule } from './confirmation';
import { invitationRule } from './invitation';
import { meetingRule } from './meeting';
import { speculationRule } from './speculation';
import { visitRule } from './visit';
import type { Hit, KindRule, RuleInput } from './types';

export type { Hit, KindRule, RuleInput } from './types';

/**
 * The kind rules, in the order their hits are listed for a sentence. Order matters only where a
 * later rule defers to an earlier one: a sentence that confirms or speculates is not also a plain
 * announcement (see `resolveHits`).
 */
export const KIND_RULES: readonly KindRule[] = [
  invitationRule,
  confirmationRule,
  speculationRule,
  announcementRule,
  visitRule,
  meetingRule,
  agreementRule,
];

/** Runs every rule over one sentence and settles the overlaps between their hits. */
export function findHits(input: RuleInput): Hit[] {
  const hits = KIND_RULES.flatMap((rule) => rule.find(input));
  const has = (kind: string) => hits.some((h) => h.kind === kind);
  return hits.filter((h) => {
    // A confirmation of a visit already states it; the same words are not also an announcement.
    if (
      h.kind === 'announcement' &&
      has('confirmation') &&
      !/\b(?:not|declined|snubbed)\b/i.test(input.text)
    )
      return false;
    // A speculated visit is the speculation; the visit itself is not yet a happening (R2).
    if (h.kind === 'visit' && has('speculation')) return false;
    if (h.kind === 'announcement' && has('speculation') && !input.reported) return false;
    return true;
  });
}
