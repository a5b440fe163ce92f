import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/index.ts';
import { builtSiteInBrowser, visit } from '../support/browser.ts';
import { site as built, type Site } from '../support/site.ts';

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

/** Each page's text, as pdftotext lays it out (it ends every page with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** The lines of a page that are its text: not the running header, the page number or blank lines. */
function bodyLines(printed: Site, lang: string, page: string): string[] {
  const t = printed.ui(lang);
  const names = printed.settings.municipality.name;
  const running = squash(fill(t.document.running, { title: t.siteTitle, municipality: names[lang] ?? names[printed.sourceLang]! })).trim();
  return page
    .split('\n')
    .map((line) => squash(line).trim())
    .filter((line) => line !== '' && line !== running && !/^\d+ ?\/ ?\d+$/.test(line));
}

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

/*
 * The steering document on paper: no sheet for a line that did not fit on the one before, and no
 * short list cut in two. Both sites, in Swedish and in one other language. Where a page breaks
 * depends on the fonts: the stray last rule of "Så bedöms läget" was seen with narrower fonts than
 * this machine's DejaVu Sans, with which five rules spilt over instead. The list check sees that
 * cause with any fonts; the line check sees the symptom where it shows.
 */
describe.each(['content', 'full'] as const)('the steering document of the %s site on A4', (name) => {
  const served = builtSiteInBrowser(name);
  const printed = built(name);
  const languages = [printed.sourceLang, printed.languages.at(-1)!];

  describe.each(languages)('in %s', (lang) => {
    let pages: string[] = [];
    let lists: { items: string[] }[] = [];

    beforeAll(async () => {
      const page = await served.browser.newPage();
      await visit(page, `${served.url}${printed.prefix(lang)}styrdokument/`);
      pages = pdfPages(await page.pdf({ format: 'A4' }));
      await page.emulateMedia({ media: 'print' });
      // The lists a reader sees on paper, each item by the start of its first line (a card's
      // title, not the words for screen readers after it).
      lists = await page.evaluate(() =>
        [...document.querySelectorAll('main ul, main ol')]
          // Lists of lines, not lists of lists (the goals of each area): those break between their cards.
          .filter((list) => list.getClientRects().length > 0 && !list.querySelector('ul, ol'))
          .map((list) => ({
            items: [...list.querySelectorAll(':scope > li')].map((li) => (li as HTMLElement).innerText.trim().split('\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 40)),
          })),
      );
      await page.close();
    });

    it('holds no sheet with a single stray line (a lone heading counts too)', () => {
      expect(pages.length).toBeGreaterThan(1);
      const stray = pages
        .map((text, i) => ({ page: i + 1, lines: bodyLines(printed, lang, text) }))
        .filter(({ lines }) => lines.length <= 1)
        .map(({ page, lines }) => `page ${page}: ${lines.join(' ') || '(empty)'}`);
      expect(stray).toEqual([]);
    });

    it('keeps every list of up to ten items on one sheet', () => {
      const short = lists.filter((list) => list.items.length > 1 && list.items.length <= 10);
      expect(short.length, 'short lists in the document').toBeGreaterThan(0);
      // pdftotext writes a right-to-left line's words in an order of its own, with direction
      // marks, and Arabic in presentation forms whose lam-alef comes back in the other order:
      // there an item is looked for by its longest word, in plain letters, without punctuation, alef, lam or vowel marks.
      const rightToLeft = printed.settings.languages.find((language) => language.code === lang)?.dir === 'rtl';
      const plain = (words: string) => (rightToLeft ? words.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u0627\u0623\u0625\u0622\u0644\u064b-\u065f\u0670]/g, '') : words);
      const key = (item: string) => (rightToLeft ? plain(item).split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]! : item);
      // The document's text in reading order, and where each sheet's part of it begins.
      const starts: number[] = [];
      let text = '';
      for (const page of pages) {
        starts.push(text.length);
        text += `${plain(bodyLines(printed, lang, page).join(' '))} `;
      }
      const sheetAt = (offset: number) => starts.findLastIndex((start) => start <= offset) + 1;
      // Each item is looked for after the one before it, so a title met earlier (in the
      // contents, say) is not taken for the list's.
      let at = 0;
      const split: string[] = [];
      for (const list of lists) {
        const sheets = list.items.map((whole) => {
          const item = key(whole);
          const found = text.indexOf(item, at);
          expect(found, `"${item}" in the PDF's text after offset ${at}`).toBeGreaterThanOrEqual(0);
          at = found + item.length;
          return sheetAt(found);
        });
        const distinct = [...new Set(sheets)];
        if (list.items.length <= 10 && distinct.length > 1) split.push(`${list.items[0]} … ${list.items.at(-1)}: pages ${distinct.join(', ')}`);
      }
      expect(split).toEqual([]);
    });
  });
});
