import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type DataState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/**
 * Why loading failed, in terms a page can act on: `not-found` (404: a wrong `src`), `http` (any
 * other non-2xx), `timeout`, `bad-json` (not JSON, or `parse` rejected it), `offline` (the browser
 * says so, or the request never got an answer: no network, DNS, CORS).
 */
export type DataErrorKind = 'not-found' | 'http' | 'timeout' | 'bad-json' | 'offline';

export interface DataError {
  kind: DataErrorKind;
  /** HTTP status, for `not-found` and `http`. */
  status?: number;
  /** Developer-facing detail; never shown to the public. */
  detail?: string;
}

export interface JsonDataOptions<T> {
  /** Reads the host's `src` (a JSON URL, relative to the page). */
  src: () => string | null | undefined;
  /** Reads data given directly as a property; when it is set, `src` is not fetched. */
  data?: () => T | null | undefined;
  /** Milliseconds before a request counts as timed out; default 10 000. */
  timeout?: () => number | undefined;
  /** Checks and shapes the parsed JSON; throwing makes the state `error` with `bad-json`. */
  parse?: (json: unknown) => T;
  /** Default: `null` and empty arrays are empty. */
  isEmpty?: (data: T) => boolean;
}

export const DEFAULT_TIMEOUT = 10_000;

const defaultIsEmpty = (data: unknown): boolean =>
  data === null || data === undefined || (Array.isArray(data) && data.length === 0);

class LoadError extends Error {
  constructor(readonly error: DataError) {
    super(error.detail ?? error.kind);
  }
}

/**
 * Data for a component from a property or from a `src` JSON URL.
 *
 * A property wins over `src`. Fetching starts when the host updates with a new `src`, runs only in
 * the browser (on the server the component renders from its property or its empty state), and a
 * response that arrives after `src` changed again is dropped.
 */
export class JsonDataController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: JsonDataOptions<T>;
  private fetchedState: DataState = 'idle';
  private fetchedData?: T;
  private fetchedError?: DataError;
  /** The `src` the current fetched state belongs to; `undefined` forces a fetch on next update. */
  private loadedSrc?: string;
  private generation = 0;
  private inFlight?: AbortController;

  constructor(host: ReactiveControllerHost, options: JsonDataOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  private get direct(): T | undefined {
    const value = this.options.data?.();
    return value === null || value === undefined ? undefined : value;
  }

  private isEmpty(data: T): boolean {
    return (this.options.isEmpty ?? defaultIsEmpty)(data);
  }

  get state(): DataState {
    const direct = this.direct;
    if (direct !== undefined) return this.isEmpty(direct) ? 'empty' : 'ready';
    return this.fetchedState;
  }

  get value(): T | undefined {
    return this.direct ?? (this.fetchedState === 'ready' || this.fetchedState === 'empty' ? this.fetchedData : undefined);
  }

  get error(): DataError | undefined {
    return this.direct === undefined && this.fetchedState === 'error' ? this.fetchedError : undefined;
  }

  /** Fetches `src` again, e.g. from the error state's retry button. */
  retry(): void {
    const src = this.options.src();
    if (isServer || !src || this.direct !== undefined) return;
    void this.load(src);
  }

  hostConnected(): void {
    // Disconnecting mid-request aborted it; catch up now that we are back.
    if (this.loadedSrc === undefined && this.options.src()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (isServer) return;
    if (this.direct !== undefined) {
      this.cancel();
      this.loadedSrc = undefined;
      return;
    }
    const src = this.options.src() ?? '';
    if (src === this.loadedSrc) return;
    if (!src) {
      this.cancel();
      this.loadedSrc = '';
      this.setFetched('idle');
      return;
    }
    void this.load(src);
  }

  hostDisconnected(): void {
    if (this.fetchedState === 'loading') {
      this.cancel();
      this.loadedSrc = undefined;
    }
  }

  private cancel(): void {
    this.generation++;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private setFetched(state: DataState, data?: T, error?: DataError): void {
    this.fetchedState = state;
    this.fetchedData = data;
    this.fetchedError = error;
    this.host.requestUpdate();
  }

  private async load(src: string): Promise<void> {
    this.cancel();
    const generation = this.generation;
    this.loadedSrc = src;

    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.setFetched('error', undefined, { kind: 'offline', detail: 'navigator.onLine is false' });
      return;
    }

    const abort = new AbortController();
    this.inFlight = abort;
    let timedOut = false;
    const timeout = this.options.timeout?.() ?? DEFAULT_TIMEOUT;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeout);
    this.setFetched('loading');

    try {
      const data = await this.request(src, abort.signal);
      if (generation !== this.generation) return;
      this.setFetched(this.isEmpty(data) ? 'empty' : 'ready', data);
    } catch (thrown) {
      if (generation !== this.generation) return;
      const error = this.classify(thrown, timedOut, src);
      this.setFetched('error', undefined, error);
      this.explain(error, src);
    } finally {
      clearTimeout(timer);
      if (this.inFlight === abort) this.inFlight = undefined;
    }
  }

  private async request(src: string, signal: AbortSignal): Promise<T> {
    const response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const kind = response.status === 404 ? 'not-found' : 'http';
      throw new LoadError({ kind, status: response.status, detail: `${response.status} ${response.statusText} for ${src}` });
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new LoadError({ kind: 'bad-json', detail: `${src}: ${(e as Error).message}` });
    }
    try {
      return this.options.parse ? this.options.parse(json) : (json as T);
    } catch (e) {
      throw new LoadError({ kind: 'bad-json', detail: `${src}: ${(e as Error).message}` });
    }
  }

  /**
   * Says in the console why the data did not come, where the webmaster who pasted the widget looks:
   * the widget itself shows residents a short message, not a server's configuration.
   */
  private explain(error: DataError, src: string): void {
    const tag = this.host instanceof Element ? `<${this.host.localName}>` : 'renda-kit';
    let url: URL | undefined;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      url = undefined;
    }
    const crossOrigin = url !== undefined && url.origin !== location.origin;
    const why =
      error.kind === 'offline' && crossOrigin && navigator.onLine !== false
        ? `no answer from ${url!.origin}: either it cannot be reached, or it does not allow this page (${location.origin}) to read its data — its server must send the header Access-Control-Allow-Origin (see the town site's embed page)`
        : (error.detail ?? error.kind);
    console.warn(`${tag}: could not load ${src}: ${why}`);
  }

  private classify(thrown: unknown, timedOut: boolean, src: string): DataError {
    if (thrown instanceof LoadError) return thrown.error;
    if (timedOut) return { kind: 'timeout', detail: `no answer from ${src} in time` };
    // fetch rejects with a TypeError when no response came back at all.
    if (thrown instanceof TypeError) return { kind: 'offline', detail: thrown.message };
    return { kind: 'http', detail: String(thrown) };
  }
}
