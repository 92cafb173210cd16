/**
 * Word lists for tense.ts: the few words English news uses to mark tense, and the words that
 * look like markers but are not.
 */

export const MODALS = new Set([
  'will',
  'would',
  'could',
  'might',
  'shall',
  'should',
  'can',
  "'ll",
  'won’t',
  "won't",
  'wouldn’t',
  "wouldn't",
]);

export const PAST_WORDS = new Set(
  (
    'was were had did been said met went came made held took sent gave told left began spoke saw ' +
    'got found flew wrote brought thought became ran paid led kept knew struck chose drove stood ' +
    'sat won lost grew fell rode shook felt heard meant sought taught bought caught broke ' +
    'hosted visited invited confirmed announced reported'
  ).split(' '),
);

export const PRESENT_WORDS = new Set(
  (
    'is are am has have does do says say tells meets marks arrives leaves begins starts runs ' +
    'holds hosts attends travels heads goes comes returns opens ends takes gets celebrates closes ' +
    'resumes continues expects hopes wants intends'
  ).split(' '),
);

// -ed words that are not past verbs.
export const ED_NOUNS = new Set(
  'need speed seed feed bed red shed hundred united indeed embed proceed exceed succeed breed'.split(
    ' ',
  ),
);

/** Words after which "to" is a preposition, not an infinitive marker. */
export const NOT_VERB_AFTER_TO = new Set(
  (
    'the a an his her its their our my your this that these those some all each every both about ' +
    'around more many any no which what whom him them us me it one two three four five six seven ' +
    'eight nine ten date power office war'
  ).split(' '),
);

/** Nouns naming a happening: "visit in May" dates the visit, not a verb. */
export const EVENT_NOUNS = new Set(
  (
    'visit visits trip trips meeting meetings summit summits talks ceremony ceremonies ' +
    'celebration celebrations parade forum conference event events dinner reception tour ' +
    'journey voyage session election elections anniversary festival games'
  ).split(' '),
);

export const SUBJECT_PRONOUNS = new Set('i we you they he she it who that which'.split(' '));

/** Verbs that, capitalised after "To", mark a title-case headline's future ("Kim To Visit"). */
export const TITLE_CASE_VERBS = new Set(
  (
    'visit attend meet travel hold sign go come make pay host discuss arrive leave join ' +
    'open start begin return'
  ).split(' '),
);
