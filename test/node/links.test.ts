import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { demoSite } from '../support/demo-site.js';

/** Every link, script, stylesheet and image of every built page, in both languages, leads somewhere. */
describe('links in the built demo site', () => {
  let out: string;
  let htmlFiles: string[];
  before(async () => {
    out = await demoSite();
    htmlFiles = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  });

  it('has every page in zh-CN and in en', () => {
    const zh = htmlFiles.filter((f) => !f.startsWith('en/') && f !== '404.html');
    for (const file of zh) assert.ok(htmlFiles.includes(`en/${file}`), `no English page for ${file}`);
    const en = readFileSync(join(out, 'en/index.html'), 'utf8');
    assert.match(en, /<html lang="en">/);
  });

  it('has no broken internal link', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      if (file === '404.html') continue; // its links are root-relative to the published base URL
      const html = readFileSync(join(out, file), 'utf8');
      for (const [, target] of html.matchAll(/\s(?:href|src|action)="([^"#?]*)(?:[#?][^"]*)?"/g)) {
        if (!target || /^(?:[a-z]+:|\/\/)/i.test(target) || target.includes('{id}')) continue;
        let path = join(dirname(join(out, file)), decodeURIComponent(target));
        if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
        if (!existsSync(path)) broken.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual([...new Set(broken)].slice(0, 20), [], `${broken.length} broken links`);
    assert.ok(htmlFiles.length > 1000, `${htmlFiles.length} pages checked`);
    assert.ok(relative(out, out) === '');
  });
});
