import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences';
import { buildPeopleIndex } from './people-index';
import { resolveName } from './resolve-name';

const body = [
  'Kremlin spokesman Dmitry Peskov said the visit was planned.',
  'North Korean Foreign Minister Ri Su Yong and his Russian counterpart, Sergei Lavrov, met.',
  'Kim arrived on Saturday, a government source in Seoul said.',
  'It is too early, an unnamed Russian official said.',
  'Nothing here.',
].join(' ');
const sentences = splitSentences(body);
const people = buildPeopleIndex(sentences);
const resolve = (name: string, i = 4) => resolveName(name, sentences, i, people);

describe('resolveName', () => {
  it.each([
    ['Peskov', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov', 'Kremlin spokesman'],
    ["Russia's foreign minister", 'Sergei Lavrov', "Russia's foreign minister"],
    ['the spokesman', 'Dmitry Peskov', 'spokesman'],
    ['the source', 'government source in Seoul', null],
    ['the Russian official', 'unnamed Russian official', null],
    ['an unnamed Russian official', 'unnamed Russian official', null],
    ['the Kremlin', 'Kremlin', null],
    ['South Korea’s National Intelligence Service', 'National Intelligence Service', null],
    // A ministry names nothing without its country.
    ["Varnia's Foreign Ministry", "Varnia's Foreign Ministry", null],
    ['the Russian foreign ministry', 'Russian foreign ministry', null],
    ['analysts', 'analysts', null],
    ['Speaker of the Varnian Parliament’s Upper House Ana Fenn', 'Ana Fenn', null],
    ['a spokesman for Prime Minister Leo Birch', 'spokesman for Prime Minister Leo Birch', null],
  ])('%s → %s', (written, name, role) => {
    expect(resolve(written)).toEqual({ name, role });
  });

  it('resolves "the ministry" and "it" to the ministry named before', () => {
    const text =
      "Varnia's Foreign Ministry later said Dorn would visit. The ministry said in a statement that trade was on the agenda. It said Dorn will also go to Brum.";
    const ss = splitSentences(text);
    const index = buildPeopleIndex(ss);
    expect(resolveName('The ministry', ss, 1, index).name).toBe("Varnia's Foreign Ministry");
    expect(resolveName('It', ss, 2, index).name).toBe("Varnia's Foreign Ministry");
  });

  it('resolves an ambassador to the person the next sentence names as speaking', () => {
    const text =
      'Varnia is still expecting the king in May, Varnia’s ambassador to Brum said. At the embassy, Ana Fenn confirmed the plan.';
    const ss = splitSentences(text);
    expect(resolveName('Varnia’s ambassador to Brum', ss, 0, buildPeopleIndex(ss)).name).toBe(
      'Ana Fenn',
    );
  });

  it('resolves "he" to the latest person speaking or named before', () => {
    expect(resolve('He', 1).name).toBe('Dmitry Peskov');
    expect(resolve('he', 2).name).toBe('Ri Su Yong');
  });

  it('resolves a lede’s spokesperson to the untitled person who speaks next', () => {
    const lede = splitSentences(
      'A palace spokesperson says the king has accepted the invitation. ' +
        'Ivo Cedar said on Thursday that the king "gratefully accepted" it. ' +
        'Ana Fenn, a historian, was not surprised.',
    );
    const index = buildPeopleIndex(lede);
    expect(resolveName('A palace spokesperson', lede, 0, index).name).toBe('Ivo Cedar');
    // Nobody speaks after it: the description stays.
    const alone = splitSentences('A palace spokesperson says the king will come. Ana Fenn agreed.');
    expect(resolveName('A palace spokesperson', alone, 0, buildPeopleIndex(alone)).name).toBe(
      'palace spokesperson',
    );
  });
});
