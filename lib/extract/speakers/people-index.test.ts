import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { buildPeopleIndex, pickByToken } from './people-index';

describe('buildPeopleIndex', () => {
  const body = [
    'North Korean Foreign Minister Ri Su Yong and his Russian counterpart, Sergei Lavrov, held a meeting.',
    'Kremlin spokesman Dmitry Peskov said the visit was planned.',
    'Peskov added that Lavrov would attend.',
  ].join(' ');
  const sentences = splitSentences(body);
  const index = buildPeopleIndex(sentences);

  it('keeps full names with their roles', () => {
    expect(index.people.map((p) => [p.name, p.role])).toEqual([
      ['Ri Su Yong', 'North Korean Foreign Minister'],
      ['Sergei Lavrov', 'Russian Foreign Minister'],
      ['Dmitry Peskov', 'Kremlin spokesman'],
    ]);
  });

  it('takes the country from a later title that names one', () => {
    const later = buildPeopleIndex(
      splitSentences(
        'Cedar will visit at the invitation of President Tom Alder. French President Tom Alder arrived in Brum.',
      ),
    );
    expect(later.people.map((p) => [p.name, p.role, p.countries])).toEqual([
      ['Tom Alder', 'French President', ['France']],
    ]);
  });

  it('records mentions by family name', () => {
    expect(index.inSentence[2].map((p) => p.name)).toEqual(['Dmitry Peskov', 'Sergei Lavrov']);
  });

  it('resolves a family name to the latest person carrying it', () => {
    const kims = buildPeopleIndex(
      splitSentences('Kim Jong-il visited in 2011. Kim Jong-un will visit in May. Kim said so.'),
    );
    expect(pickByToken(kims, 'Kim', 2)?.name).toBe('Kim Jong-un');
    expect(pickByToken(kims, 'Kim', 0)?.name).toBe('Kim Jong-il');
  });

  it('gives a family name to the person most named, not to one listed in passing', () => {
    const kims = buildPeopleIndex(
      splitSentences(
        'Kim Jong-un will visit. Kim wants talks. Envoy Ri Su Yong met Choe Son-hui and Kim Jong-gyu. ' +
          'Envoy Ri Su Yong also met with Kim.',
      ),
    );
    expect(pickByToken(kims, 'Kim', 3)?.name).toBe('Kim Jong-un');
  });

  it('leaves out places named after "south of", "arrived in" or "outside"', () => {
    const p = buildPeopleIndex(
      splitSentences(
        'They met at an estate south of San Mateo. Dorn arrived in Port Ellen on Tuesday. Talks were held outside Nova Brum.',
      ),
    );
    expect(p.people).toEqual([]);
  });

  it('leaves outlets out', () => {
    const p = buildPeopleIndex(
      splitSentences('North Korean newspaper Rodong Sinmun featured photos.'),
    );
    expect(p.people).toEqual([]);
  });

  it('takes no common words of a title-case headline for a name', () => {
    const p = buildPeopleIndex(
      splitSentences(
        'Varnian Officials Will Not Attend Arden Parade Says Ivo Cedar\n' +
          'Varnian officials will not attend the parade, Foreign Minister Ivo Cedar said.\n',
      ),
    );
    expect(p.people.map((x) => x.name)).toEqual(['Ivo Cedar']);
  });
});
