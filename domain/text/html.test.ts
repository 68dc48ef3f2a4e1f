import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html } from './html.js';

describe('html escaping', () => {
  it('escapes interpolated text', () => assert.equal(html`<p title="${'"x"'}">${'<b>&'}</p>`.value, '<p title="&quot;x&quot;">&lt;b&gt;&amp;</p>'));
  it('escapes quotes', () => assert.equal(escapeHtml(`'`), '&#39;'));
});
