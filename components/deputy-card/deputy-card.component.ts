import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { JsonDataController } from '../base/data-controller.js';
import { renderDataState, renderError, renderStatus } from '../base/data-state.js';
import { MEMBER_KIND_LABELS, servingAs, STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { LocaleController } from '../base/localize.js';
import { createMsg } from '../../domain/text/messages.js';
import type { Locale } from '../../domain/model.js';
import { describeReception } from '../../domain/calendar/reception.js';
import { defineNestedQrCodes } from '../base/nested-qr-code.js';
import type { QrEcc } from '../qr-code/define.js';
import { avatarColour, initials } from './avatar.js';
import { fitName, fitSlogan } from './poster-text.js';
import { DEFAULT_DEPUTY_URL_PATTERN, deputyContactUrl } from '../../domain/addresses.js';
import { deputyCardStyles } from './deputy-card.styles.js';
import { parseDeputyRecord, recordFromAttributes, stationsOf, type CardStation, type DeputyCardRecord } from './deputy-record.js';
import { describeNextReception, nextDeputyReceptionAt } from '../../domain/calendar/next-reception.js';
import { chinaDateOf, todayInChina } from '../../domain/calendar/dates.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.deputyCard, en: EN.deputyCard });

export type DeputyCardVariant = 'compact' | 'full' | 'poster';
export type PosterPaper = 'a4' | 'a6';

const VARIANTS: readonly DeputyCardVariant[] = ['compact', 'full', 'poster'];

/** A `deputy` attribute that is not a deputy record: kept apart so the card can say so. */
const BAD_ATTRIBUTE = Object.freeze({ id: '', name: '', levels: [], constituency: '' }) as DeputyCardRecord;

const recordConverter = {
  fromAttribute(value: string | null): DeputyCardRecord | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      return parseDeputyRecord(JSON.parse(value));
    } catch {
      return BAD_ATTRIBUTE;
    }
  },
  toAttribute(value: DeputyCardRecord | undefined): string | null {
    return value ? JSON.stringify(value) : null;
  },
};

/** The QR's size on the poster, as a share of the poster's width: ≥ 3 cm even on A6. */
const POSTER_QR_SIZE = '54cqi';

/**
 * @summary A deputy's card: photo or initials, name, number, every level they serve at,
 * constituency, stations, the next reception day, and the 代表码 that residents scan
 * (“有事码上说”). Three variants: `compact` for lists and sidebars, `full` for the deputy's page,
 * `poster` for print (A4 or A6).
 *
 * @tagname renda-deputy-card
 *
 * @slot name - Replaces the card's own name heading, e.g. with the page's `<h1>`.
 *
 * @csspart base - The card.
 * @csspart avatar - The round frame of the photo or the generated initials.
 * @csspart photo - The photo, when there is one.
 * @csspart initials - The generated initials, shown when there is no photo or it fails to load.
 * @csspart name - The name heading (a link in `compact` when the record has a `url`).
 * @csspart number - The deputy's number.
 * @csspart levels - The list of levels the deputy serves at.
 * @csspart level - Each level.
 * @csspart title - Title or occupation.
 * @csspart facts - The constituency, stations, term and roles.
 * @csspart station-link - Each station's link.
 * @csspart next-reception - The next reception line.
 * @csspart record - The year's 履职档案 in a few numbers (`full` and `compact`, when the record has `dutySummary`).
 * @csspart code - The 代表码 section.
 * @csspart qr - The `<renda-qr-code>` element; its own parts are exported as `qr-base`, `qr-svg`,
 *   `qr-caption`, `qr-actions` and `qr-download-button`.
 * @csspart slogan - The poster's slogan.
 * @csspart poster-station - The poster's station and reception rule.
 * @csspart no-code - Said instead of the code when no absolute contact URL can be made.
 * @csspart loading - The loading message.
 * @csspart empty - The message when there is no deputy.
 * @csspart error - The error message (with a retry button when loading `src` failed).
 * @csspart retry-button - The retry button.
 *
 * @cssproperty [--renda-deputy-card-accent=var(--renda-color-accent)] - Name links, level badges and the poster's slogan.
 * @cssproperty [--renda-deputy-card-background=var(--renda-color-bg)] - The card's background.
 * @cssproperty [--renda-deputy-card-border=var(--renda-color-border)] - The card's border colour.
 * @cssproperty [--renda-deputy-card-radius=var(--renda-radius-lg)] - The card's corner radius.
 * @cssproperty [--renda-deputy-card-avatar-size=96px] - The photo in `full` (48 px in `compact`).
 * @cssproperty [--renda-deputy-card-qr-size=176px] - The code in `full`.
 */
export class RendaDeputyCard extends LitElement {
  static override styles = deputyCardStyles;

  /**
   * The deputy: an object (see `DeputyCardRecord`: the content model's deputy plus
   * `stationDetails`, `contactUrl`, `url`, `town`), or the same as a JSON attribute. Wins over `src`.
   */
  @property({ converter: recordConverter }) deputy?: DeputyCardRecord;

  /** URL of the deputy's JSON, e.g. `/fengquan/data/deputies/bq-001.json`; relative links in it are relative to it. */
  @property() src = '';

  /** Stations to look the deputy's station ids up in (e.g. a town's `stations.json` list); else the record's `stationDetails`. */
  @property({ attribute: false }) stations?: readonly unknown[];

  /** `compact` (a list row or sidebar), `full` (the deputy's page) or `poster` (print). */
  @property({ reflect: true }) variant: DeputyCardVariant = 'full';

  /** Poster paper: `a4` or `a6`. The poster fills the width it is given, at the paper's proportions. */
  @property({ reflect: true }) paper: PosterPaper = 'a4';

  /** Hand-written embeds: the deputy's name (used when neither `deputy` nor `src` is given). */
  @property() name = '';
  /** Hand-written embeds: the deputy's number. */
  @property() number = '';
  /** Hand-written embeds: levels, space-separated (`township county city provincial national`). */
  @property() levels = '';
  /** Hand-written embeds: the constituency. */
  @property() constituency = '';
  /** Hand-written embeds: title or occupation. */
  @property() occupation = '';
  /** Hand-written embeds: photo URL. */
  @property() photo = '';
  /** Hand-written embeds: the station's name. */
  @property() station = '';
  /** Hand-written embeds: the station's page. */
  @property({ attribute: 'station-href' }) stationHref = '';
  /** Hand-written embeds: reception rules in words, e.g. `每月10日 9:00-11:30 接待日；每周二上午`. */
  @property() reception = '';

  /** The absolute URL the code encodes; else the record's `contactUrl`; else built from `base-url`, `town` and `url-pattern`. */
  @property({ attribute: 'contact-url' }) contactUrl = '';
  /** The site's published address, for building the contact URL. */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** The town's slug, for building the contact URL (else the record's `town.slug`). */
  @property() town = '';
  /** Pattern of the contact URL: `{baseUrl}`, `{town}` and `{id}` are filled in. */
  @property({ attribute: 'url-pattern' }) urlPattern = DEFAULT_DEPUTY_URL_PATTERN;

  /** The poster's slogan; else the town's `posterSlogan`; else “有事找代表 扫码说”. */
  @property() slogan = '';

  // The code's own default (DEFAULT_ECC), written out: importing it would load the code's element with the card.
  /** Error correction of the code: `L`, `M`, `Q` or `H`. */
  @property() ecc: QrEcc = 'M';

  /** Counts the next reception from this date (`YYYY-MM-DD`, the whole day) or instant (ISO date-time) instead of now in China. */
  @property() today = '';

  /**
   * Set by server rendering: when the page was built (a date, or a date-time as `<renda-vote>` takes it).
   * The card shows the next reception as of that day
   * until it runs in the browser, then moves on to today's.
   */
  @property({ attribute: 'rendered-at' }) renderedAt = '';

  /** Level of the name heading (1–6); default 2, 3 in `compact`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** Milliseconds before loading `src` counts as timed out. */
  @property({ type: Number }) timeout = 10_000;

  /** Today in the browser, once it runs (see `rendered-at`). */
  @state() private clock?: string;
  @state() private photoFailed = false;

  private readonly localeController = new LocaleController(this);
  private srcBase?: string;

  private readonly data = new JsonDataController<DeputyCardRecord>(this, {
    src: () => this.src,
    data: () => this.directRecord,
    timeout: () => this.timeout,
    parse: (json) => parseDeputyRecord(json, this.srcBase),
  });

  private get locale(): Locale {
    return this.localeController.locale;
  }

  /** The record given directly: the property, else the attributes of a hand-written embed. */
  private get directRecord(): DeputyCardRecord | undefined {
    if (this.deputy === BAD_ATTRIBUTE) return undefined;
    if (this.deputy) return this.deputy;
    return recordFromAttributes(this);
  }

  /** The record shown, when there is one. */
  get record(): DeputyCardRecord | undefined {
    return this.data.value;
  }

  /** An instant in the browser (a reception over today is past); the build's date while hydrating and on the server. */
  private get referenceMoment(): string {
    return this.today || this.clock || chinaDateOf(this.renderedAt) || (isServer ? todayInChina() : new Date().toISOString());
  }

  private get referenceDate(): string {
    return chinaDateOf(this.referenceMoment) ?? todayInChina();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deputy') && this.deputy && this.deputy !== BAD_ATTRIBUTE) {
      // A property set from script is as untrusted as a fetched file.
      try {
        const clean = parseDeputyRecord(this.deputy);
        if (JSON.stringify(clean) !== JSON.stringify(this.deputy)) this.deputy = clean;
      } catch {
        this.deputy = BAD_ATTRIBUTE;
      }
    }
    if (changed.has('src') && !isServer) {
      this.srcBase = this.src ? new URL(this.src, document.baseURI).href : undefined;
    }
    if (changed.has('deputy') || changed.has('src') || changed.has('photo')) this.photoFailed = false;
  }

  override firstUpdated(): void {
    // Server-rendered: the first render had to match the server's (dated) words; now the card
    // knows what day it is, and may say 今天 and 明天.
    // (After this update has finished, not inside it: one more render, not a nested one.)
    if (this.renderedAt && !this.today) void this.updateComplete.then(() => (this.clock = new Date().toISOString()));
  }

  override updated(): void {
    defineNestedQrCodes(this.renderRoot);
  }

  private get variantName(): DeputyCardVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  private codeUrl(record: DeputyCardRecord): string | undefined {
    const given = this.contactUrl.trim() || record.contactUrl;
    if (given && /^https?:\/\//i.test(given)) return given;
    return deputyContactUrl({ baseUrl: this.baseUrl, town: this.town || record.town?.slug, id: record.id }, this.urlPattern);
  }

  private heading(content: TemplateResult | string, fallbackLevel: number): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel ?? fallbackLevel)) || fallbackLevel));
    switch (level) {
      case 1:
        return html`<h1 class="name" part="name">${content}</h1>`;
      case 2:
        return html`<h2 class="name" part="name">${content}</h2>`;
      case 3:
        return html`<h3 class="name" part="name">${content}</h3>`;
      case 4:
        return html`<h4 class="name" part="name">${content}</h4>`;
      case 5:
        return html`<h5 class="name" part="name">${content}</h5>`;
      default:
        return html`<h6 class="name" part="name">${content}</h6>`;
    }
  }

  private renderAvatar(record: DeputyCardRecord, eager: boolean): TemplateResult {
    const colour = avatarColour(record.id || record.name);
    // The initials sit under the photo: if the photo never loads, they show, with or without script.
    return html`<div class="avatar" part="avatar" style=${styleMap({ '--avatar-colour': colour })}>
      <span class="avatar__initials" part="initials" aria-hidden="true">${initials(record.name)}</span>
      ${record.photo && !this.photoFailed
        ? html`<img class="avatar__photo" part="photo" src=${record.photo} alt="" loading=${eager ? 'eager' : 'lazy'} decoding="async" @error=${this.onPhotoError} />`
        : nothing}
    </div>`;
  }

  private onPhotoError(): void {
    this.photoFailed = true;
  }

  private renderLevels(record: DeputyCardRecord): TemplateResult | typeof nothing {
    const serving = servingAs(record, this.locale);
    if (!serving.length) return nothing;
    return html`<ul class="levels" part="levels" aria-label=${msg(this.locale, 'levels')}>
      ${serving.map((label) => html`<li class="level" part="level">${label}</li>`)}
    </ul>`;
  }

  private renderNext(stations: CardStation[]): TemplateResult {
    const today = this.referenceDate;
    const relative = !!(this.today || this.clock || !this.renderedAt);
    const next = nextDeputyReceptionAt(stations, this.referenceMoment);
    const label = msg(this.locale, 'nextReception');
    if (!next) return html`<p class="next next--none" part="next-reception"><span class="next__label">${label}</span> ${msg(this.locale, this.data.value?.messages === false ? 'noReceptionCall' : 'noReception')}</p>`;
    const words = describeNextReception(next, today, this.locale, relative);
    const stationName = next.station.url ? html`<a part="station-link" href=${next.station.url}>${next.station.name}</a>` : next.station.name;
    return html`<p class="next" part="next-reception">
      <span class="next__label">${label}</span>
      <time datetime=${next.date}>${words.day}</time>${words.detail ? html` <span class="next__detail">${words.detail}</span>` : nothing}
      <span class="next__station">${stationName}</span>
    </p>`;
  }

  /** A few numbers of the year's record, and in `full` the way to the whole 履职档案 on the deputy's page. */
  private renderRecord(record: DeputyCardRecord, withLink: boolean): TemplateResult | typeof nothing {
    const summary = record.dutySummary;
    if (!summary) return nothing;
    const l = this.locale;
    const words = msg(l, 'recordSummary', { receptions: summary.receptions, residents: summary.residentsMet, suggestions: summary.suggestions, activities: summary.activities });
    return html`<p class="record" part="record">
      <span class="record__label">${msg(l, 'record', { year: String(summary.year) })}</span>
      <span>${words}</span>${withLink && record.url ? html` <a class="record__link" href=${`${record.url}#duty-record-title`}>${msg(l, 'recordLink')}</a>` : nothing}
    </p>`;
  }

  private renderQr(url: string | undefined, record: DeputyCardRecord, options: { size?: string; downloadable: boolean }): TemplateResult {
    if (!url) return renderStatus(msg(this.locale, 'noCode'), 'no-code');
    return html`<renda-qr-code
      part="qr"
      exportparts="base: qr-base, svg: qr-svg, caption: qr-caption, actions: qr-actions, download-button: qr-download-button"
      lang=${this.locale}
      value=${url}
      label=${msg(this.locale, 'codeLabel', { name: record.name })}
      ecc=${this.ecc}
      size=${options.size ?? nothing}
      filename=${`代表码-${record.id || record.name}`}
      show-value
      ?downloadable=${options.downloadable}
    ></renda-qr-code>`;
  }

  private renderCompact(record: DeputyCardRecord, stations: CardStation[]): TemplateResult {
    const name = record.url ? html`<a href=${record.url}>${record.name}</a>` : record.name;
    const title = record.title ?? record.occupation;
    return html`<article class="card card--compact" part="base">
      ${this.renderAvatar(record, false)}
      <div class="card__body">
        ${this.heading(name, 3)}
        <p class="meta">
          ${record.id ? html`<span part="number">${msg(this.locale, 'number')} ${record.id}</span>` : nothing}
          ${servingAs(record, this.locale).length ? html`<span class="meta__levels">${servingAs(record, this.locale).join(this.locale === 'zh-CN' ? '、' : ', ')}</span>` : nothing}
        </p>
        ${title ? html`<p class="title" part="title">${title}</p>` : nothing}
        ${stations.length ? this.renderNext(stations) : nothing}
        ${this.renderRecord(record, false)}
      </div>
    </article>`;
  }

  private renderFull(record: DeputyCardRecord, stations: CardStation[]): TemplateResult {
    const locale = this.locale;
    const title = record.title ?? record.occupation;
    const url = this.codeUrl(record);
    return html`<article class="card card--full" part="base">
      <div class="card__main">
        <div class="identity">
          ${this.renderAvatar(record, true)}
          <div class="identity__text">
            <slot name="name">${this.heading(record.name, 2)}</slot>
            ${record.id ? html`<p class="number" part="number">${msg(locale, 'number')} <span class="number__value">${record.id}</span></p>` : nothing}
            ${title ? html`<p class="title" part="title">${title}</p>` : nothing}
          </div>
        </div>
        ${this.renderLevels(record)}
        <dl class="facts" part="facts">
          ${record.constituency ? html`<div><dt>${msg(locale, 'constituency')}</dt><dd>${record.constituency}</dd></div>` : nothing}
          ${stations.length
            ? html`<div>
                <dt>${msg(locale, 'stations')}</dt>
                <dd>
                  <ul class="stations">
                    ${stations.map(
                      (s) => html`<li>
                        ${s.url ? html`<a part="station-link" href=${s.url}>${s.name}</a>` : s.name}${s.kind ? html` <span class="muted">${STATION_KIND_LABELS[locale][s.kind]}</span>` : nothing}
                      </li>`,
                    )}
                  </ul>
                </dd>
              </div>`
            : nothing}
          ${record.roles?.length ? html`<div><dt>${msg(locale, 'roles')}</dt><dd>${record.roles.join(locale === 'zh-CN' ? '、' : ', ')}</dd></div>` : nothing}
          ${record.term ? html`<div><dt>${msg(locale, 'term')}</dt><dd>${record.term}</dd></div>` : nothing}
        </dl>
        ${this.renderNext(stations)}
        ${this.renderRecord(record, true)}
        ${record.bio ? html`<p class="bio">${record.bio}</p>` : nothing}
      </div>
      <section class="code" part="code" aria-labelledby="code-title">
        <p class="code__title" id="code-title">${msg(locale, 'code')}</p>
        ${this.renderQr(url, record, { downloadable: true })}
        ${url ? html`<p class="code__hint">${msg(locale, record.messages === false ? 'codeHintVisit' : 'codeHint', { name: record.name })}</p>` : nothing}
      </section>
    </article>`;
  }

  private renderPoster(record: DeputyCardRecord, stations: CardStation[]): TemplateResult {
    const locale = this.locale;
    const slogan = this.slogan.trim() || record.town?.posterSlogan || msg(locale, 'slogan');
    const main = stations[0];
    const rules = main?.reception?.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ');
    const fitted = fitSlogan(slogan);
    const levels = servingAs(record, locale).join(locale === 'zh-CN' ? '、' : ', ');
    return html`<article class="card card--poster poster--${this.paper === 'a6' ? 'a6' : 'a4'}" part="base">
      ${record.town?.congress || record.town?.name ? html`<p class="poster__town">${record.town.congress ?? record.town.name}</p>` : nothing}
      <p class="poster__slogan" part="slogan" style=${styleMap({ 'font-size': `${fitted.size}cqi` })}>
        ${fitted.lines.map((line) => html`<span class="poster__line">${line}</span>`)}
      </p>
      <div class="poster__who">
        ${this.heading(html`<span class="poster__name" style=${styleMap({ 'font-size': `${fitName(record.name)}cqi` })}>${record.name}</span> <span class="poster__role">${record.kind === 'assembly-member' ? MEMBER_KIND_LABELS[locale]['assembly-member'] : msg(locale, 'deputy')}</span>`, 2)}
        <p class="poster__meta">
          ${record.id ? html`<span part="number">${msg(locale, 'number')} ${record.id}</span>` : nothing}
          ${levels ? html`<span>${levels}</span>` : nothing}
        </p>
      </div>
      <div class="poster__code">${this.renderQr(this.codeUrl(record), record, { size: POSTER_QR_SIZE, downloadable: false })}</div>
      <p class="poster__hint">${msg(locale, record.messages === false ? 'scanHintVisit' : 'scanHint')}</p>
      ${main
        ? html`<div class="poster__station" part="poster-station">
            <p><span class="poster__label">${msg(locale, 'station')}</span>${main.name}${stations.length > 1 ? html` <span class="poster__more">${msg(locale, 'moreStations', { count: stations.length })}</span>` : nothing}</p>
            ${rules ? html`<p><span class="poster__label">${msg(locale, 'reception')}</span>${rules}</p>` : nothing}
          </div>`
        : nothing}
    </article>`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const variant = this.variantName;
    if (this.deputy === BAD_ATTRIBUTE) return html`<div class="state">${renderError(msg(locale, 'badData'), locale)}</div>`;
    const status = this.data.state === 'idle' ? renderStatus(msg(locale, 'empty'), 'empty') : renderDataState(this.data, locale, { empty: msg(locale, 'empty'), loading: msg(locale, 'loading') });
    if (status) return html`<div class="state">${status}</div>`;
    const record = this.data.value!;
    const stations = stationsOf(record, this.stations);
    if (variant === 'compact') return this.renderCompact(record, stations);
    if (variant === 'poster') return this.renderPoster(record, stations);
    return this.renderFull(record, stations);
  }
}
