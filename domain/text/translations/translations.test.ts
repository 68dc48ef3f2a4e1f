/** The two catalogues say the same things: every section and key in both, the same placeholders. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as zh from './zh-CN.js';
import * as en from './en.js';

/** `section.key` (or `section.key.sub`) → the template, for every string of a catalogue. */
function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

// A language may use a placeholder twice (zh-CN says the line in digits and in words).
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogues (zh-CN, en)', () => {
  const zhWords = flatten(zh, '', new Map());
  const enWords = flatten(en, '', new Map());

  it('have the same sections', () => assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort()));

  it('have every key in both languages', () => {
    assert.ok(zhWords.size > 400, `${zhWords.size} strings`);
    assert.deepEqual([...zhWords.keys()].filter((k) => !enWords.has(k)), [], 'keys missing in en');
    assert.deepEqual([...enWords.keys()].filter((k) => !zhWords.has(k)), [], 'keys missing in zh-CN');
  });

  it('use the same placeholders in both languages', () => {
    const differ = [...zhWords].filter(([key, text]) => enWords.has(key) && placeholders(text).join() !== placeholders(enWords.get(key)!).join());
    assert.deepEqual(differ.map(([key]) => key), []);
  });

  it('leave no string empty, except on purpose', () => {
    // Slot 0 of the weekday list is unused (weekdays count 1–7); zh-CN news needs no “not translated” notice.
    const onPurpose = new Set(['weekdays.0', 'newsPage.untranslated']);
    const empty = [...zhWords, ...enWords].filter(([key, text]) => text.trim() === '' && !onPurpose.has(key));
    assert.deepEqual(empty.map(([key]) => key), []);
  });

  it('write zh-CN in Chinese and en in English', () => {
    const han = /\p{Script=Han}/u;
    const zhWithoutHan = [...zhWords].filter(([key, text]) => text.trim() && !han.test(text) && !/^(weekdays|stationThemes)\./.test(key));
    // A few zh-CN strings are symbols or codes (—, {part}/{whole}); they must be the exception.
    assert.ok(zhWithoutHan.length < zhWords.size * 0.05, `zh-CN strings without Chinese: ${zhWithoutHan.map(([k]) => k).join(', ')}`);
  });
});
