import type { Locale } from '../domain/model.js';

/**
 * The language the command line speaks: Simplified Chinese unless `--lang en` is given or the
 * environment's locale is English (LC_ALL, LC_MESSAGES, LANG, in the order POSIX reads them).
 * Every command's messages and help go through the catalogues in domain/text/translations.
 */
export function cliLocale(lang: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  const chosen = lang ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^en\b|^en[_-]/i.test(chosen) ? 'en' : 'zh-CN';
}
