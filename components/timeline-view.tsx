'use client';

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DataSet } from 'vis-data';
import type { Timeline } from 'vis-timeline';
import { matches } from '@/lib/site/filters';
import {
  isTargetId,
  laneSpecs,
  parseLanes,
  targetOwner,
  targetSpec,
  type ItemSpec,
} from '@/lib/site/timeline-items';
import { fitted, isBucketId, timed, windowSpecs, type Bucket } from '@/lib/site/timeline-window';
import { useSummaries } from './story-data';
import { timelineKey } from './timeline-keys';
import { loadLibrary, textNode } from './timeline-library';
import { TimelineToolbar } from './timeline-toolbar';
import { useUrlState } from './url-state';

type Items = DataSet<{ id: string; label: string }, 'id'>;

/**
 * The interactive timeline: vis-timeline, imported after the page has painted. It holds only
 * what is in view (or per-slot counts when that is too much), so large stories stay fluid.
 */
export function TimelineView() {
  const events = useSummaries();
  const { filters, selected, select, params, setParam } = useUrlState(events);
  const lanes = parseLanes(params.get('lanes'));
  const box = useRef<HTMLDivElement>(null);
  const tlRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<Items | null>(null);
  const picked = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  // Fetch the library while the events download, not after.
  useEffect(() => void loadLibrary().catch(console.error), []);
  const visible = useMemo(
    () => (events ?? []).filter((e) => matches(e, filters)),
    [events, filters],
  );
  const visibleTimed = useMemo(() => timed(visible), [visible]);
  const state = useRef({ visibleTimed, lanes, selected });
  state.current = { visibleTimed, lanes, selected };

  /** Puts what the current window should show into the data set, changing only what differs. */
  const render = useCallback(() => {
    const tl = tlRef.current;
    const items = itemsRef.current;
    if (!tl || !items || !box.current) return;
    const { visibleTimed: all, lanes: by, selected: sel } = state.current;
    const win = tl.getWindow();
    const specs: Array<ItemSpec | Bucket> = windowSpecs(
      all,
      by,
      win.start.getTime(),
      win.end.getTime(),
    );
    // The selected statement's target date, in its lane.
    const chosen = sel ? all.find((t) => t.event.id === sel) : undefined;
    const target = chosen ? targetSpec(chosen.event, by) : null;
    if (target) specs.push(target);
    const keep = new Set(specs.map((s) => s.id));
    const have = new Set(items.getIds().map(String));
    // An id always maps to the same item (lanes rebuild the timeline), so only add and remove:
    // touching unchanged items would redraw them and undo vis-timeline's vertical scroll.
    const gone = [...have].filter((id) => !keep.has(id));
    const fresh = specs.filter((s) => !have.has(s.id));
    if (gone.length > 0) items.remove(gone);
    if (fresh.length > 0) items.add(fresh.map((s) => ({ ...s, content: '' })));
    if (sel && keep.has(sel)) tl.setSelection([sel]);
    box.current.dataset.items = String(all.length);
  }, []);

  useEffect(() => {
    if (!events || events.length === 0 || !box.current) return;
    const el = box.current;
    let disposed = false;
    let tl: Timeline | null = null;
    (async () => {
      const [vis, data] = await loadLibrary();
      if (disposed) return;
      performance.mark('timeline-start');
      const items: Items = new data.DataSet<{ id: string; label: string }, 'id'>();
      const groups = laneSpecs(events, lanes).map((g) => ({
        id: g.id,
        content: textNode(g.label),
      }));
      const all = fitted(events);
      // Created empty and given its window once drawn: with a start and end in the options,
      // vis-timeline reports its first draw only after its 200 ms range timer and a later
      // redraw (about a second in bench:site).
      tl = new vis.Timeline(el, items as never, groups, {
        height: '100%',
        verticalScroll: true,
        stack: true,
        selectable: true,
        dataAttributes: ['id'],
        zoomKey: 'ctrlKey',
        orientation: 'top',
        margin: { item: 4 },
        zoomMin: 864e5 * 7,
        template: (item: { label?: string }) => textNode(item.label ?? ''),
        onInitialDrawComplete: () => {
          if (disposed || !tl) return;
          tl.setWindow(all.start, all.end, { animation: false });
          render();
          const sel = state.current.selected;
          if (sel && items.get(sel)) tl.focus(sel, { zoom: false, animation: false });
          el.dataset.ready = 'true';
          performance.mark('timeline-interactive');
          setReady(true);
        },
      });
      tlRef.current = tl;
      itemsRef.current = items;
      tl.on('rangechanged', render);
      tl.on('select', ({ items: ids }: { items: Array<string | number> }) => {
        const id = ids.length > 0 ? String(ids[0]) : null;
        const bucket = id && isBucketId(id) ? items.get(id) : null;
        if (id && isTargetId(id)) {
          // The band belongs to the selected statement: keep that selected.
          tl?.setSelection(items.get(targetOwner(id)) ? [targetOwner(id)] : []);
        } else if (bucket && 'start' in bucket) {
          const b = bucket as unknown as { start: number; end: number };
          tl?.setWindow(b.start, b.end);
        } else {
          picked.current = id;
          select(id);
        }
      });
      render();
    })().catch(console.error);
    return () => {
      disposed = true;
      tl?.destroy();
      tlRef.current = null;
      itemsRef.current = null;
      delete el.dataset.ready;
      setReady(false);
    };
  }, [events, lanes, select, render]);

  useEffect(render, [visibleTimed, selected, ready, render]);

  useEffect(() => {
    const tl = tlRef.current;
    if (!tl || !events) return;
    if (!selected) {
      tl.setSelection([]);
      return;
    }
    // Picked on the timeline itself: it is in view already, so do not move the window.
    const fromTimeline = picked.current === selected;
    picked.current = null;
    if (fromTimeline) return;
    const e = events.find((x) => x.id === selected);
    if (itemsRef.current?.get(selected)) {
      tl.setSelection([selected]);
      tl.focus(selected, { zoom: false, animation: false });
    } else if (e) {
      // Not drawn at this zoom: centre on it; render() selects it once it is in view.
      tl.moveTo(Date.parse(`${e.start}T00:00:00`), { animation: false });
    }
  }, [selected, events, ready]);

  const onKey = (ev: React.KeyboardEvent) => {
    const tl = tlRef.current;
    if (!tl) return;
    const fit = () => {
      const w = fitted(visible.length > 0 ? visible : (events ?? []));
      tl.setWindow(w.start, w.end, { animation: false });
    };
    if (timelineKey(ev.key, ev.shiftKey, tl, visible, selected, select, fit)) ev.preventDefault();
  };

  if (events && events.length === 0) return null;
  return (
    <section aria-label="Timeline" className="timeline print:hidden">
      <TimelineToolbar lanes={lanes} onLanes={(l) => setParam('lanes', l === 'kind' ? null : l)} />
      <div className="relative h-96">
        <div
          ref={box}
          tabIndex={0}
          role="group"
          aria-label="Interactive timeline of events"
          aria-describedby="timeline-help"
          data-testid="timeline"
          className="timeline-box h-full rounded border border-slate-200 dark:border-slate-700"
          onKeyDown={onKey}
        />
        {ready ? null : (
          <p className="absolute inset-0 p-4 text-sm text-slate-600 dark:text-slate-400">
            Loading the timeline…
          </p>
        )}
      </div>
    </section>
  );
}
