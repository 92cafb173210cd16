'use client';

const EVENT = 'story:focus-panel';

/** Asks the detail panel to take focus (now, or once it shows the event): keyboard opening. */
export function requestPanelFocus() {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `onRequest` whenever something asks the panel to take focus. */
export function onPanelFocusRequest(onRequest: () => void): () => void {
  window.addEventListener(EVENT, onRequest);
  return () => window.removeEventListener(EVENT, onRequest);
}
