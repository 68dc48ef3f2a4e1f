import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml, type TemplateResult } from 'lit';
import '../../components/qr-code/define.js';
import { raw, type SafeHtml } from '../../domain/text/html.js';

/** A Lit template rendered on the server: custom elements as declarative shadow DOM. */
export function renderLit(template: TemplateResult): string {
  return collectResultSync(render(template));
}

/**
 * Server-rendered components: the same custom elements the embed script defines, rendered with
 * Lit SSR into declarative shadow DOM, so their content is in the HTML before any script runs.
 */
export function qrCode(value: string, label: string): SafeHtml {
  return raw(renderLit(litHtml`<renda-qr-code value=${value} label=${label} show-value></renda-qr-code>`));
}
