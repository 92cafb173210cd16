import { FUTURE } from '../lexicon';
import { actorBefore, type Hit, type KindRule } from './types';

const INVITE = /\binvit(?:e|es|ed|ing|ation|ations)\b/gi;
// An invitation is to visit or attend something, not "invited him to discuss trade".
const TO_VISIT =
  /\b(?:visit|attend|come|trip|travel|participat\w*|take part|celebrat\w*|parade|summit|talks|meet|ceremony|forum|anniversary|send a \w+ delegation)\b|\bto (?:the )?[A-Z][a-z]+/;
// '"Come to Russia," Lavrov told Kim', '"We are waiting for you, come visit us"': a quoted
// imperative to come is an invitation in the speaker's words.
// The verb opens the quotation or one of its clauses: "plans to come to Moscow" is no imperative.
const COME_IMPERATIVE =
  /[“"](?:(?:(?![”"]).){0,120}?(?:[,.!;]\s+|\bplease\s+))?[Cc]ome (?:and )?(?:visit (?:us|me|[A-Z][\w-]+)|to (?:us|[A-Z][\w-]+))/;
// "accepted the invitation" reports the acceptance, not a new invitation.
const ACCEPTED_BEFORE =
  /\b(?:accept(?:s|ed|ing)?|snubbed|declined|rejected|turned down)\s+(?:the |an |its |their |his |her )?(?:(?:[\w-]+\s){0,3})?$/i;
// "X's invitation", "invitation from X", "at the invitation of X": the inviter is named.
const NAMED_INVITER = /(?:[A-Z][\w-]*['’]s?\s+)$|^\w*\s+(?:from|of)\s+(?:\w+\s+){0,3}[A-Z]/;
// "accepted an invitation to visit North Korea from leader Kim", "the invitation extended by
// the North Korean leader": an acceptance that names who invited tells of the invitation too.
const INVITER_NAMED_AFTER =
  /^\s+(?:(?:from|of)\b|(?:to\s+(?:visit|attend|come\s+to)\s+(?:[\w'’-]+\s+){1,3}?)?(?:from|extended\s+by)\s+(?:\w+\s+){0,3}[A-Z])/;
const PASSIVE =
  /^s?[^.;]{0,80}?\b(?:was|were|had been|has been|have been)\s+(?:sent|extended|issued)/;
// "invited him to discuss trade": an invitation to something other than a visit.
const TO_OTHER =
  /^\s+[^.;]{0,60}?\bto\s+(?!visit|attend|come|take part|participate|travel|pay|go\b|send|join|the\b|[A-Z])[a-z]+/;

const CARRIER =
  /\b(?:has |have |had )?(?:extended|sent|issued|made|delivered|handed)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$/;

// "Kim Jong Un's invitation", "the invitation of President Putin": who extended it.
const POSSESSOR = /((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?:[a-z]+\s+)?$/;
const INVITER_AFTER = /^\s+(?:from|of)\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)/;

const COORDINATED = /\band\s+(?:\w+ly\s+)?$/;
const LEADING_NP =
  /^((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+(?:(?:has|had|have|also|\w+ly)\s+)*[a-z]+ed\b/;

/** Someone invites, or has invited, someone to visit or attend. */
export const invitationRule: KindRule = {
  name: 'invitation',
  find({ text }) {
    const visitContext = TO_VISIT.test(text);
    const hits: Hit[] = [];
    for (const m of text.matchAll(INVITE)) {
      const at = m.index ?? 0;
      const before = text.slice(Math.max(0, at - 60), at);
      const after = text.slice(at + m[0].length, at + m[0].length + 120);
      const isVerb = /^invit(?:e|es|ed|ing)$/i.test(m[0]);
      // "He extended the invitation after the talks": an invitation handed over is to visit,
      // whatever the sentence leaves to the one before it.
      const carried = !isVerb && CARRIER.test(before) && !TO_OTHER.test(after);
      if (isVerb ? TO_OTHER.test(after) : !visitContext && !carried) continue;
      if (isVerb && /\binvited to\b/i.test(m[0] + after.slice(0, 4)) && FUTURE.test(before))
        continue;
      if (
        ACCEPTED_BEFORE.test(before) &&
        !NAMED_INVITER.test(before.slice(-25)) &&
        !INVITER_NAMED_AFTER.test(after)
      )
        continue;
      if (
        !isVerb &&
        !NAMED_INVITER.test(before.slice(-25)) &&
        !/^\s*(?:from|of)\s/.test(after) &&
        !INVITER_NAMED_AFTER.test(after) &&
        !PASSIVE.test(after) &&
        !/\b(?:extend\w*|sen[dt]|issu\w*|receiv\w*|ha[sd]|have)\s+(?:an? |the |its |[“"‘]?\w+[”"’]? ){0,2}$/i.test(
          before,
        )
      )
        continue;
      // "Putin extended an invitation": the actor stands before the verb that carries the noun.
      const carrier = isVerb ? null : CARRIER.exec(before);
      const actorAt = isVerb ? at : carrier ? at - before.length + carrier.index : -1;
      // "Belousov visited North Korea ... and personally invited Kim": the subject of the first verb.
      const coordinated =
        isVerb && COORDINATED.test(before) ? LEADING_NP.exec(text)?.[1] : undefined;
      const inviter =
        isVerb || carrier ? null : (POSSESSOR.exec(before) ?? INVITER_AFTER.exec(after))?.[1];
      hits.push({
        kind: 'invitation',
        at,
        actor: inviter ?? (actorAt >= 0 ? actorBefore(text, actorAt) : null) ?? coordinated ?? null,
      });
      break; // one invitation per sentence: several words for one act
    }
    const imperative = hits.length === 0 ? COME_IMPERATIVE.exec(text) : null;
    if (imperative) {
      const at = imperative.index + imperative[0].search(/[Cc]ome /);
      hits.push({ kind: 'invitation', at, actor: null });
    }
    return hits;
  },
};
