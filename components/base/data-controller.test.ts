import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { JsonDataController, type DataState } from './data-controller.js';
import { dataStateStyles, renderDataState } from './data-state.js';
import { LocaleController } from './localize.js';

interface DeputyRow {
  id: string;
  name: string;
}

const FIXTURES = '/components/base/test-fixtures';

/** The smallest component a later widget would be: a list of deputies from a property or `src`. */
class TestDeputyList extends LitElement {
  static override styles = dataStateStyles;
  @property() src?: string;
  @property({ attribute: false }) deputies?: DeputyRow[];
  @property({ type: Number }) timeout?: number;

  readonly data = new JsonDataController<DeputyRow[]>(this, {
    src: () => this.src,
    data: () => this.deputies,
    timeout: () => this.timeout,
    parse: (json) => {
      if (!Array.isArray(json)) throw new Error('expected an array of deputies');
      return json as DeputyRow[];
    },
  });
  private readonly localeController = new LocaleController(this);

  override render() {
    return (
      renderDataState(this.data, this.localeController.locale, { empty: '暂无代表信息。' }) ??
      html`<ul>
        ${(this.data.value ?? []).map((deputy) => html`<li>${deputy.name}</li>`)}
      </ul>`
    );
  }
}
customElements.define('test-deputy-list', TestDeputyList);

async function settle(el: TestDeputyList, state: DataState): Promise<void> {
  await waitUntil(() => el.data.state === state, `state never became ${state} (is ${el.data.state})`, { timeout: 5000 });
  await el.updateComplete;
}

const names = (el: TestDeputyList) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const shadow = (el: TestDeputyList, selector: string) => el.shadowRoot!.querySelector(selector);

describe('JsonDataController', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('is idle with neither src nor data', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list></test-deputy-list>`);
    expect(el.data.state).to.equal('idle');
    expect(names(el)).to.deep.equal([]);
  });

  it('fetches src and renders the JSON', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/deputies.json"></test-deputy-list>`);
    await settle(el, 'ready');
    expect(names(el)).to.deep.equal(['张三', '李四']);
    expect(el.data.error).to.equal(undefined);
  });

  it('prefers data given as a property, without fetching', async () => {
    let fetched = 0;
    window.fetch = (...args) => {
      fetched++;
      return realFetch(...args);
    };
    const el = await fixture<TestDeputyList>(
      html`<test-deputy-list src="${FIXTURES}/deputies.json" .deputies=${[{ id: '1', name: '王五' }]}></test-deputy-list>`,
    );
    expect(el.data.state).to.equal('ready');
    expect(names(el)).to.deep.equal(['王五']);
    await aTimeout(50);
    expect(fetched).to.equal(0);
  });

  it('shows a loading status while waiting', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="/slow.json"></test-deputy-list>`);
    expect(el.data.state).to.equal('loading');
    const status = shadow(el, '[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('正在加载…');
  });

  it('reports an empty list with the component’s own words', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/empty.json"></test-deputy-list>`);
    await settle(el, 'empty');
    expect(shadow(el, '[role="status"]')!.textContent!.trim()).to.equal('暂无代表信息。');
  });

  it('reports a 404 as not-found, with an alert', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/missing.json"></test-deputy-list>`);
    await settle(el, 'error');
    expect(el.data.error).to.include({ kind: 'not-found', status: 404 });
    const alert = shadow(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('没有找到这份数据');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('重试');
    await expect(el).to.be.accessible();
  });

  it('reports bad JSON, and JSON that parse() rejects, as bad-json', async () => {
    const broken = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/not-json.json"></test-deputy-list>`);
    await settle(broken, 'error');
    expect(broken.data.error!.kind).to.equal('bad-json');
    expect(shadow(broken, '[role="alert"]')!.textContent).to.contain('数据格式有误');

    const wrongShape = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/object.json"></test-deputy-list>`);
    await settle(wrongShape, 'error');
    expect(wrongShape.data.error!.kind).to.equal('bad-json');
  });

  it('reports other HTTP errors with their status', async () => {
    window.fetch = async () => new Response('oops', { status: 503, statusText: 'Service Unavailable' });
    const el = await fixture<TestDeputyList>(html`<test-deputy-list lang="en" src="/anything.json"></test-deputy-list>`);
    await settle(el, 'error');
    expect(el.data.error).to.include({ kind: 'http', status: 503 });
    expect(shadow(el, '[role="alert"]')!.textContent).to.contain('The server had a problem (503)');
  });

  it('times out', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="/slow.json" .timeout=${50}></test-deputy-list>`);
    await settle(el, 'error');
    expect(el.data.error!.kind).to.equal('timeout');
    expect(shadow(el, '[role="alert"]')!.textContent).to.contain('加载超时');
  });

  it('treats a failed request as offline, and retries from the button', async () => {
    let calls = 0;
    window.fetch = (...args) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args));
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/deputies.json"></test-deputy-list>`);
    await settle(el, 'error');
    expect(el.data.error!.kind).to.equal('offline');
    expect(shadow(el, '[role="alert"]')!.textContent).to.contain('无法连接网络');

    (shadow(el, '[role="alert"] button') as HTMLButtonElement).click();
    await settle(el, 'ready');
    expect(calls).to.equal(2);
    expect(names(el)).to.deep.equal(['张三', '李四']);
    expect(shadow(el, '[role="alert"]')).to.equal(null);
  });

  it('retry() fetches again after a 404 is fixed', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/later.json"></test-deputy-list>`);
    await settle(el, 'error');
    window.fetch = (input, init) =>
      String(input).endsWith('/later.json') ? realFetch(`${FIXTURES}/deputies.json`, init) : realFetch(input, init);
    el.data.retry();
    await settle(el, 'ready');
    expect(names(el)).to.deep.equal(['张三', '李四']);
  });

  it('drops a stale response when src changes mid-flight', async () => {
    window.fetch = async (input, init) => {
      if (String(input).includes('slow')) {
        await aTimeout(150);
        return new Response(JSON.stringify([{ id: 'old', name: '旧数据' }]));
      }
      return realFetch(input, init);
    };
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="/slow.json"></test-deputy-list>`);
    el.src = `${FIXTURES}/deputies.json`;
    await settle(el, 'ready');
    await aTimeout(250);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['张三', '李四']);
  });

  it('goes back to idle when src is removed', async () => {
    const el = await fixture<TestDeputyList>(html`<test-deputy-list src="${FIXTURES}/deputies.json"></test-deputy-list>`);
    await settle(el, 'ready');
    el.src = undefined;
    await settle(el, 'idle');
    expect(el.data.value).to.equal(undefined);
  });
});
