import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { site as built } from '../support/site.ts';

/* What comes out of the printer: Chromium's own PDF, read back with poppler's pdftotext. */

const site = builtSiteInBrowser('full');
const small = builtSiteInBrowser('small');
const smallSite = built('small');
const full = built('full');
const goal = full.entries('goals')[0]!;
const goalPath = full.entryPath('goals', goal.id);
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
    await visit(page, `${site.url}${goalPath}`);
    await expect(page.locator('[data-print-button]').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.primary-nav', '.language-switcher', '.site-search', '.skip-link', '.breadcrumbs', '[data-print-button]', '.site-footer']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.print-meta').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-meta').textContent()).resolves.toContain(new URL(goalPath, full.settings.siteUrl).href);
    await page.close();
  });

  it('prints a goal page on A4 with nothing wider than the paper', async () => {
    const page = await site.browser.newPage({ viewport: { width: 680, height: 1000 } });
    await visit(page, `${site.url}${goalPath}`);
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
    expect(squash(text)).toContain(goal.data.title);
    expect(text).toMatch(new RegExp(`${full.ui('sv').print.printed} \\d{1,2} \\w+ \\d{4}`));
    await page.close();
  });

  it('prints the whole steering document: an area per sheet, every goal in it', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.url}/styrdokument/`);
    const { text, pages } = pdfText(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(full.entries('goal-areas').length);
    const flat = squash(text);
    for (const entry of full.entries('goals')) expect(flat, entry.id).toContain(squash(entry.data.title));
    expect(flat).toContain(full.ui('sv').illustrative.label);
    await page.close();
  });

  it('writes on paper the address the page was read at, where the site’s own is not known', async () => {
    const page = await small.browser.newPage();
    const path = smallSite.entryPath('goals', smallSite.entries('goals')[0]!.id);
    await visit(page, `${small.url}${path}`);
    const { text } = pdfText(await page.pdf({ format: 'A4' }));
    expect(squash(text)).toContain(`${smallSite.ui('sv').print.address}: ${small.url}${path}`);
    await page.close();
  });
});
