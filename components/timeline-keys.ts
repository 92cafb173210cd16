'use client';

import type { Timeline } from 'vis-timeline';
import type { EventSummary } from '@/lib/site/view';
import { requestPanelFocus } from './panel-focus';

/**
 * Keyboard control of the timeline: ←/→ previous/next event, Enter to the open event's
 * details, Shift+←/→ pan, +/− zoom, 0 fit. Returns true when the key was handled.
 */
export function timelineKey(
  key: string,
  shift: boolean,
  tl: Timeline,
  visible: EventSummary[],
  selected: string | null,
  select: (id: string | null) => void,
  fit: () => void,
): boolean {
  const at = visible.findIndex((e) => e.id === selected);
  const win = tl.getWindow();
  const width = win.end.getTime() - win.start.getTime();
  const pan = (f: number) =>
    tl.setWindow(win.start.getTime() + f * width, win.end.getTime() + f * width, {
      animation: false,
    });
  const step = (d: number) => {
    const next = at < 0 ? (d > 0 ? 0 : visible.length - 1) : at + d;
    const e = visible[Math.max(0, Math.min(visible.length - 1, next))];
    if (e) select(e.id);
  };
  const actions: Record<string, () => void> = {
    ArrowRight: () => (shift ? pan(0.2) : step(1)),
    ArrowLeft: () => (shift ? pan(-0.2) : step(-1)),
    '+': () => tl.zoomIn(0.5, { animation: false }),
    '=': () => tl.zoomIn(0.5, { animation: false }),
    '-': () => tl.zoomOut(0.5, { animation: false }),
    '0': fit,
    Enter: () => selected && requestPanelFocus(),
  };
  const action = actions[key];
  action?.();
  return action !== undefined;
}
