'use client';

import { useEffect, useState } from 'react';
import type { EventDetail, EventSummary } from '@/lib/site/view';

let summaries: Promise<EventSummary[]> | null = null;
let details: Promise<Record<string, EventDetail>> | null = null;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** The event summaries the build writes (app/data/events.json), fetched once per page. */
export function loadSummaries(): Promise<EventSummary[]> {
  summaries ??= getJson<EventSummary[]>('/data/events.json');
  return summaries;
}

/** Every event's detail, fetched once, on first need. */
export function loadDetails(): Promise<Record<string, EventDetail>> {
  details ??= getJson<Record<string, EventDetail>>('/data/details.json');
  return details;
}

/** The event summaries, or null while they load. */
export function useSummaries(): EventSummary[] | null {
  const [data, setData] = useState<EventSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    loadSummaries().then((d) => live && setData(d), console.error);
    return () => {
      live = false;
    };
  }, []);
  return data;
}

/** One event's detail, or null while it loads or when the id is unknown. */
export function useDetail(id: string | null): EventDetail | null {
  const [found, setFound] = useState<EventDetail | null>(null);
  useEffect(() => {
    let live = true;
    if (id) loadDetails().then((d) => live && setFound(d[id] ?? null), console.error);
    return () => {
      live = false;
    };
  }, [id]);
  return id && found?.id === id ? found : null;
}
