'use client';

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useEffect, useRef, useState } from 'react';
import type { Timeline } from 'vis-timeline';
import { matches } from '@/lib/site/filters';
import { itemSpec, laneSpecs, LANES, parseLanes, type Lanes } from '@/lib/site/timeline-items';
import { useSummaries } from './story-data';
import { useUrlState } from './url-state';

// Past this many events, nearby items are clustered: vis-timeline lags beyond a few thousand.
const CLUSTER_FROM = 300;

function textNode(text: string, className?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (className) span.className = className;
  return span;
}

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The interactive timeline: vis-timeline, loaded after the page has painted. */
export function TimelineView() {
  const events = useSummaries();
  const { filters, selected, select, params, setParam } = useUrlState(events);
  const lanes = parseLanes(params.get('lanes'));
  const box = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const view = useRef<{ refresh: () => void; get: (id: string) => unknown; length: number } | null>(
    null,
  );
  const filterRef = useRef(filters);
  const selectedRef = useRef(selected);
  const [ready, setReady] = useState(false);

  filterRef.current = filters;
  selectedRef.current = selected;

  useEffect(() => {
    if (!events || events.length === 0 || !box.current) return;
    const el = box.current;
    let disposed = false;
    let tl: Timeline | null = null;
    (async () => {
      await afterPaint();
      const [vis, data] = await Promise.all([import('vis-timeline'), import('vis-data')]);
      if (disposed) return;
      const byId = new Map(events.map((e) => [e.id, e]));
      const items = new data.DataSet(events.map((e) => ({ ...itemSpec(e, lanes), content: '' })));
      const shown = new data.DataView(items, {
        filter: (item: { id: string | number }) => {
          const e = byId.get(String(item.id));
          return e !== undefined && matches(e, filterRef.current);
        },
      });
      const groups = laneSpecs(events, lanes).map((g) => ({
        id: g.id,
        content: textNode(g.label),
      }));
      tl = new vis.Timeline(el, shown as never, groups, {
        height: '100%',
        verticalScroll: true,
        stack: true,
        selectable: true,
        dataAttributes: ['id'],
        zoomKey: 'ctrlKey',
        horizontalScroll: false,
        orientation: 'top',
        margin: { item: 4 },
        zoomMin: 1000 * 60 * 60 * 24 * 7,
        template: (item: { label?: string }) => textNode(item.label ?? ''),
        onInitialDrawComplete: () => {
          if (disposed || !tl) return;
          const all = fitted(events);
          tl.setWindow(all.start, all.end, { animation: false });
          const sel = selectedRef.current;
          if (sel && shown.get(sel)) {
            tl.setSelection([sel]);
            tl.focus(sel, { zoom: false, animation: false });
          }
          el.dataset.ready = 'true';
          performance.mark('timeline-interactive');
          setReady(true);
        },
        ...(events.length >= CLUSTER_FROM
          ? { cluster: { maxItems: 4, showStipes: false, fitOnDoubleClick: true } }
          : {}),
      });
      timeline.current = tl;
      view.current = shown;
      tl.on('select', ({ items: ids }: { items: Array<string | number> }) => {
        const id = ids.length > 0 ? String(ids[0]) : null;
        if (id === null || byId.has(id)) select(id);
      });
    })().catch(console.error);
    return () => {
      disposed = true;
      tl?.destroy();
      timeline.current = null;
      view.current = null;
      delete el.dataset.ready;
      setReady(false);
    };
  }, [events, lanes, select]);

  useEffect(() => {
    if (!view.current || !box.current) return;
    view.current.refresh();
    // How many items the timeline holds: vis-timeline only draws what is in view.
    box.current.dataset.items = String(view.current.length);
  }, [filters, ready]);

  useEffect(() => {
    const tl = timeline.current;
    if (!tl || !events) return;
    const current = tl.getSelection().map(String);
    if (selected && current[0] !== selected) {
      tl.setSelection([selected]);
      if (view.current?.get(selected)) tl.focus(selected, { zoom: false, animation: false });
    } else if (!selected && current.length > 0) tl.setSelection([]);
  }, [selected, events, ready]);

  const onKey = (ev: React.KeyboardEvent) => {
    const tl = timeline.current;
    if (!tl || !events) return;
    const visible = events.filter((e) => matches(e, filters));
    const at = visible.findIndex((e) => e.id === selected);
    const win = tl.getWindow();
    const width = win.end.getTime() - win.start.getTime();
    const pan = (f: number) =>
      tl.setWindow(win.start.getTime() + f * width, win.end.getTime() + f * width, {
        animation: false,
      });
    const handled: Record<string, () => void> = {
      ArrowRight: () =>
        ev.shiftKey ? pan(0.2) : select(visible[Math.min(visible.length - 1, at + 1)]?.id ?? null),
      ArrowLeft: () => (ev.shiftKey ? pan(-0.2) : select(visible[Math.max(0, at - 1)]?.id ?? null)),
      '+': () => tl.zoomIn(0.5, { animation: false }),
      '=': () => tl.zoomIn(0.5, { animation: false }),
      '-': () => tl.zoomOut(0.5, { animation: false }),
      '0': () => {
        const all = fitted(visible.length > 0 ? visible : events);
        tl.setWindow(all.start, all.end, { animation: false });
      },
    };
    const fn = handled[ev.key];
    if (fn) {
      ev.preventDefault();
      fn();
    }
  };

  if (events && events.length === 0) return null;
  return (
    <section aria-label="Timeline" className="timeline print:hidden">
      <div className="mb-2 flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          Lanes by
          <select
            value={lanes}
            onChange={(ev) =>
              setParam('lanes', ev.target.value === 'kind' ? null : ev.target.value)
            }
            className="rounded border border-slate-300 px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
          >
            {(Object.keys(LANES) as Lanes[]).map((l) => (
              <option key={l} value={l}>
                {LANES[l]}
              </option>
            ))}
          </select>
        </label>
        <p id="timeline-help" className="text-slate-600 dark:text-slate-400">
          Drag to pan, Ctrl+wheel or pinch to zoom. Focused: ←/→ previous/next event, Shift+←/→ pan,
          +/− zoom, 0 fit.
        </p>
      </div>
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

/** The window showing every event with a little room either side: the timeline opens fitted. */
function fitted(events: Array<{ start: string; end: string }>) {
  let a = Infinity;
  let b = -Infinity;
  for (const e of events) {
    a = Math.min(a, Date.parse(`${e.start}T00:00:00`));
    b = Math.max(b, Date.parse(`${e.end}T23:59:59`));
  }
  const pad = Math.max((b - a) * 0.04, 864e5 * 10);
  return { start: new Date(a - pad), end: new Date(b + pad) };
}
