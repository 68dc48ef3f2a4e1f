/**
 * Stories only: the loading, error and offline states without a server. A widget's `src` that
 * points under STORY_DATA answers from here; every other request goes out as usual.
 *
 * - `loading/…`: never answers, so the widget stays in its loading state;
 * - `missing/…`: 404, the “not found” error with its retry button;
 * - `server-error/…`: 500;
 * - `offline/…`: no response at all (fetch rejects with a TypeError, as when the phone has no signal).
 */
export const STORY_DATA = '/__renda-story__/';

export type StoryDataState = 'loading' | 'missing' | 'server-error' | 'offline';

/** The `src` that puts a widget in `state`; `file` only makes the address read like the real one. */
export function storySrc(state: StoryDataState, file: string): string {
  installStoryFetch();
  return `${STORY_DATA}${state}/${file}`;
}

export function installStoryFetch(): void {
  const flagged = globalThis as typeof globalThis & { __rendaStoryFetch?: boolean };
  if (flagged.__rendaStoryFetch) return;
  flagged.__rendaStoryFetch = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const at = url.indexOf(STORY_DATA);
    if (at < 0) return realFetch(input, init);
    const state = url.slice(at + STORY_DATA.length).split('/')[0] as StoryDataState;
    switch (state) {
      case 'loading':
        return new Promise<Response>(() => {});
      case 'missing':
        return Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
      case 'server-error':
        return Promise.resolve(new Response('server error', { status: 500, statusText: 'Internal Server Error' }));
      case 'offline':
        return Promise.reject(new TypeError('Failed to fetch'));
      default:
        return realFetch(input, init);
    }
  };
}
