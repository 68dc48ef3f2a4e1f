/**
 * For widgets that draw a `<renda-qr-code>` in their own shadow root (the deputy card, a station's
 * details on the map): importing this defines the code's element. Here, at once: on the server, in
 * the per-component build, in Storybook and in the tests. The embed build (vite.config.ts,
 * `--mode embed`) puts nested-qr-code.lazy.ts in this module's place, which imports the code's element only
 * when a code must be drawn or used: a code the server drew is readable and scannable without it.
 */
import '../qr-code/define.js';

/**
 * Call after each update of a widget that may hold codes in `root`. Here there is nothing to do:
 * the element is defined.
 */
export function defineNestedQrCodes(_root: ParentNode): void {}
