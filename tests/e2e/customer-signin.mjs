// A customer in a real browser (Debian's Chromium, driven by puppeteer-core): opens their chat page,
// taps Sign in on the bubble, signs in on the brand's login page (mistyping first when asked) and
// comes back to the chat. Prints one JSON line: what the result page said and how long the way back
// took. Usage: node customer-signin.mjs PAGE_URL USERNAME PASSWORD [WRONG_PASSWORD]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [pageUrl, username, password, wrongPassword] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'signet-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Root in a sandboxed CI, a closed network: no background traffic, no sandbox.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
try {
  const page = await browser.newPage();
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  const signIn = await page.waitForSelector('button.signin:not([disabled])', { timeout: 20000 });
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), signIn.click()]);

  await page.waitForSelector('#username', { timeout: 10000 });
  if (wrongPassword) {
    await page.type('#username', username);
    await page.type('#password', wrongPassword);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#signin')]);
    await page.waitForSelector('#error', { timeout: 10000 });
    await page.$eval('#username', (e) => { e.value = ''; });
  }
  await page.type('#username', username);
  await page.type('#password', password);
  const submitted = Date.now();
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#signin')]);
  const result = await page.$eval('#result', (e) => e.textContent);
  // Back in the chat, with the bubble's button turned off once the answer is there.
  const chat = pageUrl.split('?')[0];
  await page.waitForFunction((c) => location.href.startsWith(c), { timeout: 10000 }, chat);
  await page.waitForSelector('button.signin[disabled]', { timeout: 15000 });
  console.log(JSON.stringify({ result, backInChatMs: Date.now() - submitted }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
