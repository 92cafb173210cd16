'use client';

import { LANES, parseLanes, type Lanes } from '@/lib/site/timeline-items';

/** The lane switch and the timeline's controls in words. */
export function TimelineToolbar({ lanes, onLanes }: { lanes: Lanes; onLanes: (l: Lanes) => void }) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-1">
        Lanes by
        <select
          value={lanes}
          onChange={(ev) => onLanes(parseLanes(ev.target.value))}
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
        Drag to pan, Ctrl+wheel or pinch to zoom. Focused: ←/→ previous/next event, Enter details,
        Shift+←/→ pan, +/− zoom, 0 fit.
      </p>
    </div>
  );
}
