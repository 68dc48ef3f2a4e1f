/**
 * One figure, one value: every page, widget, open-data file and feed of the built demo prints each
 * town's 办成率, 满意率 and on-time rate as domain/figures.ts computes them, in both languages.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_NAMES, formatRate, suggestionFigures } from '../../domain/suggestions/figures.js';
import { LOCALES, type LoadedContent, type Locale } from '../../domain/model.js';
import { loadContent } from '../../site/content/loader.js';
import { FIXTURE_TODAY } from '../support/content-fixture.js';
import { demoContentDir, demoSite } from '../support/demo-site.js';

type FigureKey = 'done' | 'satisfied' | 'onTime';
const KEYS: readonly FigureKey[] = ['done', 'satisfied', 'onTime'];
const PERCENT = /^(\d{1,3}\.\d%|—)$/;

/** The page's text with Lit's markers and tags gone, tags replaced by a space. */
const readText = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');

/** The value of a tracker tile `<dt>name</dt><dd><span class="tile__value">…` on a page, each occurrence. */
function trackerTiles(html: string, name: string): string[] {
  const escaped = name.replace(/[()]/g, '\\$&');
  return [...readText(html).matchAll(new RegExp(`<dt>${escaped}</dt>\\s*<dd>\\s*<span class="tile__value">([^<]*)</span>`, 'g'))].map((m) => m[1]!.trim());
}

/** Every value printed right after the figure's name in running text (news, feeds): `办成率78.6%`. */
function inlineFigures(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`${name}(?:（[^）]*）)?\\s*(\\d{1,3}\\.\\d%)`, 'g'))].map((m) => m[1]!);
}

const homeFigure = (html: string, key: string) => new RegExp(`data-figure="${key}">([^<]*)<`).exec(html)?.[1];
const figureAttr: Record<FigureKey, string> = { done: 'done', satisfied: 'satisfied', onTime: 'on-time' };

describe('each town prints one 办成率, one 满意率 and one on-time rate everywhere', () => {
  let out: string;
  let content: LoadedContent;
  before(async () => {
    out = await demoSite();
    content = loadContent(demoContentDir, { today: FIXTURE_TODAY }).content!;
  });

  const townDir = (slug: string, locale: Locale) => join(out, ...(locale === content.site.defaultLocale ? [] : ['en']), slug);

  it('the home page and the suggestions page show the domain function’s figures, in zh-CN and en', () => {
    for (const { town, suggestions } of content.towns) {
      const expected = suggestionFigures(suggestions, FIXTURE_TODAY);
      for (const locale of LOCALES) {
        const home = readFileSync(join(townDir(town.slug, locale), 'index.html'), 'utf8');
        const tracker = readFileSync(join(townDir(town.slug, locale), 'suggestions/index.html'), 'utf8');
        for (const key of KEYS) {
          const want = formatRate(expected[key]);
          assert.match(want, PERCENT);
          assert.equal(homeFigure(home, figureAttr[key]), want, `${town.slug} ${locale} home ${key}`);
          assert.deepEqual(trackerTiles(tracker, FIGURE_NAMES[locale][key]), [want], `${town.slug} ${locale} suggestions page ${key}`);
        }
      }
    }
  });

  it('the open data carries the same figures, with their definitions', () => {
    for (const { town, suggestions } of content.towns) {
      const expected = suggestionFigures(suggestions, FIXTURE_TODAY);
      const data = JSON.parse(readFileSync(join(out, town.slug, 'data/suggestions.json'), 'utf8'));
      for (const key of KEYS) {
        assert.equal(data.figures[key].text, formatRate(expected[key]), `${town.slug} data ${key}`);
        assert.equal(data.figures[key].part, expected[key].part);
        assert.equal(data.figures[key].whole, expected[key].whole);
        assert.match(data.figures.definitions['zh-CN'][key], new RegExp(FIGURE_NAMES['zh-CN'][key]));
      }
      assert.equal(data.figures.overdue, expected.overdue);
    }
  });

  it('no page, news item or feed of a town prints another town-wide 办成率 or 满意率', () => {
    for (const { town, suggestions } of content.towns) {
      const expected = suggestionFigures(suggestions, FIXTURE_TODAY);
      const townWide = [
        'index.html',
        'suggestions/index.html',
        'news/feed.xml',
        ...readdirSync(join(out, town.slug, 'news')).filter((f) => !f.includes('.')).map((f) => `news/${f}/index.html`),
      ];
      let seen = 0;
      for (const file of townWide) {
        const text = readText(readFileSync(join(out, town.slug, file), 'utf8'));
        for (const value of inlineFigures(text, '办成率')) {
          assert.equal(value, formatRate(expected.done), `${town.slug}/${file} prints 办成率 ${value}`);
          seen++;
        }
        for (const value of inlineFigures(text, '满意率')) {
          assert.equal(value, formatRate(expected.satisfied), `${town.slug}/${file} prints 满意率 ${value}`);
          seen++;
        }
      }
      assert.ok(seen >= 2, `${town.slug}: the news report quotes the figures (${seen} seen)`);
    }
  });

  it('a deputy’s or station’s page shows the figures of that deputy’s or station’s suggestions, from the same function', () => {
    for (const { town, deputies, stations, suggestions } of content.towns) {
      const busiest = [...deputies].sort((a, b) => count(b.id, 'deputy') - count(a.id, 'deputy'))[0]!;
      const station = [...stations].sort((a, b) => count(b.id, 'station') - count(a.id, 'station'))[0]!;
      function count(id: string, by: 'deputy' | 'station'): number {
        return suggestions.filter((s) => (by === 'deputy' ? s.deputies.includes(id) : s.station === id)).length;
      }
      const cases = [
        { page: `deputies/${busiest.id}/index.html`, mine: suggestions.filter((s) => s.deputies.includes(busiest.id)) },
        { page: `stations/${station.id}/index.html`, mine: suggestions.filter((s) => s.station === station.id) },
      ];
      for (const { page, mine } of cases) {
        assert.ok(mine.length > 0, `${town.slug}/${page} has suggestions to count`);
        const expected = suggestionFigures(mine, FIXTURE_TODAY);
        const html = readFileSync(join(out, town.slug, page), 'utf8');
        for (const key of KEYS) assert.deepEqual(trackerTiles(html, FIGURE_NAMES['zh-CN'][key]), [formatRate(expected[key])], `${town.slug}/${page} ${key}`);
      }
    }
  });
});
