import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineWhenWordsArrive, wordsFor, wordsRegistry, wordsSlot } from './words.js';
import { LocaleController } from './localize.js';
import { provideWords } from './words-loader.js';
import type { Locale } from '../../domain/model.js';

/** What the embed loader does with a words file (components/autoloader.ts): fill the slots. */
const provide = (locale: Locale, sections: Record<string, object>) => provideWords(wordsRegistry(), locale, sections);

describe('words in one language per page (the embed build)', () => {
  afterEach(() => {
    const registry = wordsRegistry();
    registry.sections.clear();
    registry.ready.clear();
    delete registry.load;
  });

  it('a slot is the one object every reader shares, filled when its words arrive, or already filled', () => {
    const card = wordsSlot('en', 'testCard', {} as { number?: string });
    expect(wordsSlot('en', 'testCard', {})).to.equal(card);
    const days = wordsSlot('en', 'testDays', [] as string[]);
    expect(card.number).to.equal(undefined);
    provide('en', { testCard: { number: 'Deputy no.' }, testDays: ['', 'Monday'] });
    expect(card.number).to.equal('Deputy no.');
    expect(days).to.deep.equal(['', 'Monday']);
    // Words that came first are what a later slot gives.
    provide('zh-CN', { testCard: { number: '代表编号' } });
    expect(wordsSlot('zh-CN', 'testCard', {})).to.deep.equal({ number: '代表编号' });
  });

  it('an element is defined only once the words the loader is fetching for it are there', async () => {
    let arrive!: () => void;
    wordsRegistry().ready.set('renda-words-test-a', new Promise<void>((resolve) => (arrive = resolve)));
    let defined = false;
    defineWhenWordsArrive('renda-words-test-a', () => (defined = true));
    await Promise.resolve();
    expect(defined).to.equal(false);
    arrive();
    await new Promise((resolve) => setTimeout(resolve));
    expect(defined).to.equal(true);
    // Nothing to wait for (no loader, or its words are in the chunk): at once.
    let now = false;
    defineWhenWordsArrive('renda-words-test-b', () => (now = true));
    expect(now).to.equal(true);
  });

  it('without the embed loader there is nothing to fetch; with it, a widget shown in another language asks for those words and draws again', async () => {
    expect(wordsFor('renda-words-test-c', 'en')).to.equal(undefined);
    const label = wordsSlot('en', 'testLabel', {} as { hello?: string });
    const asked: string[] = [];
    let fetched = false;
    wordsRegistry().load = (tag, locale) => {
      if (fetched) return undefined;
      asked.push(`${tag} ${locale}`);
      return Promise.resolve().then(() => {
        provide(locale, { testLabel: { hello: 'Hello' } });
        fetched = true;
      });
    };
    class WordsTest extends LitElement {
      private readonly localeController = new LocaleController(this);
      override render() {
        return html`<p>${this.localeController.locale === 'en' ? (label.hello ?? '…') : '你好'}</p>`;
      }
    }
    customElements.define('renda-words-test-c', WordsTest);
    const element = await fixture<WordsTest>(html`<renda-words-test-c lang="en"></renda-words-test-c>`);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(asked).to.deep.equal(['renda-words-test-c en']);
    expect(element.shadowRoot!.textContent).to.contain('Hello');
  });
});
