/** A heading at a level the page chooses (2–6), so a widget's outline fits wherever it is placed. */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  cls?: string;
  /** Focusable by script (`tabindex="-1"`), for moving focus to it. */
  focusable?: boolean;
}

export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const cls = options.cls ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, Math.trunc(level) || 2))) {
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
