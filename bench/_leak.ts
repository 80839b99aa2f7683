import puppeteer from 'puppeteer-core';
import { serveStatic } from './server.ts';
import { CHROME_ARGS } from './render.ts';
const server = await serveStatic(process.cwd());
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
await page.goto(`${server.origin}/bench/pages/harness.html`);
await page.evaluate(() => window.omfBench.ready());
const cdp = await page.createCDPSession();
await cdp.send('Performance.enable');
const mem = async () => { await cdp.send('HeapProfiler.collectGarbage'); await cdp.send('HeapProfiler.collectGarbage'); const { metrics } = await cdp.send('Performance.getMetrics'); return Math.round(metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024); };
const out = [await mem()];
for (let i = 0; i < 12; i++) { for (let j = 0; j < 3; j++) await page.evaluate(() => window.omfBench.mountAndRemove(100, '/examples/data/lgbf-children.json')); out.push(await mem()); }
console.log(out.join(' '), '\nper 300:', out.slice(1).map((v, i) => v - out[i]!).join(' '));
await browser.close(); await server.close();
