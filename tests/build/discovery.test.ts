import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nonEmpty, site } from '../support/site.ts';
import { siteNames } from '../support/sites.ts';

/*
 * What search engines and hosts read: a sitemap with language alternates and canonical links
 * where the site's address is known (and none where it is not: no address is made up), a
 * robots.txt, a favicon, the security headers.
 */

describe.each(siteNames)('discovery on the %s site', (name) => {
  const built = site(name);
  const pages = nonEmpty(built.pages(), 'page');
  const siteUrl = built.settings.siteUrl;

  it(siteUrl ? 'gives every page its canonical address' : 'gives no page an address nobody has confirmed', () => {
    const wrong = pages.filter((path) => {
      const canonical = built.page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
      const ogUrl = built.page(path).querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (path === '/404.html') return canonical !== undefined;
      return siteUrl ? canonical !== new URL(path, siteUrl).href || ogUrl !== canonical : canonical !== undefined || ogUrl !== undefined || built.page(path).querySelector('link[rel="alternate"]');
    });
    expect(wrong).toEqual([]);
  });

  it(siteUrl ? 'has a robots.txt that points at the sitemap' : 'has a robots.txt without a sitemap, and no sitemap', () => {
    const robots = readFileSync(join(built.outDir, 'robots.txt'), 'utf8');
    if (siteUrl) expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', siteUrl).href}`);
    else {
      expect(robots).not.toMatch(/Sitemap/);
      expect(existsSync(join(built.outDir, 'sitemap.xml'))).toBe(false);
    }
  });

  it('gives every page a favicon that exists', () => {
    const missing = pages.filter((path) => {
      const icon = built.page(path).querySelector('link[rel="icon"]')?.getAttribute('href');
      return !icon || !built.has(icon);
    });
    expect(missing).toEqual([]);
  });

  it('writes a _headers file with the same Content-Security-Policy as the pages, and more', () => {
    const headers = readFileSync(join(built.outDir, '_headers'), 'utf8');
    const meta = built.page('/').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(meta).not.toMatch(/unsafe-inline/);
    expect(meta).toMatch(/script-src 'self'/);
    expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(header);
    expect(pages.filter((path) => built.page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') !== meta)).toEqual([]);
  });

  it('says on every page itself what a page can say of the headers, for hosts that send none (GitHub Pages)', () => {
    const referrer = /^\s*Referrer-Policy: (.+)$/m.exec(readFileSync(join(built.outDir, '_headers'), 'utf8'))?.[1];
    expect(referrer).toBeDefined();
    expect(pages.filter((path) => built.page(path).querySelector('meta[name="referrer"]')?.getAttribute('content') !== referrer)).toEqual([]);
  });
});

describe('the sitemap of the full site, whose address is known', () => {
  const built = site('full');
  const siteUrl = built.settings.siteUrl!;
  const sitemap = new DOMParser().parseFromString(readFileSync(join(built.outDir, 'sitemap.xml'), 'utf8'), 'text/xml');
  const urls = nonEmpty([...sitemap.getElementsByTagName('url')], 'sitemap entry');
  const pathOf = (href: string) => {
    expect(href.startsWith(siteUrl), href).toBe(true);
    return new URL(href).pathname;
  };
  const locs = urls.map((url) => pathOf(url.getElementsByTagName('loc')[0]!.textContent!));

  it('lists every page with real text in its language, and no fallback page, search page or 404', () => {
    const expected = built.pages().filter((path) => path !== '/404.html' && !/\/sok\/$/.test(path) && !built.page(path).querySelector('.notice--fallback'));
    expect([...locs].sort()).toEqual([...expected].sort());
  });

  it('gives every entry the same language versions as the page’s own hreflang links', () => {
    const differing = urls.filter((url) => {
      const path = pathOf(url.getElementsByTagName('loc')[0]!.textContent!);
      const inSitemap = [...url.getElementsByTagName('xhtml:link')].map((link) => `${link.getAttribute('hreflang')} ${pathOf(link.getAttribute('href')!)}`).sort();
      const onPage = [...built.page(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => `${link.getAttribute('hreflang')} ${pathOf(link.getAttribute('href')!)}`).sort();
      return JSON.stringify(inSitemap) !== JSON.stringify(onPage);
    });
    expect(differing.map((url) => url.getElementsByTagName('loc')[0]!.textContent)).toEqual([]);
  });
});
