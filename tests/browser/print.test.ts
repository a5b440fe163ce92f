import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSiteInBrowser } from '../support/browser.ts';
import { contentFiles } from '../support/content.ts';

/* What comes out of the printer: Chromium's own PDF, read back with poppler's pdftotext. */

const site = builtSiteInBrowser();
const work = mkdtempSync(join(tmpdir(), 'malbild-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]) };
}
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('printing in Chromium', () => {
  it('hides what paper cannot use and shows where the page came from', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await expect(page.locator('[data-print-button]').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.primary-nav', '.language-switcher', '.site-search', '.skip-link', '.breadcrumbs', '[data-print-button]', '.site-footer']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.print-meta').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-meta').textContent()).resolves.toContain('/mal/fler-bostader/');
    await page.close();
  });

  it('prints a goal page on A4 with nothing wider than the paper', async () => {
    const page = await site.browser.newPage({ viewport: { width: 680, height: 1000 } });
    await page.goto(`${site.url}/mal/alla-elever-nar-malen/`);
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getBoundingClientRect().width > 0)
        .map((el) => `${el.tagName}.${el.className}`);
    });
    expect(overflowing).toEqual([]);
    const { text, pages } = pdfText(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(squash(text)).toContain('Alla elever når målen i grundskolan');
    expect(text).toMatch(/Utskrivet \d{1,2} \w+ \d{4}/);
    await page.close();
  });

  it('prints the whole steering document: an area per sheet, every goal in it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/styrdokument/`);
    const { text, pages } = pdfText(await page.pdf({ format: 'A4' }));
    const areas = contentFiles('goal-areas');
    expect(pages).toBeGreaterThanOrEqual(areas.length);
    const flat = squash(text);
    for (const goal of contentFiles('goals')) expect(flat, goal.id).toContain(squash(goal.data.title));
    expect(flat).toContain('Exempeltext');
    await page.close();
  });
});
