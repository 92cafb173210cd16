'use client';

import { useEffect, useMemo } from 'react';
import { matches } from '@/lib/site/filters';
import { requestPanelFocus } from './panel-focus';
import { useSummaries } from './story-data';
import { useUrlState } from './url-state';

const itemSelector = (id: string) => `#event-list li[data-event-id="${CSS.escape(id)}"]`;

/**
 * Drives the server-rendered list: hides what the filters exclude, marks the selected event,
 * opens events in the panel instead of leaving the page, and moves focus with the arrow keys.
 */
export function ListController() {
  const events = useSummaries();
  const { filters, selected, select } = useUrlState(events);
  const visible = useMemo(
    () => (events ? new Set(events.filter((e) => matches(e, filters)).map((e) => e.id)) : null),
    [events, filters],
  );

  useEffect(() => {
    if (!visible) return;
    for (const li of document.querySelectorAll<HTMLElement>('#event-list li[data-event-id]')) {
      li.hidden = !visible.has(li.dataset.eventId ?? '');
    }
  }, [visible]);

  useEffect(() => {
    for (const li of document.querySelectorAll<HTMLElement>('#event-list li[aria-current]')) {
      li.removeAttribute('aria-current');
    }
    if (!selected) return;
    const li = document.querySelector<HTMLElement>(itemSelector(selected));
    li?.setAttribute('aria-current', 'true');
  }, [selected]);

  useEffect(() => {
    const list = document.getElementById('event-list');
    if (!list) return;
    const links = () =>
      [...list.querySelectorAll<HTMLAnchorElement>('a.ev-link')].filter(
        (a) => !a.closest('li')?.hidden,
      );
    const onClick = (ev: MouseEvent) => {
      const a = (ev.target as Element).closest<HTMLAnchorElement>('a.ev-link');
      if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      select(a.closest('li')?.dataset.eventId ?? null);
      // A keyboard "click" has no pointer position: send focus on to the panel.
      if (ev.detail === 0) requestPanelFocus();
    };
    const onKey = (ev: KeyboardEvent) => {
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (at < 0) return;
      const to =
        ev.key === 'ArrowDown'
          ? at + 1
          : ev.key === 'ArrowUp'
            ? at - 1
            : ev.key === 'Home'
              ? 0
              : ev.key === 'End'
                ? all.length - 1
                : null;
      if (to === null) return;
      ev.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
    };
    list.addEventListener('click', onClick);
    list.addEventListener('keydown', onKey);
    return () => {
      list.removeEventListener('click', onClick);
      list.removeEventListener('keydown', onKey);
    };
  }, [select]);

  return null;
}
