/**
 * The tracker's view in the page's URL: filters, search, sort and the open suggestion are read
 * from the query string on load and on Back/Forward, and written back as the reader changes them
 * — a new history entry for a change Back should undo, an amended one while typing a search.
 * The query format itself is `url-state.ts`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readViewState, writeViewState, type ViewState } from './url-state.js';

/** Search edits within this time replace the history entry instead of adding one. */
const URL_WRITE_DELAY = 300;

export type HistoryWrite = 'push' | 'replace' | 'none';

export interface UrlSyncOptions {
  /** False when the host keeps its view out of the URL (`no-url`). */
  enabled(): boolean;
  /** Prefix of the query parameters, for two trackers on one page. */
  prefix(): string;
  /** True when suggestions open on pages of their own (`item-href`): the URL never opens one here. */
  itemPages(): boolean;
  /** Back or Forward moved to another entry: the host reads the URL again. */
  onHistoryMove(): void;
}

export class UrlSyncController implements ReactiveController {
  /** Set while a search is being typed: its first keystroke pushed an entry, later ones amend it. */
  searchEntry = false;
  /** The open suggestion was opened by us, with an entry of ours: closing it goes back. */
  openedByPush = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer || !this.options.enabled()) return;
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.timer);
  }

  /** The view the URL asks for. */
  read(): ViewState {
    const next = readViewState(location.search, this.options.prefix());
    if (this.options.itemPages()) delete next.open;
    return next;
  }

  /** `push`: a new history entry (Back undoes it); `replace`: amend the current one, after a pause; `none`: URL untouched. */
  write(next: ViewState, how: HistoryWrite): void {
    if (!this.options.enabled() || isServer || how === 'none') return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const write = () => {
      this.timer = undefined;
      const url = `${location.pathname}${writeViewState(next, location.search, this.options.prefix())}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (how === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    };
    if (how === 'replace') this.timer = setTimeout(write, URL_WRITE_DELAY);
    else write();
  }

  /** The search is done (blur, Enter): write a pending amendment now, so a link copied right away holds the query. */
  finishSearch(view: ViewState): void {
    if (this.searchEntry && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      const url = `${location.pathname}${writeViewState(view, location.search, this.options.prefix())}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    }
    this.searchEntry = false;
  }

  /** The URL of the current page with `view` in its query, for links. */
  href(view: ViewState): string {
    return `${location.pathname}${writeViewState(view, location.search, this.options.prefix())}`;
  }

  private readonly onPopState = (): void => {
    this.searchEntry = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.openedByPush = false;
    this.options.onHistoryMove();
  };
}
