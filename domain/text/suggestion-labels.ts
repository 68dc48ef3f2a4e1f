/**
 * Names of a suggestion's values (stages, outcomes, satisfaction, sources) in zh-CN and en: lookups
 * by value into the message catalogues (`translations/`). A module of their own, apart from
 * labels.ts, so a widget that names no suggestion (the deputy card, the map) does not carry them:
 * a bundler places a module in one chunk whole.
 */
import type { Locale, Outcome, Satisfaction, Stage, SuggestionSource } from '../model.js';
import * as ZH from './translations/zh-CN.js';
import * as EN from './translations/en.js';

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const STAGE_LABELS: Labels<Stage> = { 'zh-CN': ZH.stages, en: EN.stages };

export const OUTCOME_LABELS: Labels<Outcome> = { 'zh-CN': ZH.outcomes, en: EN.outcomes };

export const SATISFACTION_LABELS: Labels<Satisfaction> = { 'zh-CN': ZH.satisfactions, en: EN.satisfactions };

export const SOURCE_LABELS: Labels<SuggestionSource> = { 'zh-CN': ZH.sources, en: EN.sources };
