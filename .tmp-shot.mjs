import { chromium } from 'playwright';
const [,, file, out, width='390'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(width), height: 844 }, deviceScaleFactor: 1 });
await p.goto('file://' + file);
await p.screenshot({ path: out, fullPage: false });
await p.evaluate(() => window.scrollTo(0, 700));
await p.screenshot({ path: out.replace('.png', '-2.png') });
await b.close();
