import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../support/browser.ts';

/* One page of each type: with the keyboard alone, on a narrow phone, with large text, without motion. */

const site = builtSiteInBrowser();

const pageTypes = [
  '/',
  '/malomraden/demokrati/',
  '/mal/alla-elever-nar-malen/',
  '/utvecklingsomraden/bostader-for-alla-skeden/',
  '/aktiviteter/bostadsforsorjningsprogram/',
  '/indikatorer/behoriga-till-gymnasieskolan/',
  '/initiativ/meankieli/',
  '/malstyrningsprocess/',
  '/fit/innehall/',
  '/en/sok/',
  '/fi/styrdokument/',
  '/oversattningar/',
  '/om-kakor/',
  '/tillganglighet/',
  '/oppna-data/',
  '/404.html',
];

/** A reader who has already answered the cookie question, so the walk starts at the page itself. */
async function answeredContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext(options);
  await context.addCookies([{ name: 'malbild_statistik', value: 'no', url: site.url }]);
  return context;
}

describe.each(pageTypes)('%s', (path) => {
  it('can be walked with Tab: skip link first, focus always visible, in reading order, and out again', async () => {
    const context = await answeredContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    const steps: { visible: boolean; follows: boolean; label: string }[] = [];
    await page.evaluate(() => ((window as unknown as { previous: Element | null }).previous = null));
    let left = false;
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const step = await page.evaluate(() => {
        const element = document.activeElement;
        const state = window as unknown as { previous: Element | null };
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const follows = !state.previous || (state.previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        state.previous = element;
        return { visible, follows, label: `${element.tagName} ${(element.textContent ?? '').trim().slice(0, 30)}` };
      });
      if (!step) {
        left = true;
        break;
      }
      steps.push(step);
    }
    expect(steps[0]?.label).toMatch(/^A /);
    expect(await page.evaluate(() => document.querySelector('.skip-link')?.textContent?.trim())).toBe(steps[0]?.label.slice(2).trim());
    expect(steps.filter((s) => !s.visible).map((s) => s.label), 'focus not visible').toEqual([]);
    expect(steps.filter((s) => !s.follows).map((s) => s.label), 'focus out of reading order').toEqual([]);
    expect(left, 'focus is trapped').toBe(true);
    await context.close();
  });

  it('reads at 320 CSS pixels wide, and with text at 200 %, without scrolling sideways', async () => {
    const context = await answeredContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), '320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await overflow(), 'text at 200 %').toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('motion', () => {
  it('has none when the reader asks for reduced motion', async () => {
    const context = await answeredContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });
});

describe('the skip link', () => {
  it('moves focus to the main content', async () => {
    const context = await answeredContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
