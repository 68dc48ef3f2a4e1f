/**
 * `<renda-deputy-card>`: time to encode one 代表码 and to render one card, and the component's
 * gzip size without Lit.
 *
 * Baselines in the same run, since absolute figures swing with the machine:
 * - encoding: the QR library's own `encode()` of the same URL; the ratio is what drawing the
 *   code as one SVG path adds;
 * - rendering (Lit SSR, as the generator does): a bare `<renda-qr-code>` of the same URL; the
 *   ratio is what the card around the code costs.
 */
import { gzipSync } from 'node:zlib';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { encode } from 'uqr';
import { bundleEntry } from './bundle.js';
import { median } from './stats.js';
import { qrPath } from '../../components/qr-code/qr-path.js';
import '../../components/qr-code/define.js';
import '../../components/deputy-card/define.js';
import type { DeputyCardRecord } from '../../components/deputy-card/deputy-record.js';

const URL_SHORT = 'https://renda.example.gov.cn/fengquan/deputies/bq-001/';
const URL_LONG = `https://renda.example.gov.cn/fengquan/suggestions/new?deputy=bq-001&station=center&from=poster&topic=${encodeURIComponent('老旧小区加装电梯和停车难')}`;

const DEPUTY: DeputyCardRecord = {
  id: 'bq-001',
  name: '楼雯颖',
  levels: ['county', 'township'],
  constituency: '第1选区（枫泉社区）',
  stations: ['center'],
  stationDetails: [{ id: 'center', name: '枫泉镇人大代表联络中心站', kind: 'center', reception: [{ kind: 'monthly', day: 10, time: '09:00-11:30', label: '代表接待日' }], url: '../../stations/center/' }],
  title: '枫泉镇人大主席',
  roles: ['主席团成员'],
  contactUrl: URL_SHORT,
  town: { slug: 'fengquan', name: '枫泉镇' },
};

/**
 * Median milliseconds per call of `subject` and `baseline`, measured in alternating rounds of
 * `perRound` calls after a warm-up, so both see the same machine state.
 */
function compare(subject: () => unknown, baseline: () => unknown, perRound = 50, rounds = 11): [number, number] {
  for (let i = 0; i < perRound; i++) {
    subject();
    baseline();
  }
  const samples: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    [subject, baseline].forEach((fn, which) => {
      const started = performance.now();
      for (let i = 0; i < perRound; i++) fn();
      samples[which]!.push((performance.now() - started) / perRound);
    });
  }
  return [median(samples[0]), median(samples[1])];
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const rows: [string, string, string, string][] = [];

for (const [label, url] of [
  ['short URL', URL_SHORT],
  ['long URL', URL_LONG],
] as const) {
  const version = qrPath(url).version;
  const [ours, baseline] = compare(
    () => qrPath(url, 'M'),
    () => encode(url, { ecc: 'M', border: 0 }),
  );
  rows.push([`encode ${label} (v${version})`, ms(ours), ms(baseline), (ours / baseline).toFixed(2)]);
}

const ssr = (template: unknown) => collectResultSync(render(template));
for (const variant of ['compact', 'full', 'poster'] as const) {
  const [card, qrOnly] = compare(
    () => ssr(html`<renda-deputy-card variant=${variant} today="2026-11-20" .deputy=${DEPUTY}></renda-deputy-card>`),
    () => ssr(html`<renda-qr-code value=${URL_SHORT} show-value downloadable></renda-qr-code>`),
    20,
  );
  rows.push([`render ${variant} card (SSR)`, ms(card), ms(qrOnly), (card / qrOnly).toFixed(2)]);
}

console.log('deputy card: median time per call (baseline: uqr encode / <renda-qr-code> SSR)');
console.log(['what', 'time', 'baseline', 'ratio'].join('\t'));
for (const row of rows) console.log(row.join('\t'));

/** The component bundled as an app would (Lit external), minified, gzipped, with the parts it loads later. */
async function gzipSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const { all } = await bundleEntry(entry, { litExternal: true });
  return { raw: Buffer.byteLength(all), gzip: gzipSync(all, { level: 9 }).length };
}

const card = await gzipSize('components/deputy-card/define.ts');
const qr = await gzipSize('components/qr-code/define.ts');
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log('\nsize without Lit (minified / gzip)');
console.log(`renda-deputy-card, with renda-qr-code and the QR encoder\t${kb(card.raw)}\t${kb(card.gzip)}`);
console.log(`renda-qr-code alone (baseline)\t${kb(qr.raw)}\t${kb(qr.gzip)}`);
console.log(`the card's own share\t${kb(card.raw - qr.raw)}\t${kb(card.gzip - qr.gzip)}`);
