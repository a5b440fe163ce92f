import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, builtSiteInBrowser } from '../support/browser.ts';
import { nonEmpty, site as built } from '../support/site.ts';
import { siteNames, type SiteName } from '../support/sites.ts';

/*
 * Every built page, in every language, in Chromium with the site's Content-Security-Policy in
 * force: no WCAG 2.1 A/AA violation (axe-core), no request to any host but the site's own, no
 * cookie or storage (no one has consented), and no policy violation.
 */


interface Finding {
  path: string;
  problem: string;
}

async function inspect(site: { url: string }, page: Page, path: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const foreign: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.origin !== site.url && url.protocol !== 'data:') foreign.push(url.href);
  };
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) findings.push({ path, problem: `console: ${message.text()}` });
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  try {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) findings.push({ path, problem: `HTTP ${response?.status()}` });
    for (const violation of await axeViolations(page)) findings.push({ path, problem: `axe ${violation.id}: ${violation.help} (${violation.targets.join(', ')})` });
    const stored = await page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    if (stored.cookies || stored.local || stored.session) findings.push({ path, problem: `stored before consent: ${JSON.stringify(stored)}` });
    for (const url of foreign) findings.push({ path, problem: `request to another host: ${url}` });
  } finally {
    page.off('request', onRequest);
    page.off('console', onConsole);
  }
  return findings;
}

describe.each(siteNames)('every page of the %s site', (name: SiteName) => {
  const site = builtSiteInBrowser(name);
  const pages = nonEmpty(built(name).pages(), 'page');

  it(`passes axe, asks no other host, stores nothing and keeps the CSP`, async () => {
    const findings: Finding[] = [];
    const queue = [...pages];
    // A few tabs at once: enough to use both cores, few enough to stay within memory.
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const context = await site.browser.newContext();
        for (let path = queue.shift(); path; path = queue.shift()) {
          const page = await context.newPage();
          findings.push(...(await inspect(site, page, path)));
          await page.close();
        }
        await context.close();
      }),
    );
    expect(findings.map((f) => `${f.path}: ${f.problem}`)).toEqual([]);
  }, 20 * 60_000);
});
