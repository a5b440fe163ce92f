import { describe, expect, it } from 'vitest';
import { axeViolations, builtSiteInBrowser } from '../support/browser.ts';

const site = builtSiteInBrowser();

describe('in Chromium', () => {
  it('renders the start page with its title, vision and goal areas', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Mål och styrning');
    await expect(page.getByText('Övertorneå Vision 2020 - en attraktiv och hållbar kommun').isVisible()).resolves.toBe(true);
    await expect(page.locator('#areas-heading ~ ul.cards > li').count()).resolves.toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('switches from a goal page to the same goal in Meänkieli and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Meänkieli' }).click();
    await page.waitForURL(`${site.url}/fit/mal/fler-bostader/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fit');
    await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${site.url}/mal/fler-bostader/`);
    await page.close();
  });

  it.each([
    ['Meänkieli', '/fit/'],
    ['Suomi', '/fi/'],
    ['English', '/en/'],
  ])('switches from a goal page to the same goal in %s, keeping the section the reader is at', async (name, prefix) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/mal/fler-bostader/#indicators`);
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name }).click();
    await page.waitForURL(`${site.url}${prefix}mal/fler-bostader/#indicators`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(page.locator('#indicators').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('shows the not-found page for an unknown address', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/finns-inte/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sidan finns inte');
    await page.close();
  });

  const onePageOfEachType = [
    '/',
    '/en/',
    '/malomraden/tillvaxt-och-attraktivitet/',
    '/mal/fler-bostader/',
    '/fit/mal/fler-bostader/',
    '/utvecklingsomraden/bostader-for-alla-skeden/',
    '/aktiviteter/bostadsforsorjningsprogram/',
    '/indikatorer/nya-bostader/',
    '/initiativ/meankieli/',
    '/initiativ/sprakcentrum-for-meankieli/',
    '/malstyrningsprocess/',
    '/innehall/',
    '/fi/innehall/',
    '/404.html',
    '/sok/?q=demokrati',
    '/oversattningar/',
    '/en/oppna-data/',
    '/fi/indikatorer/behoriga-till-gymnasieskolan/',
  ];
  it.each(onePageOfEachType)('finds no WCAG 2.1 AA violation on %s', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
