import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../support/browser.ts';
import { builtPages, page as builtPage } from '../support/dist.ts';

/* Search as readers use it: from the address, by typing, with filters, with the keyboard only. */

const site = builtSiteInBrowser();

async function resultLinks(page: Page): Promise<string[]> {
  await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 10_000 });
  return page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('search', () => {
  it.each([
    ['/sok/', 'meänkieli', '/initiativ/meankieli/'],
    ['/sok/', 'demokrati', '/malomraden/demokrati/'],
    ['/sok/', 'bostäder', '/mal/fler-bostader/'],
    ['/sok/', 'skola', '/mal/sprak-i-forskola-och-skola/'],
    ['/sok/', 'klimat', '/mal/minskad-klimatpaverkan/'],
    ['/en/sok/', 'democracy', '/en/malomraden/demokrati/'],
    ['/en/sok/', 'homes', '/en/mal/fler-bostader/'],
    // Finnish stemming: the partitive "demokratiaa" finds the page titled "Demokratia".
    ['/fi/sok/', 'demokratiaa', '/fi/malomraden/demokrati/'],
    ['/fi/sok/', 'meänkieli', '/fi/initiativ/meankieli/'],
    ['/fit/sok/', 'meänkieli', '/fit/initiativ/meankieli/'],
  ])('on %s, "%s" finds %s among the first three results, from the ?q= address', async (searchPage, query, expected) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${searchPage}?q=${encodeURIComponent(query)}`);
    expect((await resultLinks(page)).slice(0, 3)).toContain(expected);
    await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe(query);
    await page.close();
  });

  it('opens the search page from the header form of any page, with the query in the address', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/mal/fler-bostader/`);
    await page.getByRole('search', { name: 'Search this website' }).getByRole('searchbox').fill('democracy');
    await page.getByRole('search', { name: 'Search this website' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.url}/en/sok/?q=democracy`);
    expect(await resultLinks(page)).toContain('/en/malomraden/demokrati/');
    await page.close();
  });

  it('keeps the address in step with what the reader types, and shows the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sok/`);
    await page.locator('pagefind-input input').fill('meänkieli');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('meänkieli');
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/^\d+ träffar? för meänkieli$/);
    await page.close();
  });

  it('narrows the results with a filter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sok/?q=${encodeURIComponent('bostäder')}`);
    const all = (await resultLinks(page)).length;
    await page.locator('pagefind-filter-pane summary', { hasText: 'Typ' }).click();
    await page.getByRole('checkbox', { name: /^Övergripande mål/ }).check();
    await expect.poll(async () => (await resultLinks(page)).length).toBeLessThan(all);
    const filtered = await resultLinks(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((href) => href.startsWith('/mal/'))).toBe(true);
    await page.close();
  });

  it('is usable with the keyboard alone: arrows move between results, Enter opens one', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/sok/`);
    // Record what the live regions say; Pagefind clears them soon after, so look often.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { announced: string[] }).announced = seen;
      const record = () => {
        for (const region of document.querySelectorAll('[role="status"][aria-live]')) if (region.textContent) seen.push(region.textContent);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
      setInterval(record, 20);
    });
    // From the top of the page: skip link, then Tab until the search field has focus.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
    await page.keyboard.type('demokrati');
    await resultLinks(page);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    // Pagefind announces once typing settles; under load that can take a moment.
    await expect
      .poll(async () => (await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).some((text) => /\d+ träff(ar)? för demokrati/.test(text)), { timeout: 10_000 })
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${first}`);
    await page.close();
  });

  it('never returns a page that shows Swedish in place of a translation', async () => {
    const fallbacks = new Set(builtPages().filter((path) => builtPage(path).querySelector('.notice--fallback')));
    expect(fallbacks.size).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const lang of ['fit', 'fi', 'en']) {
      await page.goto(`${site.url}/${lang}/sok/`);
      // A string, so that the test runner leaves the browser's own import() alone.
      const indexed: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null);
        return Promise.all(search.results.map(async (result) => (await result.data()).url));
      })()`);
      expect(indexed.length, lang).toBeGreaterThan(5);
      expect(indexed.filter((url) => !url.startsWith(`/${lang}/`)), `${lang} index holds other languages`).toEqual([]);
      expect(indexed.filter((url) => fallbacks.has(url)), `${lang} index holds fallback pages`).toEqual([]);
    }
    await page.close();
  });

  it('says, without JavaScript, that search needs it, and links to the site index', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fit/sok/`);
    const notice = page.locator('main .notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('JavaScript');
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('/fit/innehall/');
    await context.close();
    // With JavaScript, search works and the sentence is gone.
    const page2 = await site.browser.newPage();
    await page2.goto(`${site.url}/fit/sok/`);
    await expect(page2.locator('main .notice').isVisible()).resolves.toBe(false);
    await page2.close();
  });
});

describe('content pages', () => {
  it('load no search code until the reader searches', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await page.locator('#site-search-input').focus();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
    await page.close();
  });
});
