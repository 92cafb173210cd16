'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { loadLibrary } from './timeline-library';

/**
 * The module `load` gives, imported once the page has hydrated, or null until then. Server
 * render and hydration both see null, so the interactive parts' code is not among the page's
 * first scripts, and nothing suspends on the server (a suspended boundary would stream its
 * content twice into the static HTML).
 */
function useLater<T>(load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load().then((m) => live && setMod(() => m), console.error);
    return () => {
      live = false;
    };
  }, [load]);
  return mod;
}

const filterBar = () => import('./filter-bar').then((m) => m.FilterBar);
const timeline = () => import('./timeline-view').then((m) => m.TimelineView);
const panel = () => import('./event-panel').then((m) => m.EventPanel);
const list = () =>
  import('./list-window').then(
    (m) => m.ListWindow as ComponentType<{ pageSize: number; children: ReactNode }>,
  );

export function FilterBarIsland() {
  const FilterBar = useLater(filterBar);
  return FilterBar ? <FilterBar /> : null;
}

export function TimelineIsland() {
  const Timeline = useLater(timeline);
  // The library is the longest download: ask for it alongside the component, not after it.
  useEffect(() => void loadLibrary().catch(console.error), []);
  if (Timeline) return <Timeline />;
  // Holds the timeline's place, so nothing below moves when it arrives.
  return (
    <section aria-label="Timeline" className="timeline print:hidden">
      <div className="mb-2 h-7" />
      <div className="h-96 rounded border border-slate-200 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        Loading the timeline…
      </div>
    </section>
  );
}

export function PanelIsland() {
  const Panel = useLater(panel);
  return Panel ? <Panel /> : null;
}

/** The client list in place of `children`, the server-rendered first page, once it can be. */
export function ListIsland({ pageSize, children }: { pageSize: number; children: ReactNode }) {
  const List = useLater(list);
  return List ? <List pageSize={pageSize}>{children}</List> : children;
}
