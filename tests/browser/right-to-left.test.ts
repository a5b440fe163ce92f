import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build.ts';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { site } from '../support/site.ts';

/*
 * The right-to-left language of the full fixture (Arabic) as a reader meets it: on a phone,
 * with the keyboard, switching language and searching. Screenshots of its start page and a
 * goal page are kept in test-results/screenshots/ for a person to look at.
 */

const served = builtSiteInBrowser('full');
const built = site('full');
const goal = built.entries('goals').find((entry) => built.translation('ar', 'goals', entry.id))!;
const arabicPages = ['/ar/', built.entryPath('goal-areas', built.entries('goal-areas').find((e) => built.translation('ar', 'goal-areas', e.id))!.id, 'ar'), built.entryPath('goals', goal.id, 'ar')];
const shots = join(projectRoot, 'test-results/screenshots');

describe('a right-to-left page', () => {
  it.each(arabicPages)('%s reads right to left at 320 CSS pixels without scrolling sideways', async (path) => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await visit(page, `${served.url}${path}`);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The main column starts at the right: its heading's right edge lines up with the column's.
    const [main, heading] = await page.evaluate(() => [document.querySelector('main')!.getBoundingClientRect(), document.querySelector('main h1')!.getBoundingClientRect()].map((r) => ({ left: r.left, right: r.right })));
    expect(Math.abs(main!.right - heading!.right)).toBeLessThan(24);
    await context.close();
  });

  it('keeps the start page and a goal page as screenshots, at a phone’s width and a desktop’s', async () => {
    mkdirSync(shots, { recursive: true });
    for (const width of [320, 1280]) {
      const context = await served.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of [['start', '/ar/'], ['goal', built.entryPath('goals', goal.id, 'ar')]] as const) {
        await visit(page, `${served.url}${path}`);
        await page.screenshot({ path: join(shots, `ar-${name}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
  });

  it('has a skip link that comes first and moves focus to the main content', async () => {
    const context = await served.browser.newContext();
    await context.addCookies([{ name: 'malbild_statistik', value: 'no', url: served.url }]);
    const page = await context.newPage();
    await visit(page, `${served.url}${built.entryPath('goals', goal.id, 'ar')}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(built.ui('ar').skipLink);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('switches to Swedish and back with the language switcher', async () => {
    const page = await served.browser.newPage();
    const path = built.entryPath('goals', goal.id, 'ar');
    await visit(page, `${served.url}${path}`);
    await page.getByRole('navigation', { name: built.ui('ar').nav.languages }).getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${served.url}${built.entryPath('goals', goal.id)}`);
    await page.getByRole('navigation', { name: built.ui('sv').nav.languages }).getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(`${served.url}${path}`);
    await page.close();
  });

  it('finds its translated goal with its own search, in Arabic', async () => {
    const page = await served.browser.newPage();
    const title = built.title('ar', 'goals', goal);
    await visit(page, `${served.url}/ar/sok/?q=${encodeURIComponent(title)}`);
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('pagefind-results a.pf-result-link').first().getAttribute('href')).toBe(built.entryPath('goals', goal.id, 'ar'));
    await page.close();
  });
});
