import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { buildPeopleIndex, reportedSpeaker } from './index';

/** Speaker name per sentence of a body (null where none). */
function speakers(body: string): (string | null)[] {
  const sentences = splitSentences(body);
  const people = buildPeopleIndex(sentences);
  return sentences.map((s) => reportedSpeaker(sentences, s.index, people)?.name ?? null);
}

describe('reportedSpeaker over whole articles', () => {
  it('follows a Brexit story: headline to lede, surnames, pronouns, quotations', () => {
    const body = [
      'Brexit talks to resume next week, EU says',
      '',
      'BRUSSELS - Negotiations on the withdrawal agreement will resume on Monday, EU chief negotiator Michel Barnier said on Friday.',
      '"We are ready to work day and night. The door remains open," Barnier told reporters.',
      '"Nothing is agreed until everything is agreed."',
      'He added that the backstop was not up for negotiation.',
      'Downing Street said in a statement that the prime minister welcomed the talks.',
      'British Prime Minister Theresa May will travel to Brussels on Wednesday, according to a government source.',
      'The source said the trip could be brief.',
    ].join('\n');
    expect(speakers(body)).toEqual([
      'Michel Barnier',
      'Michel Barnier',
      'Michel Barnier',
      'Michel Barnier',
      'Michel Barnier',
      'Michel Barnier',
      'Downing Street',
      'government source',
      'government source',
    ]);
  });

  it('keeps descriptions, possessors and month-named people apart', () => {
    const body = [
      'British Prime Minister Theresa May won the backing of her ministers.',
      '"The cabinet agreed the draft," May told reporters.',
      'The Irish government welcomed the draft, a spokesman for Prime Minister Leo Varadkar said.',
      "Merkel's spokesman Steffen Seibert later confirmed the plans.",
      'Brexit Secretary Dominic Raab was quoted by the Telegraph as saying he could not support it.',
      'Opposition lawmakers, however, said they would vote against it, Sky News reported.',
    ].join(' ');
    expect(speakers(body)).toEqual([
      null,
      'Theresa May',
      'spokesman for Prime Minister Leo Varadkar',
      'Steffen Seibert',
      'Dominic Raab',
      'Opposition lawmakers',
    ]);
  });

  it('reads appositions, participial asides and unnamed sources', () => {
    const body = [
      "Iran's foreign ministry spokesman, Saeed Khatibzadeh, told state TV that Tehran would wait.",
      'Two people familiar with the matter told Reuters that a deal could come within weeks.',
      'A person familiar with the talks, who asked not to be named, said progress had been slow.',
      'Israeli Prime Minister Benjamin Netanyahu has said Israel would not be bound.',
      'Netanyahu, speaking at a ceremony in Jerusalem, warned against a return to the accord.',
      "Biden's office declined to comment.",
    ].join(' ');
    expect(speakers(body)).toEqual([
      'Saeed Khatibzadeh',
      'people familiar with the matter',
      'person familiar with the talks',
      'Benjamin Netanyahu',
      'Benjamin Netanyahu',
      null,
    ]);
  });

  it('reads leaders, appositions after a name and documents from a body', () => {
    const body = [
      'Russian President Vladimir Putin met Kim.',
      'The Russian leader said the talks went well.',
      "Dmitry Peskov, Putin's spokesman, said the visit was useful.",
      'According to a statement from the Kremlin, the talks lasted five hours.',
      "A statement from North Korea's foreign ministry said the visit was a success.",
      'Dmitry Medvedev, president of the Russian Federation, said he was ready.',
    ].join(' ');
    expect(speakers(body)).toEqual([
      null,
      'Vladimir Putin',
      'Dmitry Peskov',
      'Kremlin',
      "North Korea's foreign ministry",
      'Dmitry Medvedev',
    ]);
  });

  it('keeps a person named in a headline, defers a body to the lede', () => {
    const body = [
      'Vladimir Putin says Kim visit is welcome',
      '',
      'MOSCOW - Kremlin spokesman Dmitry Peskov said on Monday that President Vladimir Putin welcomed the visit.',
    ].join('\n');
    expect(speakers(body)).toEqual(['Vladimir Putin', 'Dmitry Peskov']);
    const other = speakers(body.replace('Vladimir Putin says', 'Kremlin says'));
    expect(other).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('gives a body statement to the spokesman who made it (R5)', () => {
    const body = [
      'The Kremlin announced on January 15 that it would disclose any details.',
      'During a press briefing, Kremlin spokesperson Dmitry Peskov responded to questions.',
      'He states, “We will provide specific details.”',
    ].join(' ');
    expect(speakers(body)).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('gives a body statement to its spokesman across a line of page furniture (R5)', () => {
    const body = [
      'The king has accepted an invitation to visit Brum, the Kremlin said Thursday.',
      'For the latest headlines, follow our Google News channel online or via the app.',
      '“The visit will continue,” Kremlin spokesman Dmitry Peskov said.',
    ].join('\n');
    expect(speakers(body)).toEqual(['Dmitry Peskov', null, 'Dmitry Peskov']);
  });

  it('keeps a written statement with the body', () => {
    const body = [
      'Kim will visit Russia in the near future, the Kremlin said in a statement on Monday.',
      'Commenting on the visit, Kremlin Press Secretary Dmitry Peskov said talks would be held.',
    ].join(' ');
    expect(speakers(body)).toEqual(['Kremlin', 'Dmitry Peskov']);
  });

  it('carries a multi-sentence quotation to its attribution', () => {
    const body =
      'Kim\'s attendance was confirmed by an unnamed Russian official. "The invitation was sent to Kim Jong Un. North Korea accepted the invitation," the Russian official said.';
    expect(speakers(body)).toEqual([
      'unnamed Russian official',
      'unnamed Russian official',
      'unnamed Russian official',
    ]);
  });

  it('resolves a role to the person the article names with it', () => {
    const body = [
      'North Korean Foreign Minister Ri Su Yong and his Russian counterpart, Sergei Lavrov, held a meeting.',
      "Russia's foreign minister said Chinese President Xi Jinping would attend.",
    ].join(' ');
    expect(speakers(body)).toEqual([null, 'Sergei Lavrov']);
  });

  it('never makes an outlet the speaker, but keeps whom it cites', () => {
    const body = [
      'CNN reported North Korea has accepted the invitation.',
      'Putin met Choe in Moscow, Tass News Agency reported, citing Kremlin Spokesman Dmitry Peskov.',
      'But Yonhap reported analysts believe the meeting was to plan the visit.',
    ].join(' ');
    expect(speakers(body)).toEqual([null, 'Dmitry Peskov', 'analysts']);
  });

  it("gives a state's own media's quoted words to the state, and its narration to no one", () => {
    const body = [
      '"The president will pay a visit to Paris next week," said France\'s official news agency in a dispatch on Saturday.',
      '"The leaders will hold talks," it said.',
      "France's state media reported that the minister accepted the invitation.",
      '"Talks will go on," said Russia\'s TASS news agency.',
      '"The king will visit Brum," France\'s official news agency reported on Monday.',
      '"The king will visit Brum," the French state-controlled Central News Agency (CNA) said.',
    ].join('\n');
    expect(speakers(body)).toEqual(['France', 'France', null, null, 'France', 'France']);
  });

  it("gives a plan a state's own media announce to the state, a happening it reports to no one", () => {
    const body = [
      "France's official news agency said the minister will visit Brum soon.",
      'French state media said the king is set to travel to Brum.',
      "France's official news agency said the minister arrived in Brum on Sunday.",
      "Russia's TASS news agency said the minister will visit Brum soon.",
      'Russian and French state media announced the visit, saying the minister would stay until Sunday.',
    ].join('\n');
    expect(speakers(body)).toEqual(['France', 'France', null, null, 'Russia and France']);
  });
});
