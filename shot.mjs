import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync'] });
const [url, out, w, scheme, full] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w), height: 740 }, colorScheme: scheme ?? 'light', locale: 'zh-CN' });
p.on('console', m => console.log('console:', m.type(), m.text()));
await p.goto(url);
await p.screenshot({ path: out, fullPage: full === 'full' });
console.log('scrollWidth', await p.evaluate(() => document.documentElement.scrollWidth));
await b.close();
