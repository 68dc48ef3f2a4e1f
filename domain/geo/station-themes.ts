/** Names of station themes (特色联络点): the ones towns use most; others show as written. */
import type { Locale } from '../model.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

export const THEME_LABELS: Record<Locale, Record<string, string>> = { 'zh-CN': ZH.stationThemes, en: EN.stationThemes };

export function themeLabel(theme: string, locale: Locale): string {
  return THEME_LABELS[locale][theme] ?? theme;
}
