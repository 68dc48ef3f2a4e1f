import { html, isServer, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { JsonDataController } from '../base/data-controller.js';
import { renderDataState } from '../base/data-state.js';
import { LocaleController } from '../base/localize.js';
import { createMsg } from '../../domain/text/messages.js';
import { highlight, prepareIndex, search, type PreparedIndex, type SearchEntry } from './search-index.js';
import { siteSearchStyles } from './site-search.styles.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.siteSearch, en: EN.siteSearch });

const PAGE = 30;

function parseIndex(json: unknown): SearchEntry[] {
  const entries = (json as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error('search index: no entries list');
  return entries.filter((e): e is SearchEntry => !!e && typeof e.t === 'string' && typeof e.u === 'string');
}

/**
 * @summary Searches one town's pages in the browser: deputies, stations, suggestions, votes and
 * news. Works offline once the index has loaded; Chinese is matched by substring, so there are no
 * word-segmentation misses.
 *
 * @tagname renda-site-search
 *
 * @csspart base - The wrapper.
 * @csspart input - The search field.
 * @csspart count - The live count of results.
 * @csspart results - The list of results.
 *
 * @cssproperty [--renda-search-accent=var(--renda-color-accent)] - Colour of result links.
 */
export class RendaSiteSearch extends LitElement {
  static override styles = siteSearchStyles;

  /** URL of the town's search index (`search/index.json`). */
  @property() src = '';

  /** The index given directly, instead of `src`. */
  @property({ attribute: false }) entries?: SearchEntry[];

  /** The search text; kept in the page URL's `?q=` so a link reproduces the search and Back works. */
  @property({ reflect: true }) query = '';

  @state() private shown = PAGE;

  private readonly localeController = new LocaleController(this);
  private readonly data = new JsonDataController<SearchEntry[]>(this, {
    src: () => this.src,
    data: () => this.entries,
    parse: parseIndex,
    isEmpty: () => false,
  });
  private prepared?: { from: readonly SearchEntry[]; index: PreparedIndex };

  private readonly onPopState = () => {
    this.typing = false;
    this.query = new URL(location.href).searchParams.get('q') ?? '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    const fromUrl = new URL(location.href).searchParams.get('q');
    if (fromUrl !== null) this.query = fromUrl;
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private get index(): PreparedIndex | undefined {
    const entries = this.data.value;
    if (!entries) return undefined;
    if (this.prepared?.from !== entries) this.prepared = { from: entries, index: prepareIndex(entries) };
    return this.prepared.index;
  }

  /** True while a search is being typed: its first keystroke made a history entry, the rest update it. */
  private typing = false;

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.shown = PAGE;
    const url = new URL(location.href);
    if (this.query) url.searchParams.set('q', this.query);
    else url.searchParams.delete('q');
    // One history entry per search, not per letter: Back returns to the previous search.
    if (this.typing) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
    this.typing = true;
  }

  private onChange() {
    this.typing = false;
  }

  private snippet(entry: SearchEntry): string {
    const text = entry.x;
    const first = this.query.trim().split(/\s+/)[0] ?? '';
    const at = first ? text.toLowerCase().indexOf(first.toLowerCase()) : -1;
    if (at <= 30) return text.slice(0, 90);
    return `…${text.slice(at - 20, at + 70)}`;
  }

  private marked(text: string) {
    return highlight(text, this.query).map((run) => (run.match ? html`<mark>${run.text}</mark>` : run.text));
  }

  override render() {
    const locale = this.localeController.locale;
    const index = this.index;
    const hits = index && this.query.trim() ? search(index, this.query) : [];
    return html`<div part="base">
      <label for="q">${msg(locale, 'label')}</label>
      <input
        id="q"
        part="input"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        .value=${this.query}
        placeholder=${msg(locale, 'placeholder')}
        aria-describedby="hint"
        @input=${this.onInput}
        @change=${this.onChange}
      />
      <span id="hint" class="snippet">${msg(locale, 'hint')}</span>
      ${renderDataState(this.data, locale, { loading: msg(locale, 'loading') }) ??
      html`<p part="count" role="status" aria-live="polite">
          ${this.query.trim() ? (hits.length ? msg(locale, 'count', { count: hits.length }) : msg(locale, 'none', { query: this.query.trim() })) : ''}
        </p>
        ${hits.length
          ? html`<ol part="results">
              ${hits.slice(0, this.shown).map(
                ({ entry }) => html`<li>
                  <span class="kind">${entry.k}</span><a href=${entry.u}>${this.marked(entry.t)}</a>
                  ${entry.x ? html`<p class="snippet">${this.marked(this.snippet(entry))}</p>` : nothing}
                </li>`,
              )}
            </ol>
            ${hits.length > this.shown
              ? html`<button class="button" type="button" @click=${() => (this.shown += PAGE)}>${msg(locale, 'more')}</button>`
              : nothing}`
          : nothing}`}
    </div>`;
  }
}
