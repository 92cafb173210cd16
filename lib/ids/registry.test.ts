import { describe, expect, it } from 'vitest';
import type { Source, TimelineEvent } from '../types';
import { assignStableIds, emptyRegistry, passageKey, type IdRegistry } from './registry';

const src = (article: string, quote: string, start = 0): Source => ({
  article,
  quote,
  start,
  end: start + quote.length,
});

function ev(id: string, sources: Source[], start = '2024-06-19'): TimelineEvent {
  return {
    id,
    kind: 'visit',
    date: { start, end: start, precision: 'day', text: '' },
    target: null,
    speaker: null,
    cited: [],
    participants: [],
    place: null,
    summary: id,
    sources,
  };
}

const a1 = src('2024-06-01-a', 'Putin will visit Pyongyang.');
const b1 = src('2024-06-02-b', 'Putin is expected in Pyongyang.');
const c1 = src('2024-06-03-c', 'Kim invited Putin to Pyongyang.');
const d1 = src('2024-06-04-d', 'Putin arrived in Pyongyang on 19 June.');

function build(events: TimelineEvent[], registry: IdRegistry = emptyRegistry()) {
  return assignStableIds(events, registry);
}

const idsOf = (events: TimelineEvent[]) => events.map((e) => e.id);

describe('assignStableIds', () => {
  it('gives a new event its readable id and records its passages', () => {
    const { events, registry } = build([ev('2024-06-19-visit-pyongyang', [a1])]);
    expect(idsOf(events)).toEqual(['2024-06-19-visit-pyongyang']);
    expect(registry.ids['2024-06-19-visit-pyongyang'].sources).toEqual([passageKey(a1)]);
    expect(registry.retired).toEqual({});
  });

  it('keeps the id when a later article adds a source', () => {
    const first = build([ev('2024-06-19-visit-pyongyang', [a1])]);
    const next = build([ev('2024-06-19-visit-pyongyang', [a1, b1])], first.registry);
    expect(idsOf(next.events)).toEqual(['2024-06-19-visit-pyongyang']);
    expect(next.registry.ids['2024-06-19-visit-pyongyang'].sources).toHaveLength(2);
  });

  it('keeps the id when a later article refines the date', () => {
    const first = build([ev('2024-06-01-visit-pyongyang', [a1], '2024-06-01')]);
    const refined = ev('2024-06-19-visit-pyongyang', [a1, d1], '2024-06-19');
    const next = build([refined], first.registry);
    expect(idsOf(next.events)).toEqual(['2024-06-01-visit-pyongyang']);
    expect(next.events[0].date.start).toBe('2024-06-19');
  });

  it('keeps the id when the article is edited elsewhere (offsets move, quote stays)', () => {
    const first = build([ev('x-2024-visit', [a1])]);
    const moved = src(a1.article, a1.quote, 500);
    expect(idsOf(build([ev('2024-07-01-visit', [moved])], first.registry).events)).toEqual([
      'x-2024-visit',
    ]);
  });

  it('retires the younger id into the older when two events merge', () => {
    const first = build([ev('2024-06-19-visit-pyongyang', [a1])]);
    const second = build(
      [ev('2024-06-19-visit-pyongyang', [a1]), ev('2024-06-20-summit-pyongyang', [c1])],
      first.registry,
    );
    expect(idsOf(second.events)).toEqual([
      '2024-06-19-visit-pyongyang',
      '2024-06-20-summit-pyongyang',
    ]);
    const merged = build([ev('2024-06-20-summit-pyongyang', [c1, a1, d1])], second.registry);
    expect(idsOf(merged.events)).toEqual(['2024-06-19-visit-pyongyang']);
    expect(merged.registry.retired).toEqual({
      '2024-06-20-summit-pyongyang': '2024-06-19-visit-pyongyang',
    });
    expect(merged.registry.ids['2024-06-20-summit-pyongyang']).toBeUndefined();
  });

  it('resolves a chain of merges to the final survivor', () => {
    let reg = build([ev('a-2024', [a1])]).registry;
    reg = build([ev('a-2024', [a1]), ev('b-2024', [b1]), ev('c-2024', [c1])], reg).registry;
    reg = build([ev('a-2024', [a1]), ev('b-2024', [b1, c1])], reg).registry;
    reg = build([ev('a-2024', [a1, b1, c1])], reg).registry;
    expect(reg.retired).toEqual({ 'b-2024': 'a-2024', 'c-2024': 'a-2024' });
  });

  it('never hands out an id that was recorded or retired, even when its event is gone', () => {
    let reg = build([ev('2024-06-19-visit', [a1]), ev('2024-06-20-visit', [b1])]).registry;
    reg = build([ev('2024-06-19-visit', [a1, b1])], reg).registry;
    // Article a is removed: its id stays recorded; new events cannot take either old id.
    const next = build([ev('2024-06-19-visit', [c1]), ev('2024-06-20-visit', [d1])], reg);
    const ids = idsOf(next.events);
    expect(ids).not.toContain('2024-06-19-visit');
    expect(ids).not.toContain('2024-06-20-visit');
    expect(new Set(ids).size).toBe(2);
    expect(next.registry.ids['2024-06-19-visit']).toBeDefined();
  });

  it('tells apart two happenings told in one sentence, build after build', () => {
    const visit = ev('2024-06-19-visit-pyongyang', [a1]);
    const told = { ...ev('2024-06-01-confirmation', [a1]), kind: 'confirmation' as const };
    let run = build([visit, told]);
    for (let i = 0; i < 3; i++) run = build([told, { ...visit, sources: [a1, b1] }], run.registry);
    expect(idsOf(run.events)).toEqual(['2024-06-01-confirmation', '2024-06-19-visit-pyongyang']);
    expect(run.registry.retired).toEqual({});
  });

  it("keeps the id of the happening that remains when one of a sentence's two goes", () => {
    const told = { ...ev('2024-06-01-confirmation', [a1]), kind: 'confirmation' as const };
    const visit = ev('2024-06-19-visit-pyongyang', [a1]);
    const first = build([told, visit]);
    const next = build([visit], first.registry);
    expect(idsOf(next.events)).toEqual(['2024-06-19-visit-pyongyang']);
    expect(next.registry.retired).toEqual({
      '2024-06-01-confirmation': '2024-06-19-visit-pyongyang',
    });
  });

  it('does not depend on the order of the events', () => {
    const reg = build([ev('e1', [a1]), ev('e2', [b1]), ev('e3', [c1])]).registry;
    const now = [ev('e1', [a1, b1]), ev('e3', [c1, b1]), ev('e4', [d1]), ev('e4', [src('x', 'y')])];
    const forward = build(now, reg);
    const backward = build([...now].reverse(), reg);
    const byKey = (r: typeof forward) =>
      Object.fromEntries(r.events.map((e) => [e.sources.map(passageKey).join(), e.id]));
    expect(byKey(backward)).toEqual(byKey(forward));
    expect(backward.registry.retired).toEqual(forward.registry.retired);
    expect(new Set(idsOf(forward.events)).size).toBe(4);
  });
});
