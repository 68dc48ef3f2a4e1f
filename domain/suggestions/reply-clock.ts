/**
 * A handling round's reply clock in words — “转办后 3 个月内答复：2026年3月1日前 · 还剩 12 天” — the same
 * on the tracker widget and on each suggestion's page.
 */
import type { Locale } from '../model.js';
import type { HandlingRound } from './loop.js';
import { formatDate } from '../text/format.js';
import { createMsg } from '../text/messages.js';
import * as ZH from '../text/translations/zh-CN.js';
import * as EN from '../text/translations/en.js';

const msg = createMsg({ 'zh-CN': ZH.replyClock, en: EN.replyClock });

const BASIS = { standard: 'basisStandard', complex: 'basisComplex', reopened: 'basisReopened', override: 'basisOverride' } as const;

/** The due date with its legal basis, and the clock's state on the day the round was read. */
export function describeClock(round: Pick<HandlingRound, 'basis' | 'due' | 'status' | 'days'>, locale: Locale): { due: string; state: string } {
  const due = msg(locale, 'clockDue', { basis: msg(locale, BASIS[round.basis ?? 'standard']), date: formatDate(round.due, locale) });
  const days = round.days ?? 0;
  const state =
    round.status === 'running'
      ? days === 0
        ? msg(locale, 'dueToday')
        : msg(locale, 'running', { n: days })
      : round.status === 'overdue'
        ? msg(locale, 'overdueDays', { n: days })
        : round.status === 'late'
          ? msg(locale, 'late', { n: days })
          : days > 0
            ? msg(locale, 'onTimeEarly', { n: days })
            : msg(locale, 'onTime');
  return { due, state };
}
