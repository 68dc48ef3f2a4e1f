import { renderLit } from './components.js';
import { html as litHtml, nothing } from 'lit';
import '../../components/vote/define.js';
import type { Locale, VoteEvent } from '../../domain/model.js';
import { raw, type SafeHtml } from '../../domain/text/html.js';

export interface VoteWidgetOptions {
  town: string;
  /** The participation API's base URL (`site.json` `participationApi`): polls and ratings take ballots. */
  api?: string;
  /** The moment the page is rendered (ISO): the widget's first paint, on the server and while hydrating, uses it. */
  renderedAt: string;
  lang: Locale;
  headingLevel?: number;
  /** A subdistrict's 议政代表会 holds the project ballot, not a people's congress. */
  body?: 'congress' | 'assembly';
}

/**
 * `<renda-vote>` rendered on the server into declarative shadow DOM: the results are in the HTML
 * before any script runs. The vote travels in the `vote` attribute (escaped JSON), so the browser
 * hydrates exactly what the server rendered, then asks the API for live state.
 */
export function voteWidget(vote: VoteEvent, options: VoteWidgetOptions): SafeHtml {
  return raw(
    renderLit(
        litHtml`<renda-vote vote=${JSON.stringify(vote)} town=${options.town} vote-id=${vote.id} api=${options.api ?? nothing} rendered-at=${options.renderedAt} lang=${options.lang} heading-level=${options.headingLevel ?? 2} body=${options.body ?? nothing}></renda-vote>`,
    ),
  );
}
