/**
 * `renda-kit/domain`: the model and every rule of renda-kit, for other tools that must compute the
 * same figures, deadlines and vote results as the town sites (a county dashboard, a spreadsheet
 * import, the participation API). Pure TypeScript: no DOM, no Node built-ins, no Lit.
 */
export * from './model.js';
export * from './addresses.js';
export * from './privacy.js';
export * from './calendar/dates.js';
export * from './calendar/holidays.js';
export * from './calendar/reception.js';
export * from './calendar/next-reception.js';
export * from './calendar/ics.js';
export * from './suggestions/loop.js';
export * from './suggestions/deadline.js';
export * from './suggestions/figures.js';
export * from './suggestions/reply-clock.js';
export * from './suggestions/export.js';
export * from './suggestions/scope.js';
export * from './suggestions/steps.js';
export * from './suggestions/retention.js';
export * from './votes/vote-rules.js';
export * from './votes/ballot-rules.js';
export type * from './votes/participation.js';
export * from './geo/coordinates.js';
export * from './geo/distance.js';
export * from './geo/station-themes.js';
export * from './text/format.js';
export * from './text/labels.js';
export * from './text/messages.js';
export * from './text/html.js';
export * as zhCN from './text/translations/zh-CN.js';
export * as en from './text/translations/en.js';
export * from './constituencies.js';
export * from './suggestions/meetings.js';
export * from './votes/projects.js';
