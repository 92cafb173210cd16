import type { RuleInput } from './kinds';
import type { TimeSpan } from './time';

/** What stays the same for every sentence of one article. */
export interface ArticleReading {
  /** The article's date: a time after it is a plan, not a report. */
  date: string;
  isLeader: (name: string) => boolean;
  isPerson: (name: string) => boolean;
  isUntitled: (name: string) => boolean;
  summitStory: boolean;
}

/**
 * What the kind rules see of one sentence. The time tagger runs only when a rule asks whether
 * the sentence has times (or when its mentions are dated): a sentence without an event never
 * needs it. A class rather than an object literal with getters, which is slow to build per
 * sentence.
 */
export class SentenceInput implements RuleInput {
  readonly isLeader: (name: string) => boolean;
  readonly isPerson: (name: string) => boolean;
  readonly isUntitled: (name: string) => boolean;
  readonly summitStory: boolean;

  /** `times` gives the sentence's time expressions, tagged on first use and then kept. */
  constructor(
    private readonly article: ArticleReading,
    readonly text: string,
    readonly reported: boolean,
    private readonly times: () => TimeSpan[],
    readonly antecedent: () => string | null = () => null,
  ) {
    this.isLeader = article.isLeader;
    this.isPerson = article.isPerson;
    this.isUntitled = article.isUntitled;
    this.summitStory = article.summitStory;
  }

  get hasTime(): boolean {
    return this.times().length > 0;
  }

  get hasFutureTime(): boolean {
    return this.times().some((s) => s.value.start > this.article.date);
  }

  /** The same sentence read as reported speech, sharing its times. */
  asReported(): SentenceInput {
    return new SentenceInput(this.article, this.text, true, this.times, this.antecedent);
  }
}
