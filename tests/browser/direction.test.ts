import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { nonEmpty, pageTypes, site } from '../support/site.ts';
import type { SiteName } from '../support/sites.ts';

/*
 * Right to left: one page of each type with dir="rtl" on its root, as a page in Arabic will have.
 * The test sets it, so the styles are checked before any right-to-left language is published; on
 * a site in such a language the pages already carry it and the checks are the same. What must
 * mirror: the column, the breadcrumbs and their separators. What must not: the charts, whose time
 * runs left to right in every language.
 */
const sites: SiteName[] = ['full'];

async function rightToLeft(browser: Browser, url: string, options: { width: number; scale?: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width, height: 800 }, deviceScaleFactor: options.scale ?? 1 });
  await visit(page, url);
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  return page;
}

/**
 * A small arrow-like glyph (›, ‹, a chevron) in a screenshot: which way it points, from where the
 * middle of its ink is compared with its top and bottom rows, and where its ink begins and ends
 * (in CSS pixels from the screenshot's left). Read in a blank page, which has no
 * Content-Security-Policy to keep the image out.
 */
async function glyph(browser: Browser, png: Buffer, scale: number): Promise<{ pointing: 'left' | 'right' | 'unclear'; left: number; right: number }> {
  const blank = await browser.newPage();
  const found = await blank.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const rows: number[] = [];
    let [left, right] = [width, -1];
    for (let y = 0; y < height; y++) {
      const xs: number[] = [];
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) xs.push(x);
      }
      if (xs.length === 0) continue;
      rows[y] = xs.reduce((a, b) => a + b, 0) / xs.length;
      [left, right] = [Math.min(left, xs[0]!), Math.max(right, xs.at(-1)! + 1)];
    }
    const inked = Object.keys(rows).map(Number);
    if (inked.length < 3) return { pointing: 'unclear' as const, left, right };
    const middle = rows[inked[Math.floor(inked.length / 2)]!]!;
    const ends = (rows[inked[0]!]! + rows[inked.at(-1)!]!) / 2;
    return { pointing: Math.abs(middle - ends) < 1 ? ('unclear' as const) : middle > ends ? ('right' as const) : ('left' as const), left, right };
  }, png.toString('base64'));
  await blank.close();
  return { pointing: found.pointing, left: found.left / scale, right: found.right / scale };
}

describe.each(sites)('the %s site, right to left', (name) => {
  const served = builtSiteInBrowser(name);
  const built = site(name);
  const paths = pageTypes(built);
  const has = (path: string, selector: string) => built.page(path).querySelector(selector) !== null;
  nonEmpty(paths.filter((path) => has(path, '.breadcrumbs li + li')), 'page with breadcrumbs');
  nonEmpty(paths.filter((path) => has(path, '.chart__svg')), 'page with a chart');

  describe.each(paths)('%s', (path) => {
    it('reads at 320 CSS pixels wide without scrolling sideways or anything cut off at either edge', async () => {
      const page = await rightToLeft(served.browser, `${served.url}${path}`, { width: 320 });
      const { overflow, outside } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // A box inside a region that scrolls or clips on its own (a wide table) is that region's business.
        const scrolls = (el: Element) => el !== document.documentElement && el !== document.body && getComputedStyle(el).overflowX !== 'visible';
        const clipped = (el: Element) => {
          for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(up)) return true;
          return false;
        };
        const outside = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && (box.left < -0.5 || box.right > width + 0.5) && !clipped(el);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        // In right-to-left, what overflows to the left scrolls and what overflows to the right is cut off.
        return { overflow: document.documentElement.scrollWidth - width, outside };
      });
      expect(overflow, 'scrolls sideways').toBeLessThanOrEqual(0);
      expect(outside, 'outside the viewport').toEqual([]);
      await page.close();
    });

    it('starts its column and its breadcrumbs at the right edge, each separator pointing to the next crumb', async () => {
      const scale = 3;
      const page = await rightToLeft(served.browser, `${served.url}${path}`, { width: 1280, scale });
      const layout = await page.evaluate(() => {
        const contentRight = (el: Element) => el.getBoundingClientRect().right - parseFloat(getComputedStyle(el).paddingRight) - parseFloat(getComputedStyle(el).borderRightWidth);
        const textBox = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect();
        };
        const main = document.querySelector('main')!;
        const h1 = main.querySelector('h1')!;
        const nav = document.querySelector('.breadcrumbs ol');
        const crumbs = [...(nav?.querySelectorAll(':scope > li') ?? [])].map((li) => {
          const box = li.getBoundingClientRect();
          const link = li.querySelector('a')!.getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top, height: box.height, linkLeft: link.left, linkRight: link.right };
        });
        return { mainRight: contentRight(main), h1: textBox(h1).toJSON() as DOMRect, navRight: nav ? contentRight(nav) : 0, crumbs };
      });
      expect(layout.h1.right, 'the heading starts at the right of the column').toBeCloseTo(layout.mainRight, 0);
      const { crumbs } = layout;
      if (crumbs.length > 0) expect(crumbs[0]!.right, 'the first crumb at the right').toBeCloseTo(layout.navRight, 0);
      for (const [i, crumb] of crumbs.entries()) {
        const next = crumbs[i + 1];
        if (!next) break;
        if (Math.abs(next.top - crumb.top) < 1) expect(next.right, `crumb ${i + 2} left of crumb ${i + 1}`).toBeLessThanOrEqual(crumb.left + 0.5);
        // The separator comes after the crumb's link in reading order: on its left.
        expect(crumb.linkRight, `crumb ${i + 1}'s link at its right`).toBeCloseTo(crumb.right, 0);
        expect(crumb.linkLeft - crumb.left, `room for the separator left of crumb ${i + 1}`).toBeGreaterThan(4);
        const clip = { x: crumb.left, y: crumb.top, width: crumb.linkLeft - crumb.left, height: crumb.height };
        const separator = await glyph(served.browser, await page.screenshot({ clip }), scale);
        expect(separator.pointing, `separator after crumb ${i + 1}`).toBe('left');
        expect(clip.width - separator.right, `space between crumb ${i + 1} and its separator`).toBeGreaterThan(4);
      }
      // The same, left to right, where the separator must point right and keep its space on the
      // left: the glyph test can tell the two apart.
      if (crumbs.length > 1) {
        await page.evaluate(() => document.documentElement.setAttribute('dir', 'ltr'));
        const clip = await page.evaluate(() => {
          const li = document.querySelector('.breadcrumbs ol > li')!;
          const [item, link] = [li.getBoundingClientRect(), li.querySelector('a')!.getBoundingClientRect()];
          return { x: link.right, y: item.top, width: item.right - link.right, height: item.height };
        });
        const separator = await glyph(served.browser, await page.screenshot({ clip }), scale);
        expect(separator.pointing, 'left to right').toBe('right');
        expect(separator.left, 'space between the first crumb and its separator, left to right').toBeGreaterThan(4);
      }
      await page.close();
    });

    it('keeps its charts running left to right, the axis labels outside the plot', async () => {
      const page = await rightToLeft(served.browser, `${served.url}${path}`, { width: 1280 });
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll('.chart__svg')].map((svg) => {
          const labels = [...svg.querySelectorAll('.chart__axis text')].map((text) => ({ y: Number(text.getAttribute('y')), box: text.getBoundingClientRect() }));
          // The years are the bottom row of labels, in time order; the rest are the value axis.
          const bottom = Math.max(...labels.map((label) => label.y));
          const years = labels.filter((label) => label.y === bottom).map((label) => label.box.left);
          const values = labels.filter((label) => label.y !== bottom).map((label) => label.box.right);
          const plotLeft = Math.min(...[...svg.querySelectorAll('.chart__grid line')].map((line) => line.getBoundingClientRect().left));
          return { firstYear: years[0]!, lastYear: years.at(-1)!, years: years.length, valuesRight: Math.max(...values), plotLeft };
        }),
      );
      expect(charts).toHaveLength(built.page(path).querySelectorAll('.chart__svg').length);
      for (const chart of charts) {
        expect(chart.years).toBeGreaterThan(1);
        expect(chart.firstYear, 'the first year left of the last').toBeLessThan(chart.lastYear);
        expect(chart.valuesRight, 'value labels left of the plot').toBeLessThanOrEqual(chart.plotLeft + 0.5);
      }
      await page.close();
    });
  });
});
