import puppeteer from 'puppeteer';
const build = process.argv[2];
const pages = {
  ordinary: '<!doctype html><title>Example Gardening Club</title><h1>Welcome to the gardening club</h1><p>Our next meeting is on Thursday. Bring seeds to swap.</p>',
  article: `<!doctype html><title>Garden</title><main>${Array.from({length:120},(_, i)=>`<section><h2>W${i}</h2><p>Spring is the time <a href="/x">x</a></p><img src="/i.jpg" alt="b"></section>`).join('')}</main>`,
};
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', pipe: true, headless: true, args: ['--no-sandbox','--disable-gpu','--no-first-run'], enableExtensions: [build] });
await new Promise(r => setTimeout(r, 1500));
for (const [key, body] of Object.entries(pages)) {
  const xs = [];
  for (let run = 0; run < 12; run++) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const url = `https://site${run}.example/${key}`;
    page.on('request', (r) => r.url() === url ? r.respond({ status: 200, contentType: 'text/html', body }) : r.respond({ status: 404, body: '' }).catch(()=>{}));
    await page.goto(url, { waitUntil: 'load' });
    await new Promise(r => setTimeout(r, 300));
    xs.push(await page.evaluate(() => document.documentElement.getAttribute('data-t')));
    await page.close();
  }
  console.log(key, xs.join(' | '));
}
await browser.close();
