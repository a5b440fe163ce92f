import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consentCookie } from '../../src/config/statistics.ts';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { pageTypes, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/* One page of each type, on every site: with the keyboard alone, on a narrow phone, with large text, without motion. */

describe.each(siteNames)('the %s site', (name) => {
  const served = builtSiteInBrowser(name);
  const built = site(name);

  /** A reader who has already answered the cookie question, so the walk starts at the page itself. */
  async function answeredContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const context = await served.browser.newContext(options);
    await context.addCookies([{ name: consentCookie.name, value: 'no', url: served.url }]);
    return context;
  }

  describe.each(pageTypes(built))('%s', (path) => {
    it('can be walked with Tab: skip link first, focus always visible, in reading order, and out again', async () => {
      const context = await answeredContext();
      const page = await context.newPage();
      await visit(page, `${served.url}${path}`);
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
      await visit(page, `${served.url}${path}`);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow(), '320 px').toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await overflow(), 'text at 200 %').toBeLessThanOrEqual(0);
      await context.close();
    });
  });

  it('moves focus to the main content with the skip link', async () => {
    const context = await answeredContext();
    const page = await context.newPage();
    await visit(page, `${served.url}${built.entryPath('goals', built.entries('goals')[0]!.id)}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('motion', () => {
  const served = builtSiteInBrowser('full');
  const motion = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await served.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await visit(page, `${served.url}/`);
    const seen = await page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      button: getComputedStyle(document.querySelector('.site-search button')!).transitionDuration,
      animations: document.getAnimations().length,
    }));
    await context.close();
    return seen;
  };

  it('scrolls smoothly within a page and eases a button’s colour, for readers who have not asked otherwise', async () => {
    expect(await motion('no-preference')).toEqual({ scroll: 'smooth', button: '0.2s', animations: 0 });
  });

  it('has none when the reader asks for reduced motion', async () => {
    expect(await motion('reduce')).toEqual({ scroll: 'auto', button: '0s', animations: 0 });
  });
});
