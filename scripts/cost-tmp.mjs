import puppeteer from 'puppeteer';
import { readFileSync } from 'node:fs';
const builds = process.argv.slice(2);
const pages = {
  ordinary: readFileSync('/work/main/test/fixtures/sites/ordinary.html', 'utf8'),
  company: readFileSync('/work/main/test/fixtures/sites/company-sign-in.html', 'utf8'),
  msarticle: `<!doctype html><title>How to sign in to Outlook</title><main><h1>How to sign in to Outlook</h1>${'<p>To sign in to Outlook with your Microsoft account, open the app.</p>'.repeat(40)}</main>`,
  article: `<!doctype html><title>Garden</title><main>${Array.from({length:120},(_, i)=>`<section><h2>W${i}</h2><p>Spring is the time <a href="/x">x</a></p><img src="/i.jpg" alt="b"></section>`).join('')}</main>`,
};
const res = {};
for (const build of builds) {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', pipe: true, headless: true,
    args: ['--no-sandbox','--disable-gpu','--no-first-run'], ...(build==='none'?{}:{enableExtensions: [build]}) });
  await new Promise(r => setTimeout(r, 1500));
  for (const [key, body] of Object.entries(pages)) {
    const xs = [];
    for (let run = 0; run < 21; run++) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      const url = `https://site${run}.example/${key}`;
      page.on('request', (r) => r.url() === url ? r.respond({ status: 200, contentType: 'text/html', body }) : r.respond({ status: 404, body: '' }).catch(()=>{}));
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      await new Promise(r => setTimeout(r, 400));
      const { metrics } = await cdp.send('Performance.getMetrics');
      if (run) xs.push(metrics.find(m => m.name === 'ScriptDuration').value * 1000);
      await page.close();
    }
    xs.sort((a,b)=>a-b);
    console.log(build.split('/').pop().padEnd(22), key.padEnd(10), 'median', xs[10].toFixed(2), 'min', xs[0].toFixed(2));
  }
  await browser.close();
}
