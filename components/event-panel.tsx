'use client';

import { useEffect, useRef, useState } from 'react';
import { KindBadge } from './kind-badge';
import { onPanelFocusRequest } from './panel-focus';
import { PassageQuote } from './passage-quote';
import { useDetail, useSummaries } from './story-data';
import { useUrlState } from './url-state';

/** The selected event in full: a side panel on wide screens, a bottom sheet on phones. */
export function EventPanel() {
  const events = useSummaries();
  const { selected, select } = useUrlState(events);
  const detail = useDetail(selected);
  const heading = useRef<HTMLHeadingElement>(null);
  const wantFocus = useRef(false);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    return onPanelFocusRequest(() => {
      if (heading.current) heading.current.focus();
      else wantFocus.current = true;
    });
  }, []);

  useEffect(() => {
    if (detail && wantFocus.current) {
      wantFocus.current = false;
      heading.current?.focus();
    }
  }, [detail]);

  useEffect(() => {
    if (!selected) return;
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      const back = document.querySelector<HTMLElement>(
        `#event-list li[data-event-id="${CSS.escape(selected)}"] a.ev-link`,
      );
      select(null);
      if (back && !back.closest('li')?.hidden) back.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!detail) return null;
  const outlets = detail.publishers.length;
  const copy = async () => {
    const url = `${window.location.origin}/?event=${encodeURIComponent(detail.id)}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.prompt('Copy this link', url);
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };

  return (
    <aside
      aria-labelledby="panel-title"
      data-testid="event-panel"
      data-event-id={detail.id}
      className="event-panel fixed inset-x-0 bottom-0 z-30 max-h-[70vh] overflow-y-auto rounded-t-xl border-t border-slate-300 bg-white p-4 shadow-2xl lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:rounded-xl lg:border lg:shadow-md dark:border-slate-700 dark:bg-slate-900 print:hidden"
    >
      <div className="flex items-start justify-between gap-2">
        <KindBadge kind={detail.kind} unrealised={detail.unrealised} />
        <button
          type="button"
          onClick={() => select(null)}
          aria-label="Close event details"
          className="rounded px-2 text-lg leading-none"
        >
          ×
        </button>
      </div>
      <h2 id="panel-title" ref={heading} tabIndex={-1} className="mt-2 text-lg font-semibold">
        {detail.summary}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">When</dt>
        <dd>{detail.when}</dd>
        {detail.target ? (
          <>
            <dt className="font-medium">Target</dt>
            <dd>{detail.target.when}</dd>
          </>
        ) : null}
        <dt className="font-medium">Speaker</dt>
        <dd>
          {detail.speaker ?? 'none (narration)'}
          {detail.speakerRole ? `, ${detail.speakerRole}` : ''}
        </dd>
        {detail.cited.length > 0 ? (
          <>
            <dt className="font-medium">Cited</dt>
            <dd>{detail.cited.join(', ')}</dd>
          </>
        ) : null}
        <dt className="font-medium">Published by</dt>
        <dd>{detail.publishers.join(', ')}</dd>
      </dl>
      {outlets > 1 ? (
        <p className="mt-2 text-sm font-medium">Reported by {outlets} outlets.</p>
      ) : null}
      <h3 className="mt-3 text-sm font-semibold">
        {detail.passages.length === 1
          ? 'Source passage'
          : `${detail.passages.length} source passages`}
      </h3>
      <div className="mt-2 space-y-2">
        {detail.passages.map((p, i) => (
          <PassageQuote key={`${p.article}-${i}`} passage={p} />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <button
          type="button"
          onClick={copy}
          className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
        >
          {copied ? 'Link copied' : 'Copy link'}
        </button>
        {/* A plain anchor, as in the list: next/link's code (3.3 KB gzipped) is not worth one link. */}
        <a href={`/events/${encodeURIComponent(detail.id)}`} className="self-center underline">
          Event page
        </a>
      </div>
    </aside>
  );
}
