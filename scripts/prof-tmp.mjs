import puppeteer from 'puppeteer';
import { readFileSync } from 'node:fs';
const build = process.argv[2] ?? '/work/main/.output/chrome-mv3-e2e';
const body = `<!doctype html><title>Garden</title><main>${Array.from({length:120},(_, i)=>`<section><h2>W${i}</h2><p>Spring is the time <a href="/x">x</a></p><img src="/i.jpg" alt="b"></section>`).join('')}</main>`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', pipe: true, headless: true,
  args: ['--no-sandbox','--disable-gpu','--no-first-run'], enableExtensions: [build] });
await new Promise(r => setTimeout(r, 1500));
const incl = new Map(); const self = new Map(); let N = 0;
for (let run = 0; run < 16; run++) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const url = `https://garden${run}.example/club`;
  page.on('request', (r) => r.url() === url ? r.respond({ status: 200, contentType: 'text/html', body }) : r.respond({ status: 404, body: '' }).catch(()=>{}));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 400));
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (run === 0) continue; N++;
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = n => `${n.callFrame.functionName||'(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.columnNumber}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i+1] ?? 0) / 1000;
    let id = profile.samples[i]; const seen = new Set();
    const leaf = byId.get(id); self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
    while (id !== undefined) { const k = key(byId.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); }
  }
}
const show = (m, label) => { console.log('--', label); for (const [k,v] of [...m].filter(([k]) => !/\(idle\)|\(program\)|\(root\)/.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,25)) console.log((v/N).toFixed(2).padStart(7), k); };
show(incl, 'inclusive'); show(self, 'self');
await browser.close();
