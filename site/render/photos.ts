import { html, type SafeHtml } from '../../domain/text/html.js';
import type { Photo } from '../../domain/model.js';
import { townDataPath, type TownContext } from '../pages/context.js';
import { relativeHref } from './urls.js';

/**
 * An activity's or a progress entry's photos as figures: the file published beside the pages
 * (one copy whatever the page's language), its `alt`, and its caption when it has one.
 */
export function photoFigures(ctx: TownContext, from: string, photos: readonly Photo[] | undefined): SafeHtml | '' {
  if (!photos?.length) return '';
  return html`<div class="photos">${photos.map(
    (photo) => html`<figure class="photo"><img src="${relativeHref(from, townDataPath(ctx, photo.src))}" alt="${photo.alt}" loading="lazy" decoding="async">${photo.caption ? html`<figcaption>${photo.caption}</figcaption>` : ''}</figure>`,
  )}</div>`;
}
