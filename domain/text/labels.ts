/**
 * Names of the domain's values (levels, kinds, stages, outcomes…) in zh-CN and en: lookups by
 * value into the message catalogues (`translations/`), so a stage is called the same on every
 * page, widget, data file and feed.
 */
import type { DeputyLevel, Locale, Outcome, Satisfaction, Stage, StationKind, SuggestionSource, TownKind } from '../model.js';
import * as ZH from './translations/zh-CN.js';
import * as EN from './translations/en.js';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const LEVEL_LABELS: Labels<DeputyLevel> = { 'zh-CN': ZH.levels, en: EN.levels };

export const STATION_KIND_LABELS: Labels<StationKind> = { 'zh-CN': ZH.stationKinds, en: EN.stationKinds };

export const STAGE_LABELS: Labels<Stage> = { 'zh-CN': ZH.stages, en: EN.stages };

export const OUTCOME_LABELS: Labels<Outcome> = { 'zh-CN': ZH.outcomes, en: EN.outcomes };

export const SATISFACTION_LABELS: Labels<Satisfaction> = { 'zh-CN': ZH.satisfactions, en: EN.satisfactions };

export const SOURCE_LABELS: Labels<SuggestionSource> = { 'zh-CN': ZH.sources, en: EN.sources };

export const TOWN_KIND_LABELS: Labels<TownKind> = { 'zh-CN': ZH.townKinds, en: EN.townKinds };

export const WEEKDAY_LABELS: Record<Locale, readonly string[]> = { 'zh-CN': ZH.weekdays, en: EN.weekdays };
