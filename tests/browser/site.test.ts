import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { site, text } from '../support/site.ts';

/* The full site in Chromium: what a reader sees first, switching languages, and a missing page. */

const served = builtSiteInBrowser('full');
const built = site('full');
const goal = built.entries('goals').find((entry) => built.translation('en', 'goals', entry.id))!;

describe('in Chromium', () => {
  it('renders the start page with its title, its text and the goal areas', async () => {
    const page = await served.browser.newPage();
    await visit(page, `${served.url}/`);
    const home = built.entries('pages').find((entry) => entry.id === 'index')!;
    await expect(page.locator('h1').textContent()).resolves.toBe(home.data.title);
    const firstParagraph = home.body.split('\n').find((line) => line.trim() && !line.startsWith('#'))!.trim();
    await expect(page.getByText(firstParagraph).isVisible()).resolves.toBe(true);
    await expect(page.locator('#areas-heading ~ ul.cards > li').count()).resolves.toBe(built.entries('goal-areas').length);
    await page.close();
  });

  it('switches from a goal page to the same goal in every language and back, keeping the section the reader is at', async () => {
    for (const language of built.settings.languages.filter((l) => l.code !== built.sourceLang)) {
      const page = await served.browser.newPage();
      await visit(page, `${served.url}${built.entryPath('goals', goal.id)}#indicators`);
      await page.getByRole('navigation', { name: built.ui('sv').nav.languages }).getByRole('link', { name: language.name }).click();
      await page.waitForURL(`${served.url}${built.entryPath('goals', goal.id, language.code)}#indicators`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language.code);
      await expect(page.locator('h1').textContent()).resolves.toBe(built.title(language.code, 'goals', goal));
      await expect(page.locator('#indicators').isVisible()).resolves.toBe(true);
      await page.getByRole('navigation', { name: built.ui(language.code).nav.languages }).getByRole('link', { name: 'Svenska' }).click();
      await page.waitForURL(`${served.url}${built.entryPath('goals', goal.id)}#indicators`);
      await page.close();
    }
  });

  it('shows the not-found page, in every language, for an unknown address', async () => {
    const page = await served.browser.newPage();
    await visit(page, `${served.url}/finns-inte/`, 404);
    await expect(page.locator('h1').textContent()).resolves.toBe(built.ui('sv').notFound.title);
    const others = await page.locator('.not-found-languages li').evaluateAll((items) => items.map((li) => li.getAttribute('lang')));
    expect(others).toEqual(built.languages.filter((lang) => lang !== built.sourceLang));
    expect(text(null)).toBe('');
    await page.close();
  });
});
