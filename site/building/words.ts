/** The build's own sentences (refusals of `--finish`), from the CLI's catalogue section. */
import { outputWords } from '../output-guard.js';
import { DEFAULT_LOCALE } from '../../domain/text/format.js';
import type { Locale } from '../../domain/model.js';

export const buildWords =
  (locale: Locale = DEFAULT_LOCALE) =>
  (key: Parameters<typeof outputWords>[1], params?: Record<string, string | number>): string =>
    outputWords(locale, key, params);
