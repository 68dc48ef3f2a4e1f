/**
 * “Nearest to me”: asks the browser for the resident's position only when they press the button,
 * keeps it on this device (never sent anywhere), says what happened in the live region, and draws
 * the button with its note. What to do with the position is the host's business (`onLocated`).
 * It needs none of the host's lifecycle callbacks, so it only asks the host to update.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../domain/model.js';
import type { LngLat } from '../../domain/geo/coordinates.js';
import { msg } from './station-map.messages.js';

export type LocateState = 'idle' | 'asking' | 'found' | 'denied' | 'unavailable' | 'unsupported';

export interface GeolocationOptions {
  locale: () => Locale;
  /** Puts a sentence in the host's live region ('' clears it). */
  announce: (text: string) => void;
  /** The position arrived (WGS-84, as browsers give it); `position` and `state` are already set. */
  onLocated: (position: LngLat) => void;
}

export class GeolocationController {
  private readonly host: ReactiveControllerHost;
  private readonly options: GeolocationOptions;
  private userPosition?: LngLat;
  private locateState: LocateState = 'idle';

  constructor(host: ReactiveControllerHost, options: GeolocationOptions) {
    this.host = host;
    this.options = options;
  }

  /** The resident's position (WGS-84); only after they asked. */
  get position(): LngLat | undefined {
    return this.userPosition;
  }

  get state(): LocateState {
    return this.locateState;
  }

  private set(state: LocateState, position = this.userPosition): void {
    if (state === this.locateState && position === this.userPosition) return;
    this.locateState = state;
    this.userPosition = position;
    this.host.requestUpdate();
  }

  /** Asks for the position, now and only now. */
  readonly locate = (): void => {
    const locale = this.options.locale();
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation || !window.isSecureContext) {
      this.set('unsupported');
      this.options.announce(msg(locale, 'locationUnsupported'));
      return;
    }
    this.set('asking');
    this.options.announce(msg(locale, 'locating'));
    geolocation.getCurrentPosition(
      (position) => this.located([position.coords.longitude, position.coords.latitude]),
      (error) => {
        this.set(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
        this.options.announce(msg(this.options.locale(), this.locateState === 'denied' ? 'locationDenied' : 'locationUnavailable'));
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  private located(position: LngLat): void {
    this.set('found', position);
    this.options.onLocated(position);
  }

  /** Drops the position: the list goes back to its own order. */
  readonly forget = (): void => {
    this.set('idle', undefined);
    this.options.announce('');
  };

  /** The button, “forget my location” once known, and a note on privacy or on what went wrong. */
  render(locale: Locale, interactive: boolean): TemplateResult {
    const asking = this.locateState === 'asking';
    const problem = this.locateState === 'denied' || this.locateState === 'unavailable' || this.locateState === 'unsupported';
    return html`<div class="locate" part="locate" ?hidden=${!interactive}>
      <button class="button locate__button" part="button" type="button" ?disabled=${asking} aria-describedby="locate-note" @click=${this.locate}>
        <svg class="locate__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="4"></circle><path d="M12 2v4M12 18v4M2 12h4M18 12h4"></path><circle cx="12" cy="12" r="8" fill="none"></circle></svg>
        ${msg(locale, asking ? 'locating' : 'nearest')}
      </button>
      ${this.userPosition ? html`<button class="button button--quiet" part="button" type="button" @click=${this.forget}>${msg(locale, 'forgetLocation')}</button>` : nothing}
      <p class="locate__note ${problem ? 'locate__note--problem' : ''}" id="locate-note">
        ${problem ? msg(locale, this.locateState === 'denied' ? 'locationDenied' : this.locateState === 'unsupported' ? 'locationUnsupported' : 'locationUnavailable') : msg(locale, 'locationPrivacy')}
      </p>
    </div>`;
  }
}
