import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildWorkspace } from '../support/astro-build.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

/*
 * The cookie notice with a tracker configured: the site is built with its statistics address
 * pointing at a small server here that records every request, so the tests see exactly what
 * reaches a third party and when.
 */

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
  const result = await astroBuild({ outDir, cacheDir: join(work, 'cache'), env: { MALBILD_STATISTICS_URL: `${tracker.url}/` } });
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
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.body.firstElementChild?.hasAttribute('data-consent-notice'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-consent-notice]')!).position)).toBe('static');
    const [accept, reject] = [page.getByRole('button', { name: 'Godkänn statistikkakor' }), page.getByRole('button', { name: 'Avböj statistikkakor' })];
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
    await page.goto(`${site.url}/`);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('on decline stores only the choice, loads no tracker, and does not ask again', async () => {
    const { context, page, hosts } = await fresh();
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Avböj statistikkakor' }).click();
    await expect(page.locator('[data-consent-confirmation]').textContent()).resolves.toContain('Du har avböjt statistikkakor');
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.value])).toEqual([['malbild_statistik', 'no']]);
    // At most twelve months (a little slack for the seconds the test takes).
    expect(cookies[0]!.expires * 1000 - Date.now()).toBeLessThanOrEqual(366 * 86_400_000);
    await page.reload();
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await page.goto(`${site.url}/en/`);
    await page.waitForLoadState('networkidle');
    expect(await storage(page)).toEqual({ local: 0, session: 0 });
    expect([...hosts]).toEqual([site.url]);
    expect(tracker.requests).toEqual([]);
    await context.close();
  });

  it('on accept loads the tracker, and the cookies page withdraws it as easily', async () => {
    const { context, page } = await fresh();
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Godkänn statistikkakor' }).click();
    await expect.poll(() => tracker.requests.filter((url) => url.endsWith('/matomo.js')).length).toBe(1);
    expect((await context.cookies()).find((c) => c.name === 'malbild_statistik')?.value).toBe('yes');

    await page.goto(`${site.url}/om-kakor/`);
    await expect.poll(() => tracker.requests.filter((url) => url.endsWith('/matomo.js')).length).toBe(2);
    await expect(page.getByRole('button', { name: 'Godkänn statistikkakor' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Avböj statistikkakor' }).click();
    await expect(page.locator('main').getByText('Du har avböjt statistikkakor.').isVisible()).resolves.toBe(true);
    const before = tracker.requests.length;
    await page.goto(`${site.url}/mal/fler-bostader/`);
    await page.waitForLoadState('networkidle');
    expect(tracker.requests.length).toBe(before);
    expect((await context.cookies()).find((c) => c.name === 'malbild_statistik')?.value).toBe('no');
    await context.close();
  });

  it('lists every cookie of the settings on the cookies page, linked from every footer', async () => {
    const { context, page } = await fresh();
    await page.goto(`${site.url}/fi/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Evästeet' }).click();
    await page.waitForURL(`${site.url}/fi/om-kakor/`);
    const names = await page.locator('tr[data-cookie-name]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-cookie-name')));
    expect(names).toEqual(['_pk_id.*', '_pk_ses.*', 'malbild_statistik']);
    await context.close();
  });

  it('works with the keyboard alone, and moves focus to the confirmation', async () => {
    const { context, page } = await fresh();
    await page.goto(`${site.url}/`);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Avböj statistikkakor') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avböj statistikkakor');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-consent-confirmation'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await context.close();
  });

  it.each([
    ['/fit/', 'Hyväksy tilastokeksit', 'Hylkää tilastokeksit'],
    ['/fi/', 'Hyväksy tilastoevästeet', 'Hylkää tilastoevästeet'],
    ['/en/', 'Accept statistics cookies', 'Reject statistics cookies'],
  ])('asks in the reader’s language on %s', async (path, accept, reject) => {
    const { context, page } = await fresh();
    await page.goto(`${site.url}${path}`);
    await expect(page.getByRole('button', { name: accept }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: reject }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('says on the cookies page, with JavaScript, which choice is in force (and not the no-script words)', async () => {
    const { context, page } = await fresh();
    await page.goto(`${site.url}/om-kakor/`);
    await expect(page.locator('main').getByText('Du har inte gjort något val.').isVisible()).resolves.toBe(true);
    await expect(page.locator('main').getByText('JavaScript är avstängt').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('shows nothing and stores nothing without JavaScript', async () => {
    const { context, page, hosts } = await fresh({ javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    await expect(notice(page).isVisible()).resolves.toBe(false);
    await page.goto(`${site.url}/om-kakor/`);
    await expect(page.locator('main').getByText('JavaScript är avstängt').isVisible()).resolves.toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect([...hosts]).toEqual([site.url]);
    await context.close();
  });
});
