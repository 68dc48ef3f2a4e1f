/** The selected station's details: address, phone, receptions, deputies, 联络站码, calendar. */
import { html, nothing, type TemplateResult } from 'lit';
import { describeReception, nextReceptionAt } from '../../domain/calendar/reception.js';
import { formatDistance } from '../../domain/geo/distance.js';
import { themeLabel } from '../../domain/geo/station-themes.js';
import { formatDate } from '../../domain/text/format.js';
import { STATION_KIND_LABELS } from '../../domain/text/labels.js';
import { heading, kindIcon, type StationPanelContext } from './parts.js';
import { fillPattern, type DeputyRef, type MapLastReception, type MapStation } from './station-data.js';
import { msg } from './station-map.messages.js';

export interface StationDetailsContext extends StationPanelContext {
  /** Metres from the resident, once located. */
  distance: number | undefined;
  /** For the deputies' names; ids are shown otherwise. */
  deputies: DeputyRef[];
  /** The element's `qr-url` and `deputy-href` patterns (`{id}` is replaced). */
  qrUrl: string;
  deputyHref: string;
  onClose: () => void;
  onAddToCalendar: () => void;
}

export function renderStationDetails(station: MapStation, context: StationDetailsContext): TemplateResult {
  const { locale, today, headingLevel, distance } = context;
  const next = nextReceptionAt(station.reception, station.stops, context.now);
  const names = new Map(context.deputies.map((d) => [d.id, d.name]));
  const qr = context.qrUrl ? fillPattern(context.qrUrl, station.id) : '';
  const nextText = next
    ? `${next.date === today ? `${msg(locale, 'today')} ` : ''}${formatDate(next.date, locale)}${next.stop ? ` ${next.stop.time ?? ''} · ${next.stop.place}` : next.rule ? ` · ${describeReception(next.rule, locale)}` : ''}`
    : '';
  return html`<section class="details" part="details" aria-labelledby="details-title">
    <div class="details__head">
      ${heading(headingLevel + 1, station.name, 'details-title')}
      <button class="button button--quiet details__close" part="button" type="button" aria-label=${msg(locale, 'close')} @click=${context.onClose}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"></path></svg>
      </button>
    </div>
    <p class="details__kind">
      ${kindIcon(station.kind)} ${STATION_KIND_LABELS[locale][station.kind]}${station.theme ? ` · ${themeLabel(station.theme, locale)}` : ''}${distance !== undefined ? ` · ${msg(locale, 'distance', { distance: formatDistance(distance, locale) })}` : ''}
    </p>
    <dl class="details__facts">
      ${station.address ? html`<dt>${msg(locale, 'address')}</dt><dd>${station.address}</dd>` : nothing}
      ${station.phone ? html`<dt>${msg(locale, 'phone')}</dt><dd><a href="tel:${station.phone.replace(/[^\d+]/g, '')}">${station.phone}</a></dd>` : nothing}
      <dt>${msg(locale, 'schedule')}</dt>
      <dd>${station.reception.length ? station.reception.map((rule) => describeReception(rule, locale)).join(locale === 'zh-CN' ? '；' : '; ') : msg(locale, 'noReception')}</dd>
      ${next ? html`<dt>${msg(locale, station.kind === 'mobile' && next.stop ? 'nextStop' : 'next')}</dt><dd><time datetime=${next.date}>${nextText}</time></dd>` : nothing}
      ${station.lastReception ? renderLastReception(station.lastReception, context) : nothing}
    </dl>
    ${heading(headingLevel + 2, msg(locale, 'deputies'))}
    ${station.deputies.length
      ? html`<ul class="details__deputies">
          ${station.deputies.map((id) => {
            const name = names.get(id) ?? id;
            return html`<li>${context.deputyHref ? html`<a href=${fillPattern(context.deputyHref, id)}>${name}</a>` : name}</li>`;
          })}
        </ul>`
      : html`<p class="muted">${msg(locale, 'noDeputies')}</p>`}
    <div class="details__bottom">
      ${qr
        ? html`<figure class="details__code">
            <renda-qr-code value=${qr} label=${msg(locale, 'codeLabel', { name: station.name })} size="132px" lang=${locale}></renda-qr-code>
            <figcaption>${msg(locale, 'code')}</figcaption>
          </figure>`
        : nothing}
      <div class="details__actions">
        ${station.reception.length || station.stops?.length
          ? html`<button class="button" part="button" type="button" aria-describedby="ics-hint" @click=${context.onAddToCalendar}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="5" width="16" height="15" rx="2" fill="none"></rect><path d="M4 10h16M9 3v4M15 3v4"></path></svg>
                ${msg(locale, 'addToCalendar')}
              </button>
              <p class="muted details__hint" id="ics-hint">${msg(locale, 'calendarHint')}</p>`
          : nothing}
        ${context.stationHref ? html`<a class="button" part="button" href=${fillPattern(context.stationHref, station.id)}>${msg(locale, 'details')}</a>` : nothing}
      </div>
    </div>
  </section>`;
}

/** The station's last reception: the day, the deputies present (linked when the map has `deputy-href`), how many residents came. */
function renderLastReception(last: MapLastReception, context: StationDetailsContext): TemplateResult {
  const { locale } = context;
  const date = html`<time datetime=${last.date}>${formatDate(last.date, locale)}</time>`;
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const deputies = last.deputies.map((d, i) => html`${i ? separator : ''}${context.deputyHref ? html`<a href=${fillPattern(context.deputyHref, d.id)}>${d.name}</a>` : d.name}`);
  // The sentence is the catalogue's, with the date and the names put in where it says.
  const template = msg(locale, last.deputies.length ? 'lastReceptionText' : 'lastReceptionNoDeputies', { residents: last.residents });
  const parts = template.split(/(\{date\}|\{deputies\})/);
  return html`<dt>${msg(locale, 'lastReception')}</dt><dd class="details__last" part="last-reception">${parts.map((part) => (part === '{date}' ? date : part === '{deputies}' ? deputies : part))}</dd>`;
}
