/** The tracker's words, zh-CN first. Domain values (stages, outcomes…) come from base/labels.ts. */
import { createMsg } from '../../domain/text/messages.js';
import * as ZH from '../../domain/text/translations/zh-CN.js';
import * as EN from '../../domain/text/translations/en.js';

export const msg = createMsg({ 'zh-CN': ZH.suggestionTracker, en: EN.suggestionTracker });

export type MessageKey = Parameters<typeof msg>[1];
