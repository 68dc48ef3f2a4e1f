import { createMsg } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

/** The station map's words, zh-CN first. Plain words: many readers are elderly. */
export const msg = createMsg({ 'zh-CN': ZH.stationMap, en: EN.stationMap });
