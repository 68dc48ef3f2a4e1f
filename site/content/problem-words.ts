/**
 * The words of content problems, in the webmaster's language: one catalogue section per language
 * (`contentProblems` in domain/text/translations), bound here once for every checker.
 */
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';
import { createMsg, type MessageParams } from '../../domain/text/messages.js';
import type { Locale } from '../../domain/model.js';

export type ProblemWord = keyof typeof EN.contentProblems;

const msg = createMsg<ProblemWord>({ 'zh-CN': ZH.contentProblems, en: EN.contentProblems });

/** A catalogue lookup bound to one language: `say('noSuchDate')`. */
export type Say = (key: ProblemWord, params?: MessageParams) => string;

export function wordsFor(locale: Locale): Say {
  return (key, params) => msg(locale, key, params);
}

/** Line and column as the webmaster reads them: plain digits, never "1,234". */
export const place = (at: { line: number; column: number }) => ({ line: String(at.line), column: String(at.column) });
