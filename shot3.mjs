import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
await p.goto('http://127.0.0.1:4400/');
for (const [g, o] of [['这个号码有未结清账单吗？','否'],['号码在合约期内吗（合约期限未满）？','是']]) await p.getByRole('group', { name: g }).getByRole('radio', { name: o, exact: true }).check();
await p.evaluate(() => window.scrollTo(0, 0));
await p.screenshot({ path: '/tmp/zh-panel.png' });
await b.close();
