import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, visit } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { nonEmpty, site, type Site } from '../support/site.ts';
import { siteBuilds } from '../support/sites.ts';

/*
 * Search as readers use it: from the address, by typing, with filters, with the keyboard only.
 * An entry's own page is the first result for its title, in every language that has it, and
 * a result's excerpt is the entry's text, not the words of buttons, legends and statuses.
 */

let browser: Browser;
const servers = new Map<string, StaticServer>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const name of ['content', 'full'] as const) servers.set(name, await serveStatic(siteBuilds[name].outDir));
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});
const urlOf = (built: Site, path: string) => `${servers.get(built.name)!.url}${path}`;

interface Result {
  href: string;
  excerpt: string;
}

async function search(page: Page, built: Site, lang: string, query: string): Promise<Result[]> {
  await visit(page, urlOf(built, `${built.prefix(lang)}sok/?q=${encodeURIComponent(query)}`));
  await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 10_000 });
  return page.locator('pagefind-results a.pf-result-link').evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href')!, excerpt: link.closest('.pf-result')?.querySelector('.pf-result-excerpt')?.textContent ?? '' })),
  );
}

/** What a reader searches for by name: the goal areas, the initiatives and the first goal of each area, in each language that has them. */
function namedEntries(built: Site) {
  const goals = built.entries('goals');
  const entries = [
    ...built.entries('goal-areas').map((entry) => ({ folder: 'goal-areas', entry })),
    ...built.entries('initiatives').filter((entry) => !entry.data.partOf).map((entry) => ({ folder: 'initiatives', entry })),
    ...built.entries('goal-areas').flatMap((area) => goals.filter((g) => g.data.area === area.id && g.data.order === 1).map((entry) => ({ folder: 'goals', entry }))),
  ];
  return built.languages.flatMap((lang) =>
    entries
      .filter(({ folder, entry }) => lang === built.sourceLang || built.translation(lang, folder, entry.id))
      .map(({ folder, entry }) => ({ lang, query: built.title(lang, folder, entry), expected: built.entryPath(folder, entry.id, lang) })),
  );
}

describe.each(['content', 'full'] as const)('search on the %s site', (name) => {
  const built = site(name);

  it('finds an entry’s own page first for its name, in every language', async () => {
    const page = await browser.newPage();
    const misses: string[] = [];
    for (const { lang, query, expected } of nonEmpty(namedEntries(built), 'named entry')) {
      const results = await search(page, built, lang, query);
      if (results[0]?.href !== expected) misses.push(`${lang} "${query}": ${results.slice(0, 3).map((r) => r.href).join(', ')} (expected ${expected})`);
    }
    await page.close();
    expect(misses).toEqual([]);
  }, 180_000);

  it('shows excerpts of the entry’s text, without the words of buttons, legends or statuses', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const lang of built.languages) {
      const t = built.ui(lang);
      const interfaceWords = [t.print.button, t.chart.legendValues, t.chart.legendTarget, ...Object.values(t.progress.status), ...Object.values(t.progress.trend), t.progress.assessment];
      for (const { query } of namedEntries(built).filter((n) => n.lang === lang).slice(0, 4)) {
        for (const result of await search(page, built, lang, query)) {
          const found = interfaceWords.filter((words) => result.excerpt.includes(words));
          if (found.length > 0) problems.push(`${lang} "${query}" → ${result.href}: "${found.join('", "')}" in "${result.excerpt}"`);
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('never returns a page that shows Swedish in place of a translation, nor another language', async () => {
    const fallbacks = new Set(built.pages().filter((path) => built.page(path).querySelector('.notice--fallback')));
    const page = await browser.newPage();
    for (const lang of built.languages) {
      await visit(page, urlOf(built, `${built.prefix(lang)}sok/`));
      // A string, so that the test runner leaves the browser's own import() alone.
      const indexed: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search(null);
        return Promise.all(search.results.map(async (result) => (await result.data()).url));
      })()`);
      expect(indexed.length, lang).toBeGreaterThan(0);
      // Lättläst pages are Swedish, in the Swedish index.
      expect(indexed.filter((url) => built.htmlLang(built.languageOf(url)) !== lang), `${lang} index holds other languages`).toEqual([]);
      expect(indexed.filter((url) => fallbacks.has(url)), `${lang} index holds fallback pages`).toEqual([]);
    }
    await page.close();
  });
});

describe('search on the full site, as a reader uses it', () => {
  const built = site('full');
  const area = built.entries('goal-areas')[0]!;
  const areaTitle = (lang: string) => built.title(lang, 'goal-areas', area);
  const url = (path: string) => urlOf(built, path);

  it('finds a text with components by its words before, inside and after them', async () => {
    const page = await browser.newPage();
    const misses: string[] = [];
    const pages = built.entries('pages').filter((entry) => entry.file.endsWith('.mdx'));
    for (const entry of nonEmpty(pages, '.mdx page')) {
      // The longest word found only once in the text, of its first paragraph, of its note, and of its last paragraph.
      const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(Boolean);
      const all = wordsOf(entry.body);
      const paragraphs = entry.body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !/^<\/?[A-Z]|^#/.test(p));
      const note = /<Note>([\s\S]*?)<\/Note>/.exec(entry.body)?.[1] ?? '';
      for (const part of [paragraphs[0]!, note, paragraphs.at(-1)!].filter(Boolean)) {
        const query = wordsOf(part).filter((word) => all.indexOf(word) === all.lastIndexOf(word)).sort((a, b) => b.length - a.length)[0]!;
        const results = await search(page, built, 'sv', query);
        if (!results.some((result) => result.href === built.entryPath('pages', entry.id))) misses.push(`"${query}": ${results.map((r) => r.href).join(', ')}`);
      }
    }
    await page.close();
    expect(misses).toEqual([]);
  });

  it('opens the search page from the header form of any page, with the query in the address', async () => {
    const page = await browser.newPage();
    const t = built.ui('en');
    await visit(page, url(built.entryPath('goals', built.entries('goals')[0]!.id, 'en')));
    await page.getByRole('search', { name: t.search.label }).getByRole('searchbox').fill(areaTitle('en'));
    await page.getByRole('search', { name: t.search.label }).getByRole('button', { name: t.search.button }).click();
    await page.waitForURL(url(`/en/sok/?q=${encodeURIComponent(areaTitle('en')).replace(/%20/g, '+')}`));
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('pagefind-results a.pf-result-link').first().getAttribute('href')).toBe(built.entryPath('goal-areas', area.id, 'en'));
    await page.close();
  });

  it('keeps the address in step with what the reader types, and shows the count', async () => {
    const page = await browser.newPage();
    const query = areaTitle('sv');
    await visit(page, url('/sok/'));
    await page.locator('pagefind-input input').fill(query);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
    const summary = built.ui('sv').search.pagefind;
    const pattern = new RegExp(`^(${summary.many_results}|${summary.one_result})$`.replaceAll('[COUNT]', '\\d+').replaceAll('[SEARCH_TERM]', query));
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(pattern);
    await page.close();
  });

  it('narrows the results with a type filter', async () => {
    const page = await browser.newPage();
    const t = built.ui('sv');
    const query = areaTitle('sv');
    const all = await search(page, built, 'sv', query);
    await page.locator('pagefind-filter-pane summary', { hasText: t.search.filterType }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^${t.levels.goalArea.singular}`) }).check();
    expect(all.some((result) => !result.href.startsWith('/malomraden/')), 'the query finds more than goal areas').toBe(true);
    const filtered = () => page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    await expect.poll(async () => (await filtered()).join(' ')).toMatch(/^(\/malomraden\/[^ ]+ ?)+$/);
    await page.close();
  });

  it('is usable with the keyboard alone: arrows move between results, Enter opens one, the count is spoken', async () => {
    const page = await browser.newPage();
    await visit(page, url('/sok/'));
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
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pf-input'))).toBe(true);
    const query = built.ui('sv').levels.goal.singular.split(' ').at(-1)!.toLowerCase();
    await page.keyboard.type(query);
    await page.locator('pagefind-results a.pf-result-link').nth(1).waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    const counted = new RegExp(`\\d+ [^ ]+ ${built.ui('sv').search.pagefind.many_results.split('[SEARCH_TERM]')[0]!.split(' ').slice(2).join(' ')}${query}`);
    await expect
      .poll(async () => (await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).some((text) => counted.test(text)), { timeout: 10_000 })
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(url(first!));
    await page.close();
  });

  it('says, without JavaScript, that search needs it, and links to the site index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, url('/fit/sok/'));
    const notice = page.locator('main .notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('JavaScript');
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('/fit/innehall/');
    await context.close();
    const withScript = await browser.newPage();
    await visit(withScript, url('/fit/sok/'));
    await expect(withScript.locator('main .notice').isVisible()).resolves.toBe(false);
    await withScript.close();
  });

  it('loads no search code on content pages until the reader searches', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await visit(page, url(built.entryPath('goals', built.entries('goals')[0]!.id)));
    await page.locator('#site-search-input').focus();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
    await page.close();
  });
});
