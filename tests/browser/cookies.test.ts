import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { astroBuild, buildWorkspace, projectRoot } from '../support/astro-build.ts';
import { axeViolations, launchBrowser, visit } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { consentCookie, matomoCookies } from '../../src/config/statistics.ts';
import { site as built } from '../support/site.ts';
import { siteBuilds } from '../support/sites.ts';

/*
 * The cookie notice with a tracker configured: the full fixture, whose settings name a
 * statistics service, is built with its address pointing at a small server here that records
 * every request, so the tests see exactly what reaches a third party and when.
 */

const full = built('full');
const t = (lang: string) => full.ui(lang).cookies;
const goalPath = full.entryPath('goals', full.entries('goals')[0]!.id);

let tracker: { url: string; requests: string[]; close(): Promise<void> };
let site: StaticServer;
let browser: Browser;
const work = buildWorkspace('cookies');

async function startTracker() {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/javascript' }).end('/* tracker */');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

beforeAll(async () => {
  tracker = await startTracker();
  const outDir = join(work, 'dist');
  const result = await astroBuild({
    content: relative(projectRoot, siteBuilds.full.contentDir),
    outDir,
    cacheDir: join(work, 'cache'),
    env: { MALBILD_STATISTICS_URL: `${tracker.url}/` },
  });
  expect(result.code, result.output).toBe(0);
  site = await serveStatic(outDir);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await tracker?.close();
  rmSync(work, { recursive: true, force: true });
});

async function fresh(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; hosts: Set<string> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).origin));
  return { context, page, hosts };
}

const storage = (page: Page) => page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
const notice = (page: Page) => page.locator('[data-consent-notice]');

describe('the cookie notice', () => {
  it('asks on a first visit, first in the page, and stores and requests nothing', async () => {
    const { context, page, hosts } = await fresh();
    await visit(page, `${site.url}${goalPath}`);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.body.firstElementChild?.hasAttribute('data-consent-notice'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-consent-notice]')!).position)).toBe('static');
    const [accept, reject] = [page.getByRole('button', { name: t('sv').accept }), page.getByRole('button', { name: t('sv').reject })];
    expect(await accept.evaluate((el) => [el.tagName, el.className, getComputedStyle(el).backgroundColor, getComputedStyle(el).fontSize])).toEqual(
      await reject.evaluate((el) => [el.tagName, el.className, getComputedStyle(el).backgroundColor, getComputedStyle(el).fontSize]),
    );
    await page.waitForLoadState('networkidle');
    expect(await context.cookies()).toEqual([]);
    expect(await storage(page)).toEqual({ local: 0, session: 0 });
    expect([...hosts]).toEqual([site.url]);
    expect(tracker.requests).toEqual([]);
    await context.close();
  });

  it('has no accessibility violation while open', async () => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}/`);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on decline stores only the choice, loads no tracker, and does not ask again', async () => {
    const { context, page, hosts } = await fresh();
    await visit(page, `${site.url}/`);
    await page.getByRole('button', { name: t('sv').reject }).click();
    await expect(page.locator('[data-consent-confirmation]').textContent()).resolves.toContain(t('sv').rejected);
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.value])).toEqual([[consentCookie.name, 'no']]);
    // Twelve months: not a session cookie that forgets the choice, and no longer than the law allows
    // (a little slack for the seconds the test takes).
    const kept = cookies[0]!.expires * 1000 - Date.now();
    expect(kept).toBeGreaterThanOrEqual(364 * 86_400_000);
    expect(kept).toBeLessThanOrEqual(366 * 86_400_000);
    await visit(page, page.url());
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await visit(page, `${site.url}/en/`);
    await page.waitForLoadState('networkidle');
    expect(await storage(page)).toEqual({ local: 0, session: 0 });
    expect([...hosts]).toEqual([site.url]);
    expect(tracker.requests).toEqual([]);
    await context.close();
  });

  it('on accept loads the tracker, and the cookies page withdraws it as easily', async () => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}/`);
    await page.getByRole('button', { name: t('sv').accept }).click();
    await expect.poll(() => tracker.requests.filter((url) => url.endsWith('/matomo.js')).length).toBe(1);
    expect((await context.cookies()).find((c) => c.name === consentCookie.name)?.value).toBe('yes');

    await visit(page, `${site.url}/om-kakor/`);
    await expect.poll(() => tracker.requests.filter((url) => url.endsWith('/matomo.js')).length).toBe(2);
    await expect(page.getByRole('button', { name: t('sv').accept }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: t('sv').reject }).click();
    await expect(page.locator('main').getByText(t('sv').rejected).isVisible()).resolves.toBe(true);
    const before = tracker.requests.length;
    await visit(page, `${site.url}${goalPath}`);
    await page.waitForLoadState('networkidle');
    expect(tracker.requests.length).toBe(before);
    expect((await context.cookies()).find((c) => c.name === consentCookie.name)?.value).toBe('no');
    await context.close();
  });

  it('lists every cookie of the settings on the cookies page, linked from every footer', async () => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}/fi/`);
    await page.getByRole('contentinfo').getByRole('link', { name: t('fi').footer }).click();
    await page.waitForURL(`${site.url}/fi/om-kakor/`);
    const names = await page.locator('tr[data-cookie-name]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-cookie-name')));
    expect(names).toEqual(matomoCookies.map((cookie) => cookie.name));
    await context.close();
  });

  it('works with the keyboard alone, and moves focus to the confirmation', async () => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}/`);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === t('sv').reject) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('sv').reject);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-consent-confirmation'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it.each(full.languages)('asks in the reader’s language, %s', async (lang) => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}${full.prefix(lang)}`);
    await expect(page.getByRole('button', { name: t(lang).accept }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: t(lang).reject }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('says on the cookies page, with JavaScript, which choice is in force (and not the no-script words)', async () => {
    const { context, page } = await fresh();
    await visit(page, `${site.url}/om-kakor/`);
    await expect(page.locator('main').getByText(t('sv').choiceNone).isVisible()).resolves.toBe(true);
    await expect(page.locator('main').getByText(t('sv').noScript).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('shows nothing and stores nothing without JavaScript', async () => {
    const { context, page, hosts } = await fresh({ javaScriptEnabled: false });
    await visit(page, `${site.url}/`);
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await visit(page, `${site.url}/om-kakor/`);
    await expect(page.locator('main').getByText(t('sv').noScript).isVisible()).resolves.toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect([...hosts]).toEqual([site.url]);
    await context.close();
  });

  it.each(full.languages)('moves nothing on screen in %s: on a first visit, on answering, and on a later visit', async (lang) => {
    const { context, page } = await fresh();
    // The page's layout shifts, as a browser scores them (shifts right after a click or key do not count).
    await page.addInitScript(() => {
      const state = window as unknown as { shifts: number };
      state.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) state.shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    };
    await visit(page, `${site.url}${full.prefix(lang)}`);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await shifts(), 'first visit').toBeLessThanOrEqual(0.01);
    await page.getByRole('button', { name: t(lang).reject }).click();
    await page.getByRole('button', { name: t(lang).hide }).click();
    expect(await shifts(), 'after answering').toBeLessThanOrEqual(0.01);
    await visit(page, `${site.url}${goalPath}`);
    await expect(notice(page).isVisible()).resolves.toBe(false);
    expect(await shifts(), 'later visit').toBeLessThanOrEqual(0.01);
    await context.close();
  });
});
