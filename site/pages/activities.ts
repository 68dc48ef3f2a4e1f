/**
 * The deputies' activities as files to follow: `/<town>/activities.ics` (a calendar of all-day
 * events) and `/<town>/activities/feed.xml` (Atom). Each activity links to its place on the
 * receptions page, and a 议政代表会 meeting to the assembly page.
 */
import { dayEventsIcs, type DayEvent } from '../../domain/calendar/ics.js';
import { atomFeed } from '../render/atom.js';
import { absoluteUrl } from '../render/urls.js';
import { html } from '../../domain/text/html.js';
import type { Activity } from '../../domain/model.js';
import { pageLocale, receptionsPath, townDataPath, type TownContext } from './context.js';
import { ACTIVITY_KIND_LABELS } from '../../domain/text/labels.js';
import { assemblyPath, assemblyWords, hasAssembly } from './assembly.js';

export const activitiesCalendarPath = (ctx: TownContext) => townDataPath(ctx, 'activities.ics');
export const activitiesFeedPath = (ctx: TownContext) => townDataPath(ctx, 'activities/feed.xml');

/** Where an activity is told about on the site. */
function activityUrl(ctx: TownContext, activity: Activity): string {
  const page = activity.kind === 'assembly-meeting' && hasAssembly(ctx) ? assemblyPath(ctx) : receptionsPath(ctx);
  return `${absoluteUrl(ctx.site, page)}#${activity.id}`;
}

function activityText(ctx: TownContext, activity: Activity): { summary: string; description: string; location?: string } {
  const locale = pageLocale(ctx);
  const names = activity.deputies.map((id) => ctx.loaded.deputies.find((d) => d.id === id)?.name ?? id);
  const station = activity.station ? ctx.loaded.stations.find((s) => s.id === activity.station) : undefined;
  const description = [
    activity.outcome ?? '',
    ...(activity.decisions?.length ? [assemblyWords(locale, 'decisions'), ...activity.decisions.map((d, i) => `${i + 1}. ${d}`)] : []),
    assemblyWords(locale, 'participantsLine', { names: names.join(locale === 'zh-CN' ? '、' : ', ') }),
  ].filter(Boolean);
  return { summary: `${ACTIVITY_KIND_LABELS[locale][activity.kind]} · ${activity.title}`, description: description.join('\n'), ...(station ? { location: `${station.name}，${station.address}` } : {}) };
}

export function activitiesIcs(ctx: TownContext): string {
  const events: DayEvent[] = ctx.loaded.activities.map((activity) => ({ id: `${ctx.loaded.town.slug}-${activity.id}`, date: activity.date, url: activityUrl(ctx, activity), ...activityText(ctx, activity) }));
  return dayEventsIcs(events, {
    name: assemblyWords(pageLocale(ctx), 'calendarName', { town: ctx.loaded.town.name }),
    // The build's day, not the clock: the same content writes the same bytes.
    now: new Date(`${ctx.today}T00:00:00+08:00`),
    uidDomain: new URL(ctx.site.baseUrl).host,
  });
}

export function activitiesFeed(ctx: TownContext): string {
  const { town, activities } = ctx.loaded;
  return atomFeed({
    self: absoluteUrl(ctx.site, activitiesFeedPath(ctx)),
    alternate: absoluteUrl(ctx.site, receptionsPath(ctx)),
    title: assemblyWords(pageLocale(ctx), 'feedTitle', { town: town.name }),
    author: town.congress.name,
    entries: activities.map((activity) => {
      const text = activityText(ctx, activity);
      return {
        id: activityUrl(ctx, activity),
        title: text.summary,
        link: activityUrl(ctx, activity),
        updated: activity.date,
        contentHtml: html`${text.description.split('\n').map((line) => html`<p>${line}</p>`)}`.value,
      };
    }),
  });
}
