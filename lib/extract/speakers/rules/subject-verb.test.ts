import { describe, expect, it } from 'vitest';
import { subjectVerb } from './subject-verb';

const phrases = (s: string) => subjectVerb(s).map((c) => c.phrase);

describe('subjectVerb', () => {
  it.each([
    [
      'Kremlin spokesperson Dmitry Peskov said the visit was on the table.',
      ['Kremlin spokesperson Dmitry Peskov'],
    ],
    ['Peskov told reporters on a conference call.', ['Peskov']],
    // "reports" closing an according-to phrase is a noun.
    ['The train took 20 hours, according to South Varnian reports.', []],
    ['The train took 20 hours, the ministry reports.', ['the ministry']],
    ['It follows contacts between Varnia and the other two member states of the pact.', []],
    ['Varnian media reports suggest a summit.', []],
    ['The date is open, the Kremlin said in a statement on Monday.', ['the Kremlin']],
    ['He added that it is too early to mention dates.', ['He']],
    [
      'But Yonhap reported analysts believe the meeting was to plan the visit.',
      ['Yonhap', 'analysts'],
    ],
    [
      'Russian Foreign Minister Sergei Lavrov had said earlier in January that it was positive.',
      ['Russian Foreign Minister Sergei Lavrov'],
    ],
    [
      'South Korea’s National Intelligence Service (NIS) had indicated that Kim may visit.',
      ['South Korea’s National Intelligence Service'],
    ],
    [
      'The governor of the region, which includes Vladivostok, said he was meeting Kim.',
      ['The governor of the region'],
    ],
    ['“Of course,” Peskov was quoted as saying.', ['Peskov']],
    [
      'Kremlin spokesperson Dmitry Peskov made this statement during a press briefing.',
      ['Kremlin spokesperson Dmitry Peskov'],
    ],
    [
      'EU chief negotiator Michel Barnier told reporters in Brussels that gaps remain.',
      ['EU chief negotiator Michel Barnier'],
    ],
    [
      'A Downing Street spokeswoman said talks were constructive.',
      ['A Downing Street spokeswoman'],
    ],
    ["Seoul's unification ministry said it hoped for talks.", ["Seoul's unification ministry"]],
    ['Opposition lawmakers, however, said they would vote against it.', ['Opposition lawmakers']],
  ])('%s', (sentence, expected) => {
    expect(phrases(sentence)).toEqual(expected);
  });

  it('marks an attribution after a comma as trailing', () => {
    const [c] = subjectVerb(
      'Kim will visit Russia in the coming days, the Kremlin said on Monday.',
    );
    expect(c).toMatchObject({ phrase: 'the Kremlin', trailing: true, relative: false });
  });

  it('marks "which the Kremlin said" as relative', () => {
    const [c] = subjectVerb(
      'The visit, which the Kremlin said would take place soon, followed a report.',
    );
    expect(c).toMatchObject({ phrase: 'the Kremlin', relative: true });
  });
});
