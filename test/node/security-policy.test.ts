import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LoadedContent } from '../../domain/model.js';
import { contentSecurityPolicy, REFERRER_POLICY, securityMeta, tileSources, withSecurityMeta } from '../../site/render/security.js';

type PolicyInput = Parameters<typeof contentSecurityPolicy>[0];
const site = { title: 't', baseUrl: 'https://renda.example.gov.cn/', defaultLocale: 'zh-CN' } as LoadedContent['site'];
const town = (map?: { tiles: string; tilesSubdomains?: string }, photos: string[] = []) =>
  ({ town: { slug: 'hexi', ...(map ? { map: { tilesCrs: 'wgs84', ...map } } : {}) }, deputies: photos.map((photo, i) => ({ id: `d${i}`, photo })) }) as unknown as PolicyInput['towns'][number];

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the security policy of the pages', () => {
  it('allows scripts from the site only and nothing inline; styles inline for declarative shadow DOM', () => {
    const policy = directives(contentSecurityPolicy({ site, towns: [] }));
    assert.deepEqual(policy['script-src'], ["'self'"]);
    assert.deepEqual(policy['default-src'], ["'self'"]);
    assert.deepEqual(policy['style-src'], ["'self'", "'unsafe-inline'"]);
    assert.deepEqual(policy['img-src'], ["'self'", 'data:']);
    assert.deepEqual(policy['connect-src'], ["'self'"]);
    assert.deepEqual(policy['form-action'], ["'self'"]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    assert.deepEqual(policy['base-uri'], ["'self'"]);
    assert.equal(policy['frame-ancestors'], undefined, 'ignored in a <meta>; the server sets it');
  });

  it('adds the participation API to requests and forms, and tile and photo hosts to images', () => {
    const policy = directives(
      contentSecurityPolicy({
        site: { ...site, participationApi: 'https://api.example.gov.cn:8443/api/' },
        towns: [town({ tiles: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY', tilesSubdomains: '01' }, ['https://cdn.example.gov.cn/p/1.jpg', 'photos/2.jpg', 'data:image/png;base64,AAAA', '//img.example.com/3.jpg'])],
      }),
    );
    assert.deepEqual(policy['connect-src'], ["'self'", 'https://api.example.gov.cn:8443']);
    assert.deepEqual(policy['form-action'], ["'self'", 'https://api.example.gov.cn:8443']);
    assert.deepEqual(policy['img-src'], ["'self'", 'data:', 'https://cdn.example.gov.cn', 'https://t0.tianditu.gov.cn', 'https://t1.tianditu.gov.cn', 'img.example.com']);
  });

  it('reads the hosts of a tile template', () => {
    assert.deepEqual(tileSources('https://tiles.example.cn/{z}/{x}/{y}.png'), ['https://tiles.example.cn']);
    assert.deepEqual(tileSources('https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}', '12'), ['https://webrd01.is.autonavi.com', 'https://webrd02.is.autonavi.com']);
    assert.deepEqual(tileSources('https://t{s}.tianditu.gov.cn/{z}/{x}/{y}'), ['https://*.tianditu.gov.cn'], '{s} without subdomains: any subdomain');
    assert.deepEqual(tileSources('/tiles/{z}/{x}/{y}.png'), [], "the site's own tiles need nothing more");
    assert.deepEqual(tileSources('https://a.cn;script-src *{z}/{x}/{y}'), [], 'nothing that could break out of the policy');
  });

  it('puts the policies right after the charset, readable, and refuses a page without one', () => {
    const page = '<!doctype html><html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>t</title>';
    const secured = withSecurityMeta(page, "default-src 'self'");
    assert.equal(secured, `<!doctype html><html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n${securityMeta("default-src 'self'")}\n<title>t</title>`);
    assert.match(secured, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'">/);
    assert.match(secured, new RegExp(`<meta name="referrer" content="${REFERRER_POLICY}">`));
    assert.throws(() => withSecurityMeta('<html><head><title>t</title>', "default-src 'self'"), /charset/);
  });
});
