import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';
import { hasWords, wordsFor } from './words.js';

/**
 * The language in force at an element: its own `lang`, else the closest ancestor's, crossing
 * shadow roots (a widget nested in another widget's shadow DOM follows the outer page), else the
 * document's.
 */
export function langOf(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') ?? null;
}

/**
 * Gives a component its locale and re-renders it when `lang` changes on the element or on the
 * document. (A `lang` change on some other ancestor is not watched: pages set it once.) On a page
 * that loads its widgets with the embed loader, which brings the words of the page's language only
 * (base/words.ts), a widget shown in another language asks for those words and renders again once
 * they are there.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The language the widget last drew in with its words in place. */
  private drawnIn?: Locale;

  /**
   * The language to draw in: the one in force at the element, once its words are in place; until
   * then the one it drew in before, so a widget switching language never draws half in keys.
   */
  get locale(): Locale {
    // On the server there is no tree to walk; the element's own attribute is all there is.
    if (isServer) return resolveLocale(this.host.getAttribute('lang'));
    const wanted = resolveLocale(langOf(this.host));
    return this.drawnIn && this.drawnIn !== wanted && !hasWords(this.host.localName, wanted) ? this.drawnIn : wanted;
  }

  hostConnected(): void {
    if (isServer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(this.host.ownerDocument.documentElement, options);
  }

  hostUpdate(): void {
    if (isServer) return;
    const wanted = resolveLocale(langOf(this.host));
    void wordsFor(this.host.localName, wanted)?.then(
      () => this.host.requestUpdate(),
      () => undefined, // the loader said why; the widget stays in the language it has
    );
    this.drawnIn = this.locale;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
