import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { siteBuilds, type SiteName } from './sites.ts';
import { serveStatic, type StaticServer } from './server.ts';

const require = createRequire(import.meta.url);

/**
 * Debian's Chromium, or the one CHROMIUM_PATH names. A missing browser fails the tests: a
 * browser test that skips itself proves nothing.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is now. axe is evaluated through the
 * browser's debugging protocol rather than added as a <script>, which the site's
 * Content-Security-Policy (rightly) blocks.
 */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, wcagTags);
}

/**
 * Opens a page and checks that the server answered with the status the test expects: 200, or
 * 404 where the not-found page is what the test is about. A static host answers a missing
 * address with the not-found page, which has a skip link, a main and a search box of its own,
 * so a test that did not look at the status could pass on a page that does not exist.
 */
export async function visit(page: Page, url: string, status = 200, options: Parameters<Page['goto']>[1] = {}): Promise<Response> {
  const response = await page.goto(url, options);
  if (!response) throw new Error(`${url}: no response`);
  if (response.status() !== status) throw new Error(`${url}: HTTP ${response.status()}, expected ${status}`);
  return response;
}

/**
 * A built site (sites.ts) served on 127.0.0.1, and a Chromium to read it with, for the tests of
 * one file: started before them, stopped after.
 */
export function builtSiteInBrowser(name: SiteName = 'content'): { readonly url: string; readonly browser: Browser } {
  const root = siteBuilds[name].outDir;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
