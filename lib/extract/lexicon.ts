/**
 * Small word tables the kind rules share. They describe English news prose about diplomacy in
 * general; nothing here names a particular story, person or country.
 */

/** Words that put a happening in the future or make it a plan. */
export const FUTURE =
  /\b(?:will|shall|would|is to|are to|to be held|upcoming|coming days|next (?:week|month|year)|is (?:set|due|scheduled|expected|slated) to|are (?:set|due|scheduled|expected|slated) to|scheduled)\b|['’]ll\b/i;

/** "comes (just days) after", "on the heels of", "in the wake of": placed by another happening. */
export const COMES_AFTER =
  /\b(?:(?:comes?|came|coming)\s+(?:\w+\s+){0,3}after|on the heels of|in the wake of)\b/i;

/** How long one happening came after another: "days after", "shortly before", "two weeks after". */
export const TIME_GAP =
  '(?:just|only|shortly|soon|days|weeks|months|hours|(?:two|three|four|five|several|a few)\\s+(?:days|weeks|months))';

/**
 * Verbs that relate a happening to another ("the visit coincides with", "his trip comes as"):
 * the happening they start from is taken as real.
 */
export const RELATES_TO = new RegExp(
  `\\b(?:(?:also\\s+)?(?:comes?|came|coincides?|coincided|follows?|followed|marks?|marked|precedes?|preceded)\\s+(?:${TIME_GAP}\\s+)?(?:as|amid|with|after|before|a|an|the|his|her|their)|(?:is|was)\\s+the\\s+(?:latest|first|second|third|last)\\b)`,
  'i',
);

/** Headline style, "Putin to sign treaty during North Korea visit": "X to do" is "X will do". */
export const HEADLINE_PLAN =
  /^(?:[A-Z][\w'’.-]*\s+){1,5}to\s+(?:visit|sign|meet|hold|attend|travel|go|make|pay|host)\b/;

/** Words that make a happening possible rather than decided (R2: hedged plans). */
export const HEDGE =
  /\b(?:(?<!\b(?:in|of|on|since|until|by|early|late|mid|next|last|this|coming)[\s-])may(?!\s+\d)|might|could|possibl[ey]|possibility|potential|speculat\w*|prospect|likely|plans? to|planning to|planned|intends? to|hopes? (?:to|that)|expressed hope|considering|consider|would like to|believe|expected \w+ to go|rumou?r\w*)\b/i;

/** Negations that cancel a happening in the same clause. */
export const NEGATION =
  /\b(?:not|never|no longer|neither|nor|without|won['’]t|didn['’]t|hasn['’]t|haven['’]t|isn['’]t|wasn['’]t)\b/i;

/** Reporting verbs: someone states something. */
export const REPORTING =
  /\b(?:said|says|say|stated|states|told|tells|announced|announces|added|adds|noted|emphasi[sz]ed|stressed|indicated|indicates|reported|reports|replied|declared|confirmed|according to|quoted as saying|posted|wrote|explained|commented|revealed|reveals|disclosed|signals?|signalled|signaled)\b/i;

/** Travel to another country: the verbs and nouns of a visit. */
export const VISIT_WORDS =
  /\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|led|ed|ling|ing)?|journey|arriv(?:e|es|ed|ing|al)|landed|touched down|left (?=for |[A-Z])|crossed (?:into|the border)|come to|came to|coming to|go to|went to|returns? (?:home|to)|returned|on (?:his|her|their|its) way (?:back|to)|rumbled|pay a visit|paid a visit)\b/i;

/** Meeting words: talks between people. */
export const MEET_WORDS =
  /\b(?:met|meet|meets|meeting|meetings|talks|summit|summits|held discussions|shook hands|shaking hands|greeted|greeting|welcomed|welcomes|received|receive|dinner with|one-on-one|tête-à-tête)\b/i;

/** Titles that mark a head of state or government (a summit needs one on each side). */
/**
 * "Chairman Kim Jong Il of the National Defence Commission": a chair whose body makes its holder
 * head of state, the title split around the name.
 */
export const HEAD_OF_STATE_BODIES =
  /^\s+of\s+the\s+(?:National Defen[cs]e Commission|State Affairs Commission|Presidium of the Supreme People['’]s Assembly)\b/i;

/**
 * Multilateral gatherings: their summits are occasions a leader attends, not two sides meeting
 * ("this week's Asia-Africa summit", "a Group of Eight summit").
 */
export const MULTILATERAL_BEFORE =
  /\b(?:G-?\d{1,2}|Group of (?:Seven|Eight|Twenty|7|8|20)|APEC|ASEAN|BRICS|SCO|NATO|EU|EAS|OSCE|Asia-Africa|Asian-African|Asia-Pacific|East Asia|Nuclear Security|Arab League|African Union|UN|United Nations|Commonwealth|Shanghai Cooperation Organi[sz]ation|Asia-Pacific Economic Cooperation)\s+(?:[A-Z][\w-]*\s+)?$/;

export const LEADER_TITLES =
  /\b(?:president|leader|prime minister|premier|general secretary|chancellor|king|queen|emperor|chairman of state affairs|chairman of the (?:state affairs|national defen[cs]e) commission|supreme leader|head of state|sultan|emir|monarch)\b/i;

/** Events a guest attends: an occasion for a visit. */
export const OCCASIONS =
  /\b(?:celebrations?|parade|ceremony|anniversary|forum|summit|festival|games|olympics|conference|inauguration|funeral|commemorat\w+|victory day|expo|congress)\b/i;

/** Bodies whose meetings are domestic business (a committee briefing, a cabinet session). */
export const DOMESTIC_BODIES =
  /\b(?:meeting|session) (?:of|with) (?:the |a |an )?(?:[\w'’]+ ){0,4}(?:committee|council|assembly|parliament|cabinet|board|commission|politburo|presidium|caucus|party congress)\b/i;

/** Negotiation formats that are not one meeting of people ("six-party talks"). */
export const FORMAT_TALKS = /\b(?:\w+-party|multilateral|peace|nuclear|disarmament|trade) talks\b/i;

/** Counterfactual or first-time remarks about a trip (R7): "would have been his first trip abroad". */
export const COUNTERFACTUAL =
  /\bwould have\b|\b(?:would be|would have been) (?:his|her|their|its) first\b|\bfirst (?:foreign|overseas) (?:trip|visit)\b/i;

/** People moved as a body (a deployment, labour, study): their arrival is no official visit. */
export const DEPLOYED =
  /\b(?:troops|soldiers|servicemen|forces|units|battalions|workers|labou?rers|tourists|students|refugees|migrants)\b/i;
