/**
 * The embed build's nested-qr-code.ts (see there). The embed loader (components/autoloader.ts) does not see
 * into widgets' shadow roots: here a widget announces the codes it drew there, and the loader treats
 * them as the codes in the page. A code with nothing drawn yet loads its element as it nears the
 * viewport; a code the server drew (its declarative shadow root is attached) stays as drawn until
 * the reader heads for it (its download buttons) or the widget changes one of its attributes
 * (another value, the page's language). So a deputy's page shows the card's code without loading the
 * code's element, and the map loads it when a station's details first show a code.
 */

/** Heard by the loader: `NESTED_WIDGET` there. */
const NESTED_WIDGET = 'renda-nested-widget';

/** Call after each update of a widget that may hold codes in `root`. */
export function defineNestedQrCodes(root: ParentNode): void {
  if (customElements.get('renda-qr-code')) return;
  for (const code of root.querySelectorAll('renda-qr-code')) code.dispatchEvent(new Event(NESTED_WIDGET, { bubbles: true, composed: true }));
}
