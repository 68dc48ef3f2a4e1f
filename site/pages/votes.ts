import { html } from '../../domain/text/html.js';
import { layout } from '../render/layout.js';
import { voteWidget } from '../render/vote.js';
import { todayInChina } from '../../domain/calendar/dates.js';
import { t } from '../i18n.js';
import { fill } from '../../domain/text/messages.js';
import { pageLocale, townPath, type TownContext } from './context.js';
import { ballotOutcome } from '../../domain/votes/ballot-rules.js';
import { batchRatingSections, projectsSection } from './projects.js';
import { isBatchRating } from '../../domain/votes/projects.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

// Re-exported for callers that found it here first; the rule lives in components/vote/ballot-rules.ts.
export { ballotOutcome };

/**
 * The moment the page shows its votes in: now for today's build; noon of the build's date when
 * the build is told another “today”, so rebuilding an old state shows the polls as they were.
 */
function renderedAt(ctx: TownContext): string {
  return ctx.today === todayInChina() ? new Date().toISOString() : `${ctx.today}T12:00:00+08:00`;
}

const INTRO = { 'zh-CN': ZH.votesPage, en: EN.votesPage };

/** `/<town>/votes/`: every vote, server-rendered `<renda-vote>` widgets that go live with the API. */
export function votesPage(ctx: TownContext): string {
  const { town, votes } = ctx.loaded;
  const locale = pageLocale(ctx);
  const at = renderedAt(ctx);
  const title = t(locale, 'votes');
  // A year-end batch's ratings are shown together, after the projects they rate.
  const widget = { town: town.slug, ...(ctx.site.participationApi ? { api: ctx.site.participationApi } : {}), lang: locale, ...(town.congress.kind === 'working-committee' ? { body: 'assembly' as const } : {}) };
  return layout({
    site: ctx.site,
    url: townPath(ctx, 'votes/'),
    town,
    title,
    breadcrumbs: [{ title: town.name, url: townPath(ctx) }],
    body: html`<h1>${title}</h1>
<p>${town.congress.kind === 'working-committee'
  ? fill(INTRO[locale].introAssembly, { assembly: town.congress.assembly ?? INTRO[locale].assembly, committee: town.congress.name })
  : INTRO[locale].intro}</p>
${votes.length
  ? votes.filter((vote) => !isBatchRating(vote)).map((vote) => html`<section class="card vote" id="${vote.id}">${voteWidget(vote, { ...widget, renderedAt: at })}</section>`)
  : html`<p>${INTRO[locale].none}</p>`}
${projectsSection(ctx)}
${batchRatingSections(ctx, at, widget)}`,
  });
}
